import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { overlaps, type Period } from '../shared/domain/periods';
import { BadUserInputError, ConflictError } from '../shared/graphql/errors';
import { type Project, ProjectPhase } from './entities/project.entity';

/** Business rules for projects, networks and events, checked before anything is written. */

/** The project lifecycle: the phases each phase may move to. */
export const NEXT_PHASES: Record<ProjectPhase, ProjectPhase[]> = {
  [ProjectPhase.IDEA]: [ProjectPhase.PRE_STUDY, ProjectPhase.ACTIVE, ProjectPhase.CANCELLED],
  [ProjectPhase.PRE_STUDY]: [ProjectPhase.ACTIVE, ProjectPhase.ON_HOLD, ProjectPhase.CANCELLED],
  [ProjectPhase.ACTIVE]: [ProjectPhase.COMPLETED, ProjectPhase.ON_HOLD, ProjectPhase.CANCELLED],
  [ProjectPhase.ON_HOLD]: [ProjectPhase.PRE_STUDY, ProjectPhase.ACTIVE, ProjectPhase.CANCELLED],
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

export function checkNotFuture(day: string, today: string, field: string): void {
  if (day > today) throw new BadUserInputError(field, `${day} is in the future (today is ${today}); record it when it happens`);
}

/** A member takes part in the same project or network in one period at a time. */
export function checkNoOverlap(existing: Period[], period: Period, field: string, what: string): void {
  const clash = existing.find((other) => overlaps(other, period));
  if (clash) throw new ConflictError(field, `the member already takes part in ${what} from ${clash.from}${clash.to ? ` to ${clash.to}` : ''}`);
}

export async function checkUniqueName<T extends { id: string; name: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  name: string,
  field: string,
  exceptId?: string,
): Promise<void> {
  const holder = await em.findOne(entity, { name } as never);
  if (holder && holder.id !== exceptId) throw new ConflictError(field, `the name "${name}" is already taken; choose another`);
}
