import { AssociationDocument, BoardDocument, OfficesDocument } from '../generated/graphql';
import { dataOf, type Hub, startHub } from '../hub';
import { quoted, sourceText } from './sources';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership'], { today: '2026-06-15' });
});
afterAll(() => hub?.stop());

const ANNUAL_REPORT = 'arsredovisning-2017.txt';

test('the association: Ideella föreningen Sambruk, 802428-2785, seat in Sandviken, a network since 2002 and an association since 2005', async () => {
  const { association } = dataOf(await hub.request(AssociationDocument));
  expect(association).toMatchObject({
    name: 'Ideella föreningen Sambruk med firma Sambruk i Sverige',
    shortName: 'Sambruk',
    organisationNumber: '802428-2785',
    seat: 'Sandviken',
    networkSince: 2002,
    associationSince: 2005,
  });
  expect(sourceText(ANNUAL_REPORT)).toContain('802428 2785');
  expect(quoted('verksamhetsplan-2023.txt', association.vision)).toBe(true);
  expect(quoted('verksamhetsplan-2023.txt', association.mission)).toBe(true);
});

test('the board elected 2017-05-30: 9 members and 8 deputies, 6 minuted meetings in 2017; Elnertz, Waldefeldt and P. Olsson left during 2017', async () => {
  const [term] = dataOf(await hub.request(AssociationDocument)).association.boardTerms;
  expect(term).toMatchObject({ electedOn: '2017-05-30', endedOn: null, lastRecordedOn: '2018-03-16', reportYear: 2017, minutedMeetings: 6, source: 'SEED' });
  expect(term.seats.filter((seat) => seat.role !== 'DEPUTY')).toHaveLength(9);
  expect(term.seats.filter((seat) => seat.role === 'DEPUTY')).toHaveLength(8);
  const left = term.seats.filter((seat) => seat.to !== null);
  expect(left.map((seat) => [seat.person, seat.member.name, seat.to]).sort()).toEqual([
    ['Eva-Lotta Elnertz', 'Lunds kommun', '2017-12-31'],
    ['Nisse Waldefeldt', 'Göteborgs stad', '2017-12-31'],
    ['Peter Olsson', 'Karlstads kommun', '2017-12-31'],
  ]);
  for (const seat of left) {
    expect(seat.endReason).toBeTruthy();
    const [estimate] = seat.provenance;
    expect(estimate).toMatchObject({ field: 'to', source: 'ESTIMATED', document: ANNUAL_REPORT });
    expect(quoted(ANNUAL_REPORT, estimate.quote!)).toBe(true);
  }
  expect(quoted(ANNUAL_REPORT, 'Styrelsen har under verksamhetsåret hållit sex protokollförda sammanträden')).toBe(true);
  expect(quoted(ANNUAL_REPORT, 'Resultat- och balansräkning godkänns av föreningen Sambruks styrelse, den 16 mars 2018')).toBe(true);
});

test('board(on:) answers the seats of that day: 17 after the election, 14 on 2018-01-01 after three left', async () => {
  const board = async (on: string) => dataOf(await hub.request(BoardDocument, { on })).board;
  expect((await board('2017-06-01')).seats).toHaveLength(17);
  const early2018 = await board('2018-01-01');
  expect(early2018).toMatchObject({ term: { electedOn: '2017-05-30' }, uncovered: null });
  expect(early2018.seats).toHaveLength(14);
  expect(early2018.seats.map((seat) => seat.person)).not.toContain('Peter Olsson');
  expect((await board('2018-03-16')).seats).toHaveLength(14);
});

test('a day no recorded board covers says so, rather than answering the 2017 board as today’s', async () => {
  const today = dataOf(await hub.request(BoardDocument, {})).board;
  expect(today).toMatchObject({ on: '2026-06-15', term: null, seats: [] });
  expect(today.uncovered).toBe(
    'no recorded board covers 2026-06-15: the latest, elected 2017-05-30, is last recorded in office on 2018-03-16 ' +
      '(it serves until: The next annual meeting, in 2018; the documents do not give its day.)',
  );
  const before = dataOf(await hub.request(BoardDocument, { on: '2017-05-29' })).board;
  expect(before).toMatchObject({ term: null, seats: [], uncovered: 'no recorded board was elected on or before 2017-05-29' });
});

test('offices 2017: executive officer, staff, board secretary, secretariat service, nominating committee (one seat vacant) and auditors', async () => {
  const offices = dataOf(await hub.request(OfficesDocument, { on: '2017-06-01' })).offices;
  const rows = offices.map((office) => [office.role, office.holder, office.status]);
  expect(rows).toEqual([
    ['EXECUTIVE_OFFICER', 'Claes-Olof Olsson', 'HELD'],
    ['EMPLOYEE', 'Lotta Ruderfors', 'HELD'],
    ['BOARD_SECRETARY', 'Lotta Ruderfors', 'HELD'],
    ['SECRETARIAT_AND_ACCOUNTING', null, 'HELD'],
    ['NOMINATING_COMMITTEE', 'Inge Hansson', 'HELD'],
    ['NOMINATING_COMMITTEE', null, 'VACANT'],
    ['AUDITOR', 'Pär Månsson', 'HELD'],
    ['DEPUTY_AUDITOR', 'Dennis Hedberg', 'HELD'],
  ]);
  expect(offices.find((office) => office.role === 'SECRETARIAT_AND_ACCOUNTING')?.organisation).toBe('Sekreterarjouren i Sandviken');
});

test('offices 2023: the executive officer and three employees, one more management lead planned, accounting bought, auditor PwC', async () => {
  const offices = dataOf(await hub.request(OfficesDocument, { on: '2023-06-01' })).offices;
  const held = (role: string) => offices.filter((office) => office.role === role && office.status === 'HELD');
  expect(held('EXECUTIVE_OFFICER')).toHaveLength(1);
  expect(held('EMPLOYEE')).toHaveLength(3);
  expect(offices.filter((office) => office.status === 'PLANNED').map((office) => office.role)).toEqual(['EMPLOYEE']);
  expect(held('AUDITOR').map((office) => office.organisation)).toEqual(['PwC']);
  expect(dataOf(await hub.request(OfficesDocument, { on: '2020-06-01' })).offices).toEqual([]);
});
