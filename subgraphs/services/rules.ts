import type { EntityManager } from '@mikro-orm/postgresql';
import { checkPeriod, coveredBy, covers, describePeriod as describe, overlaps, type Period } from '../shared/domain/periods';
import { BadUserInputError, ConflictError } from '../shared/graphql/errors';
import { locked } from '../shared/graphql/lookup';
import type { MemberFacts } from '../shared/graphql/peers';
import type { Council } from './entities/council.entity';
import { CouncilRole, CouncilSeat } from './entities/council-seat.entity';
import { Service, ServiceStatus } from './entities/service.entity';
import { ServiceSubscription } from './entities/service-subscription.entity';

/** Business rules for services, subscriptions and councils, checked before anything is written. */

export function checkServiceDates(service: Pick<Service, 'status' | 'startedOn' | 'retiredOn'>, field: string): void {
  if (service.status === ServiceStatus.RETIRED && service.retiredOn === null) throw new BadUserInputError(field, 'a RETIRED service needs retiredOn');
  if (service.status !== ServiceStatus.RETIRED && service.retiredOn !== null)
    throw new BadUserInputError(field, `only a RETIRED service has retiredOn; set status to RETIRED or leave retiredOn out`);
  checkPeriod({ from: service.startedOn, to: service.retiredOn }, field);
}

export async function checkServiceUnique(em: EntityManager, slug: string, name: string, exceptId?: string): Promise<void> {
  const holders = await em.find(Service, { $or: [{ slug }, { name }], ...(exceptId ? { id: { $ne: exceptId } } : {}) });
  if (holders.some((service) => service.slug === slug))
    throw new ConflictError('input.slug', `"${slug}" is already the slug of another service; choose another`);
  if (holders.length) throw new ConflictError('input.name', `a service named "${name}" already exists; choose another name`);
}

/** A service's (new) lifetime must keep holding every subscription to it. */
export async function checkSubscriptionsWithin(em: EntityManager, service: Service, lifetime: Period): Promise<void> {
  const early = await em.count(ServiceSubscription, { service, from: { $lt: lifetime.from } });
  if (early) throw new ConflictError('input.startedOn', `${early} subscription(s) start before ${lifetime.from}; choose an earlier day`);
  if (lifetime.to === null) return;
  const late = await em.count(ServiceSubscription, { service, $or: [{ to: null }, { to: { $gt: lifetime.to } }] });
  if (late) throw new ConflictError('input.retiredOn', `${late} subscription(s) run past ${lifetime.to}; end them first (endSubscription)`);
}

export function checkVariant(service: Service, variant: string | null, field: string): void {
  if (!service.variants.length && variant !== null) throw new BadUserInputError(field, `${service.name} has no variants; leave variant out`);
  if (service.variants.length && (variant === null || !service.variants.includes(variant))) {
    throw new BadUserInputError(field, `${service.name} is offered as ${service.variants.map((v) => `"${v}"`).join(' or ')}; name one of them`);
  }
}

export function checkWithinService(service: Service, period: Period, field: string): void {
  if (!covers({ from: service.startedOn, to: service.retiredOn }, period)) {
    throw new BadUserInputError(
      field,
      `${service.name} is offered ${describe({ from: service.startedOn, to: service.retiredOn })}; ${describe(period)} falls outside it`,
    );
  }
}

/** A member uses a service over one period at a time, and so one variant at a time: switching variant ends one subscription and starts another. */
export async function checkNoOverlappingSubscription(em: EntityManager, service: Service, memberId: string, period: Period): Promise<void> {
  const existing = await em.find(ServiceSubscription, { service, memberId });
  const clash = existing.find((subscription) => overlaps(subscription, period));
  if (!clash) return;
  const uses = `the member already uses ${service.name}${clash.variant ? ` ${clash.variant}` : ''} ${describe(clash)} (subscription ${clash.id})`;
  const advice = service.variants.length
    ? 'a member uses one variant at a time: to switch, end the other variant first (endSubscription, on the day the new one begins)'
    : 'choose days outside it';
  throw new ConflictError('input.from', `${uses}; ${advice}`);
}

/**
 * Only a member that subscribes to the service over the whole period may hold a seat on its council.
 * The subscriptions stay locked until the seat is written, so none of them can end meanwhile.
 */
export async function checkSeat(
  em: EntityManager,
  council: Council,
  member: Pick<MemberFacts, 'id' | 'name'>,
  role: CouncilRole,
  period: Period,
): Promise<void> {
  const [subscriptions, seats] = await Promise.all([
    em.find(ServiceSubscription, { service: council.service, memberId: member.id }, locked('share')),
    em.find(CouncilSeat, { council, $or: [{ memberId: member.id }, { role: CouncilRole.CHAIR }] }),
  ]);
  if (!coveredBy(subscriptions, period)) {
    throw new BadUserInputError(
      'input.memberId',
      `${member.name} does not use ${council.service.name} over ${describe(period)}; only a subscribing member may hold a seat`,
    );
  }
  const own = seats.find((seat) => seat.memberId === member.id && overlaps(seat, period));
  if (own) throw new ConflictError('input.memberId', `${member.name} already holds seat ${own.id} (${describe(own)}); end it first or choose other days`);
  const chair = role === CouncilRole.CHAIR && seats.find((seat) => seat.role === CouncilRole.CHAIR && overlaps(seat, period));
  if (chair) throw new ConflictError('input.role', `${chair.person} chairs the council ${describe(chair)}; end that seat first or appoint a MEMBER`);
}

/** Ending a subscription `on` a day must leave the member's council seats covered by its other subscriptions. */
export async function checkSeatsStillCovered(em: EntityManager, subscription: ServiceSubscription, on: string): Promise<void> {
  const [subscriptions, seats] = await Promise.all([
    em.find(ServiceSubscription, { service: subscription.service, memberId: subscription.memberId }),
    em.find(CouncilSeat, { council: { service: subscription.service }, memberId: subscription.memberId }),
  ]);
  const after = subscriptions.map((s) => (s.id === subscription.id ? { from: s.from, to: on } : s));
  const uncovered = seats.find((seat) => !coveredBy(after, seat));
  if (uncovered)
    throw new ConflictError(
      'on',
      `${uncovered.person} holds a council seat for this member (${describe(uncovered)}) beyond ${on}; end the seat first (endCouncilSeat)`,
    );
}
