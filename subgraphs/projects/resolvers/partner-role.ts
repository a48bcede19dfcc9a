import type { EntityClass } from '@mikro-orm/core';
import { heldPeriod, type PartnerRoleKind } from '../../shared/domain/partner-roles';
import { checkPeriod, overlaps } from '../../shared/domain/periods';
import { DataSource } from '../../shared/domain/source';
import type { RequestContext } from '../../shared/graphql/context';
import { ConflictError } from '../../shared/graphql/errors';
import { findOrFail } from '../../shared/graphql/lookup';
import { takeTurns } from '../../shared/graphql/transaction';
import { Partner } from '../entities/partner.entity';
import type { PartnerRole } from '../entities/partner-role';

/** A role as the add mutations take it. */
export interface NewRole {
  partnerId: string;
  role: PartnerRoleKind;
  from?: string | null;
  to?: string | null;
}

/** The partner names of some roles, each once, in the roles' order (by partner name). */
export const partnerNames = (roles: readonly PartnerRole[]): string[] => [...new Set(roles.map((role) => role.partner.name))];

export const PARTNER_NAMES = {
  deprecationReason: 'Derived from partnerRoles, which also give the partner, its role and its period; use partnerRoles { partner { name } role }.',
  description: 'Names of the partners that hold or held a role, each once, by name.',
};

/**
 * Records a partner's role on a project or a network (`parent`, kept under `parentField`): the partner must exist, the
 * period end after it starts, and the partner hold the same role on the parent once at a time (CONFLICT otherwise; the
 * database's exclusion constraint holds it for writes at the same moment).
 */
export async function addPartnerRole<T extends PartnerRole>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  parent: { id: string; name: string },
  parentField: 'project' | 'network',
  input: NewRole,
): Promise<T> {
  const partner = await findOrFail(ctx.em, Partner, input.partnerId, 'input.partnerId', 'partner');
  const held = { from: input.from ?? null, to: input.to ?? null };
  if (held.from && held.to) checkPeriod({ from: held.from, to: held.to }, 'input.to');
  await takeTurns(ctx.em, `${parentField}-partner`, parent.id, partner.id);
  const existing = await ctx.em.find(entity, { [parentField]: parent, partner, role: input.role } as never);
  const clash = existing.find((other) => overlaps(heldPeriod(other), heldPeriod(held)));
  if (clash) {
    const since = clash.from ? ` from ${clash.from}` : '';
    throw new ConflictError(
      'input.partnerId',
      `${partner.name} already holds the role ${input.role} on "${parent.name}"${since}; end that role first or choose other days`,
    );
  }
  const role = ctx.em.create(entity, { [parentField]: parent, partner, role: input.role, ...held, source: DataSource.ENTERED } as never);
  await ctx.em.flush();
  return role;
}

/** Ends an open role `on` a day. */
export async function endPartnerRole<T extends PartnerRole>(ctx: RequestContext, entity: EntityClass<T>, id: string, on: string): Promise<T> {
  const role = await findOrFail(ctx.em, entity, id, 'id', 'partner role', 'update');
  if (role.to !== null) throw new ConflictError('id', `the role already ended on ${role.to}`);
  if (role.from) checkPeriod({ from: role.from, to: on }, 'on');
  role.to = on;
  await ctx.em.flush();
  return role;
}
