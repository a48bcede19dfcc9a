import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { worldMembers } from '../../subgraphs/shared/seed-world/members';
import {
  CostReportDocument,
  FinanceReportDocument,
  MemberCountsDocument,
  MemberHistoryDocument,
  MembershipAuditTrailDocument,
  MembershipChangesDocument,
  MembersOfKindsDocument,
  type MembersOfKindsQueryVariables,
  RenameMemberDocument,
  SearchMembersDocument,
  UpdateMemberDocument,
} from '../generated/graphql';
import { ADMIN, ANALYST, dataOf, errorOf, type Hub, startHub } from '../hub';
import { quoted } from './sources';

/** Members' names and kinds over time: the county councils that became regions in 2019, SKL that became SKR, renames by admins. */
let hub: Hub;
beforeAll(async () => {
  hub = await startHub(['membership', 'services', 'projects', 'finance'], { today: '2026-06-15' });
});
afterAll(() => hub?.stop());

const idOf = (key: string) => worldMembers(1).find((member) => member.key === key)!.id;
const [jll, vgr, skr, nacka] = ['jll', 'vgr', 'skr', 'nacka'].map(idOf);
const asAdmin = <T, V>(document: TypedDocumentNode<T, V>, variables: V) => hub.request(document, variables, { as: ADMIN });
const membersOf = async (variables: MembersOfKindsQueryVariables) => dataOf(await hub.request(MembersOfKindsDocument, variables)).members;
const history = async (id: string, on: string) => dataOf(await hub.request(MemberHistoryDocument, { id, on })).member!;
const namesOf = (nodes: Array<{ name: string }>) => nodes.map((node) => node.name).sort();

describe('county councils became regions on 2019-01-01', () => {
  test('two county councils were members on 2018-06-30 and no region; four regions on 2023-06-30 and no county council', async () => {
    const councils2018 = await membersOf({ kinds: ['COUNTY_COUNCIL'], activeOn: '2018-06-30' });
    expect(councils2018.nodes.map((node) => node.identity.name).sort()).toEqual(['Region Jönköpings län', 'Västra Götalandsregionen']);
    expect(councils2018.nodes.map((node) => node.kind)).toEqual(['REGION', 'REGION']);
    expect((await membersOf({ kinds: ['REGION'], activeOn: '2018-06-30' })).totalCount).toBe(0);
    const regions2023 = await membersOf({ kinds: ['REGION'], activeOn: '2023-06-30' });
    expect(namesOf(regions2023.nodes)).toEqual(['Region Gävleborg', 'Region Jönköpings län', 'Region Örebro län', 'Västra Götalandsregionen']);
    expect((await membersOf({ kinds: ['COUNTY_COUNCIL'], activeOn: '2023-06-30' })).totalCount).toBe(0);
  });

  test("Jönköping's county council: the annual report's name until 2015, Region Jönköpings län since, a region since 2019", async () => {
    const on2014 = await history(jll, '2014-06-30');
    expect(on2014).toMatchObject({ name: 'Region Jönköpings län', kind: 'REGION', identity: { name: 'Jönköpings läns landsting', kind: 'COUNTY_COUNCIL' } });
    expect((await history(jll, '2018-06-30')).identity).toMatchObject({
      name: 'Region Jönköpings län',
      kind: 'COUNTY_COUNCIL',
      from: '2015-01-01',
      to: '2019-01-01',
    });
    expect((await history(jll, '2023-06-30')).identity).toMatchObject({ name: 'Region Jönköpings län', kind: 'REGION', from: '2019-01-01', to: null });
    expect(on2014.identities.map(({ name, kind, from, to, source }) => [name, kind, from, to, source])).toEqual([
      ['Jönköpings läns landsting', 'COUNTY_COUNCIL', worldMembers(1).find((member) => member.key === 'jll')!.joinedOn, '2015-01-01', 'SEED'],
      ['Region Jönköpings län', 'COUNTY_COUNCIL', '2015-01-01', '2019-01-01', 'PUBLIC'],
      ['Region Jönköpings län', 'REGION', '2019-01-01', null, 'PUBLIC'],
    ]);
    expect(on2014.identities.every((identity) => identity.createdAt && identity.updatedAt)).toBe(true);
  });

  test('Västra Götalandsregionen keeps its name and was a county council in law until 2019', async () => {
    const member = await history(vgr, '2017-12-31');
    expect(member.identities.map(({ name, kind, to }) => [name, kind, to])).toEqual([
      ['Västra Götalandsregionen', 'COUNTY_COUNCIL', '2019-01-01'],
      ['Västra Götalandsregionen', 'REGION', null],
    ]);
  });

  test('member counts by kind count the kind in force each year: two county councils in 2018, three regions in 2019, four in 2023', async () => {
    const rows = dataOf(await hub.request(MemberCountsDocument, { fromYear: 2018, toYear: 2023, groupBy: ['MEMBER_KIND'] })).memberCounts;
    const active = (year: number, kind: string) => rows.find((row) => row.year === year && row.kind === kind)?.active ?? 0;
    expect([active(2018, 'COUNTY_COUNCIL'), active(2018, 'REGION')]).toEqual([2, 0]);
    expect([active(2019, 'COUNTY_COUNCIL'), active(2019, 'REGION')]).toEqual([0, 3]);
    expect([active(2023, 'COUNTY_COUNCIL'), active(2023, 'REGION'), active(2023, 'MUNICIPALITY')]).toEqual([0, 4, 136]);
  });
});

describe('SKL became SKR on 2019-11-27', () => {
  test("the 2017 board's association is SKL in the report's words, SKR today; search finds the name of the day asked", async () => {
    const member = await history(skr, '2017-12-31');
    expect(member).toMatchObject({ name: 'Sveriges Kommuner och Regioner', kind: 'ASSOCIATION', identity: { name: 'Sveriges Kommuner och Landsting' } });
    const search = async (text: string, activeOn: string) => namesOf((await membersOf({ kinds: ['ASSOCIATION'], activeOn, search: text })).nodes);
    expect(await search('landsting', '2017-12-31')).toEqual(['Sveriges Kommuner och Regioner']);
    expect(await search('landsting', '2023-06-30')).toEqual([]);
    expect(await search('regioner', '2023-06-30')).toEqual(['Sveriges Kommuner och Regioner']);
  });

  test('without a day, search finds a member by any name it has had: SKL by its old name, Jönköping by "landsting"', async () => {
    const search = async (text: string) => namesOf(dataOf(await hub.request(SearchMembersDocument, { search: text, first: 50 })).members.nodes);
    expect(await search('Kommuner och Landsting')).toEqual(['Sveriges Kommuner och Regioner']);
    expect(await search('läns landsting')).toEqual(['Region Jönköpings län']);
    expect(await search('Regioner')).toEqual(['Sveriges Kommuner och Regioner']);
  });

  test("provenance: the documents' words for the names they give, a public fact (with its note, no quote) for each change", async () => {
    const member = await history(skr, '2017-12-31');
    const [skl, renamed] = member.identities;
    const sources = (identity: typeof skl) => Object.fromEntries(identity.provenance.map((row) => [row.field, row.source]));
    expect(sources(skl)).toEqual({ from: 'DEMO', name: 'SEED' });
    const name = skl.provenance.find((row) => row.field === 'name')!;
    expect(quoted(name.document!, name.quote!)).toBe(true);
    expect(name.quote).toContain('Sveriges kommuner och landsting');
    expect(sources(renamed)).toEqual({ from: 'PUBLIC', name: 'PUBLIC' });
    expect(renamed.provenance.every((row) => row.quote === null && row.document === null && /27 November 2019/.test(row.note!))).toBe(true);
    expect(member.provenance.find((row) => row.field === 'name')).toMatchObject({ source: 'PUBLIC', quote: null });
  });
});

test('the finance report by member kind puts the county councils of 2017 under COUNTY_COUNCIL and the regions of 2023 under REGION', async () => {
  const input = { fromYear: 2017, toYear: 2023, dimensions: ['YEAR', 'MEMBER_KIND'] as const, filter: { memberIds: [jll, vgr] } };
  const { rows } = dataOf(await hub.request(FinanceReportDocument, { input: { ...input, dimensions: [...input.dimensions] } }, { as: ANALYST })).financeReport!;
  const kinds = (year: number) => rows.filter((row) => row.year === year).map((row) => row.memberKind);
  expect(kinds(2017)).toEqual(['COUNTY_COUNCIL']);
  expect(kinds(2023)).toEqual(['REGION']);
  const regions2017 = await hub.request(
    FinanceReportDocument,
    { input: { fromYear: 2017, toYear: 2017, dimensions: [], filter: { memberKinds: ['REGION'] } } },
    { as: ANALYST },
  );
  expect(dataOf(regions2017).financeReport!.total.membershipFees.amount).toBe('0.00');
});

test('fees of 2023 name the member as it is called today: Region Jönköpings län', async () => {
  const { rows } = dataOf(await hub.request(CostReportDocument, { year: 2023, groupBy: 'MEMBER' }, { as: ANALYST })).costReport!;
  const row = rows.find((candidate) => candidate.member?.id === jll)!;
  expect(row.member!.name).toBe('Region Jönköpings län');
  expect(Number(row.membershipFees.amount)).toBeGreaterThan(0);
});

describe('renameMember', () => {
  test('closes the current identity and opens the next in one audited change, seen in the change feed', async () => {
    const before = await history(nacka, '2026-06-15');
    const { renameMember } = dataOf(await asAdmin(RenameMemberDocument, { id: nacka, name: 'Nacka stad', on: '2026-01-01' }));
    expect(renameMember).toMatchObject({ name: 'Nacka stad', kind: 'MUNICIPALITY' });
    expect(renameMember.identities.map(({ name, from, to, source }) => [name, from, to, source])).toEqual([
      ['Nacka kommun', before.identities[0].from, '2026-01-01', 'SEED'],
      ['Nacka stad', '2026-01-01', null, 'ENTERED'],
    ]);
    expect((await history(nacka, '2025-12-31')).identity.name).toBe('Nacka kommun');
    const audit = dataOf(await asAdmin(MembershipAuditTrailDocument, { entityId: before.identities[0].id })).membershipAuditTrail.nodes;
    expect(audit).toEqual([expect.objectContaining({ operation: 'renameMember', entityType: 'MemberIdentity', change: 'UPDATED' })]);
    const changes = dataOf(await asAdmin(MembershipChangesDocument, { types: ['MemberIdentity'], first: 10 })).membershipChanges.nodes;
    expect(changes.map((change) => change.operation)).toEqual(expect.arrayContaining(['UPDATED', 'CREATED']));
  });

  test.each([
    [
      'a day not after the current name took effect',
      { id: jll, name: 'Region Jönköping', on: '2019-01-01' },
      'BAD_USER_INPUT',
      /^on: 2019-01-01 is not after 2019-01-01/,
    ],
    ['the same name and kind', { id: vgr, name: 'Västra Götalandsregionen', on: '2024-01-01' }, 'BAD_USER_INPUT', /^name: .*already its name and kind/],
    ['a one-letter name', { id: vgr, name: 'V', on: '2024-01-01' }, 'BAD_USER_INPUT', /name/],
    ['an unknown member', { id: '00000000-0000-4000-8000-000000000000', name: 'Ingen', on: '2024-01-01' }, 'NOT_FOUND', /member/],
  ])('refuses %s and writes nothing', async (_, variables, code, message) => {
    const error = errorOf(await asAdmin(RenameMemberDocument, variables));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect((await history(vgr, '2024-06-30')).identities).toHaveLength(2);
    expect((await history(jll, '2024-06-30')).identities).toHaveLength(3);
  });

  test('is for admins: an analyst gets FORBIDDEN', async () => {
    const error = errorOf(await hub.request(RenameMemberDocument, { id: vgr, name: 'Region Västra Götaland', on: '2024-01-01' }, { as: ANALYST }));
    expect(error.code).toBe('FORBIDDEN');
  });

  test('the database refuses overlapping identities of one member', async () => {
    const insert = `insert into membership.member_identity (id, member_id, name, kind, "from", "to", source) values (gen_random_uuid(), ?, 'Överlapp', 'REGION', '2020-01-01', null, 'ENTERED')`;
    await expect(hub.subgraphs.membership.orm.em.getConnection().execute(insert, [vgr])).rejects.toThrow(/member_identity_no_overlap/);
  });
});

test('updateMember with a name corrects the latest identity, keeping the history', async () => {
  const { updateMember } = dataOf(await asAdmin(UpdateMemberDocument, { id: vgr, input: { name: 'Västra Götalandsregionen (VGR)' } }));
  expect(updateMember.name).toBe('Västra Götalandsregionen (VGR)');
  const { identities } = await history(vgr, '2017-12-31');
  expect(identities.map(({ name, kind }) => [name, kind])).toEqual([
    ['Västra Götalandsregionen', 'COUNTY_COUNCIL'],
    ['Västra Götalandsregionen (VGR)', 'REGION'],
  ]);
});
