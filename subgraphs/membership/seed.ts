import type { EntityManager } from '@mikro-orm/postgresql';
import { DataSource } from '../shared/domain/source';
import { recordFieldSources } from '../shared/graphql/provenance';
import type { Progress } from '../shared/platform/progress';
import { worldAssociation, worldBoardTerms, worldOffices } from '../shared/seed-world/association';
import { worldBoard, worldMembers } from '../shared/seed-world/members';
import { ANNUAL_REPORT_FILE, estimated } from '../shared/seed-world/provenance';
import { Association } from './entities/association.entity';
import { BoardAssignment, BoardRole } from './entities/board-assignment.entity';
import { BoardTerm } from './entities/board-term.entity';
import { Member, MemberKind } from './entities/member.entity';
import { MemberIdentity } from './entities/member-identity.entity';
import { Office, OfficeRole, OfficeStatus } from './entities/office.entity';
import { Representative } from './entities/representative.entity';

function seedBoard(em: EntityManager, byKey: Map<string, Member>): void {
  const terms = new Map(
    worldBoardTerms().map(({ document: _, quote: __, ...term }) => [term.id, em.create(BoardTerm, { ...term, endedOn: null, source: DataSource.SEED })]),
  );
  for (const seat of worldBoard()) {
    const { memberKey, termId, endQuote, role, ...fields } = seat;
    em.create(BoardAssignment, { ...fields, member: byKey.get(memberKey)!, term: terms.get(termId)!, role: role as BoardRole, source: DataSource.SEED });
    if (endQuote) {
      const note = `The report says only that ${seat.person} left during 2017; the last day of the year is taken.`;
      recordFieldSources(em, seat.id, [estimated('to', ANNUAL_REPORT_FILE, endQuote, note)]);
    }
  }
}

/** Sambruk itself and its offices, when not yet there. */
async function seedAssociation(em: EntityManager): Promise<void> {
  if ((await em.count(Association)) > 0) return;
  const { document: _, quote: __, ...association } = worldAssociation();
  em.create(Association, association);
  for (const { document: _, quote: __, role, status, ...office } of worldOffices()) {
    em.create(Office, { ...office, role: role as OfficeRole, status: status as OfficeStatus, source: DataSource.SEED });
  }
  await em.flush();
}

/** Members with their names and kinds over time, their representatives and the 2017 board, when the membership schema is empty; the association and its offices when missing. */
export async function seedMembership(em: EntityManager, progress: Progress): Promise<void> {
  await seedAssociation(em);
  if ((await em.count(Member)) > 0) return;
  const members = worldMembers();
  const step = progress.step('members', members.length);
  const byKey = new Map<string, Member>();
  for (const world of members) {
    const { key, representatives, kind, source, provenance, identities, ...fields } = world;
    const identityFrom = identities.at(-1)!.from;
    const member = em.create(Member, { ...fields, identityFrom, kind: kind as MemberKind, source: source as DataSource });
    recordFieldSources(em, member.id, provenance);
    for (const { provenance: sources, kind: identityKind, source: identitySource, ...identity } of identities) {
      em.create(MemberIdentity, { ...identity, memberId: member.id, kind: identityKind as MemberKind, source: identitySource as DataSource });
      recordFieldSources(em, identity.id, sources);
    }
    byKey.set(key, member);
    for (const representative of representatives) em.create(Representative, { ...representative, member });
    step.tick();
  }
  seedBoard(em, byKey);
  await em.flush();
  step.done();
}
