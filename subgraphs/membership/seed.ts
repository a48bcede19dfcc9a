import type { EntityManager } from '@mikro-orm/postgresql';
import { DataSource } from '../shared/domain/source';
import type { Progress } from '../shared/platform/progress';
import { worldBoard, worldMembers } from '../shared/seed-world/members';
import { BoardAssignment, BoardRole } from './entities/board-assignment.entity';
import { Member, MemberKind } from './entities/member.entity';
import { Representative } from './entities/representative.entity';

/** Members, their representatives and the 2017 board, when the membership schema is empty. */
export async function seedMembership(em: EntityManager, progress: Progress): Promise<void> {
  if ((await em.count(Member)) > 0) return;
  const members = worldMembers();
  const step = progress.step('members', members.length);
  const byKey = new Map<string, Member>();
  for (const world of members) {
    const { key, representatives, kind, source, ...fields } = world;
    const member = em.create(Member, { ...fields, kind: kind as MemberKind, source: source as DataSource });
    byKey.set(key, member);
    for (const representative of representatives) em.create(Representative, { ...representative, member });
    step.tick();
  }
  for (const seat of worldBoard()) {
    em.create(BoardAssignment, {
      id: seat.id,
      person: seat.person,
      member: byKey.get(seat.memberKey)!,
      role: seat.role as BoardRole,
      from: seat.from,
      to: seat.to,
      source: DataSource.SEED,
    });
  }
  await em.flush();
  step.done();
}
