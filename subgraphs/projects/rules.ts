import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { BadUserInputError, ConflictError, NotFoundError } from '../shared/errors';
import { fetchEntities } from '../shared/peers';
import { today } from '../shared/scalars';
import { ProjectPhase, type Project } from './entities/project.entity';

/** The project lifecycle: the phases each phase may move to. */
export const NEXT_PHASES: Record<ProjectPhase, ProjectPhase[]> = {
  [ProjectPhase.IDEA]: [ProjectPhase.PRE_STUDY, ProjectPhase.ACTIVE, ProjectPhase.CANCELLED],
  [ProjectPhase.PRE_STUDY]: [ProjectPhase.ACTIVE, ProjectPhase.CANCELLED],
  [ProjectPhase.ACTIVE]: [ProjectPhase.COMPLETED, ProjectPhase.CANCELLED],
  [ProjectPhase.COMPLETED]: [],
  [ProjectPhase.CANCELLED]: [],
};

export const isFinal = (phase: ProjectPhase) => NEXT_PHASES[phase].length === 0;

export function checkPhaseMove(project: Project, to: ProjectPhase, field: string): void {
  const allowed = NEXT_PHASES[project.phase];
  if (allowed.includes(to)) return;
  const next = allowed.length ? `allowed next phases: ${allowed.join(', ')}` : `${project.phase} is final, no phase may follow`;
  throw new BadUserInputError(field, `"${project.name}" cannot move from ${project.phase} to ${to}; ${next}`);
}

export function checkNotBefore(day: string, earliest: string, field: string, what: string): void {
  if (day < earliest) throw new BadUserInputError(field, `${day} is before ${what} (${earliest})`);
}

export function checkNotFuture(day: string, field: string): void {
  if (day > today()) throw new BadUserInputError(field, `${day} is in the future (today is ${today()}); record it when it happens`);
}

export function checkPeriod(from: string, to: string | null | undefined, field: string): void {
  if (to != null && to < from) throw new BadUserInputError(field, `the end (${to}) is before the start (${from})`);
}

interface Period {
  from: string;
  to: string | null;
}

const overlaps = (a: Period, b: Period) => (a.to === null || b.from < a.to) && (b.to === null || a.from < b.to);

/** A member takes part in the same project or network in one period at a time. */
export function checkNoOverlap(existing: Period[], period: Period, field: string, what: string): void {
  const clash = existing.find((other) => overlaps(other, period));
  if (clash) throw new ConflictError(field, `the member already takes part in ${what} from ${clash.from}${clash.to ? ` to ${clash.to}` : ''}`);
}

export async function checkUniqueName<T extends { id: string; name: string }>(em: EntityManager, entity: EntityClass<T>, name: string, field: string, exceptId?: string): Promise<void> {
  const holder = await em.findOne(entity, { name } as never);
  if (holder && holder.id !== exceptId) throw new ConflictError(field, `the name "${name}" is already taken; choose another`);
}

interface MemberFacts {
  name: string;
  joinedOn: string;
  leftOn: string | null;
}

/** Asks the membership subgraph for the member's name and dates; NOT_FOUND naming `field` when it has none. */
export async function requireMemberFacts(ctx: RequestContext, memberId: string, field: string): Promise<MemberFacts> {
  const member = (await fetchEntities(ctx, 'membership', 'Member', [memberId], 'name joinedOn leftOn')).get(memberId);
  if (!member) throw new NotFoundError('member', memberId, field);
  return member as unknown as MemberFacts;
}

/** Taking part is for members: the member must be one for the whole period. */
export function checkMemberDuring(member: MemberFacts, period: Period, fields: { from: string; to: string }): void {
  if (period.from < member.joinedOn) throw new BadUserInputError(fields.from, `${member.name} was not yet a member on ${period.from} (member from ${member.joinedOn})`);
  if (member.leftOn !== null && (period.to === null || period.to > member.leftOn)) {
    throw new BadUserInputError(fields.to, `${member.name} left Sambruk on ${member.leftOn}; end on that day or earlier`);
  }
}

export function checkMemberOn(member: MemberFacts, day: string, field: string): void {
  if (day < member.joinedOn || (member.leftOn !== null && day >= member.leftOn)) {
    throw new BadUserInputError(field, `${member.name} was not a member on ${day} (member from ${member.joinedOn}${member.leftOn ? ` until ${member.leftOn}` : ''})`);
  }
}
