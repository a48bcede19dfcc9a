import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Max, Min, MinLength } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, Args, ArgsType, Ctx, Directive, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { config } from '../platform/config';
import { outboundUrlProblem } from '../platform/outbound-url';
import { AuditChange, AuditRecord } from './audit';
import { Access, Restricted } from './auth';
import { checkTypes } from './change-feed';
import type { RequestContext } from './context';
import { BadUserInputError, ConflictError, NotFoundError } from './errors';
import { MAX_PAGE_SIZE } from './pagination';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
}

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Whether a webhook delivery has reached its receiver.',
  valuesConfig: {
    PENDING: { description: 'Not yet answered with 2xx: waiting for its first attempt or its next retry.' },
    DELIVERED: { description: 'The receiver answered 2xx.' },
  },
});

/** An admin's endpoint that receives a subgraph's change events, signed with its secret. */
@Entity({ tableName: 'webhook_endpoint' })
@ObjectType('WebhookEndpoint', { description: 'A URL that receives change events of one subgraph as signed HTTP POSTs (admins).' })
@Directive('@shareable')
export class WebhookEndpoint {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Identifier of the endpoint.' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Where events are POSTed.' })
  url!: string;

  @Property({ type: 'text[]' })
  @Field(() => [String], { description: 'Types of record whose changes are sent, e.g. ["Member"]; empty for all.' })
  eventTypes!: string[];

  /** Signs every delivery (HMAC-SHA256); never shown. */
  @Property({ type: 'text' })
  secret!: string;

  /** The feed position up to which events have been turned into deliveries. */
  @Property({ type: 'bigint' })
  cursor!: string;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'False once the endpoint failed for too long (WEBHOOK_DISABLE_AFTER_MS); nothing is sent to it then.' })
  enabled: boolean = true;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the endpoint was disabled.' })
  disabledReason: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Since when every attempt has failed; null while it answers.' })
  failingSince: Date | null = null;

  @Property({ type: 'datetime' })
  @Field(() => GraphQLDateTime, { description: 'When the endpoint was registered.' })
  createdAt: Date = new Date();
}

/** One event to send to one endpoint, and how sending it went. */
@Entity({ tableName: 'webhook_delivery' })
@Index({ name: 'webhook_delivery_due_index', properties: ['status', 'nextAttemptAt'] })
@Unique({ properties: ['endpointId', 'position'] })
@ObjectType('WebhookDelivery', { description: 'One change event sent (or to be sent) to a webhook endpoint: the delivery log (admins).' })
@Directive('@shareable')
export class WebhookDelivery {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Identifier of the delivery, sent as the X-Sambruk-Delivery header.' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  @Field(() => ID, { description: 'The endpoint it goes to.' })
  endpointId!: string;

  @Property({ type: 'bigint' })
  @Field(() => String, { description: "The event's position in the change feed." })
  position!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The JSON body sent.' })
  payload!: string;

  @Enum({ items: () => WebhookDeliveryStatus, type: 'text' })
  @Field(() => WebhookDeliveryStatus, { description: 'Whether it has been delivered.' })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'How many times it was sent.' })
  attempts: number = 0;

  @Property({ type: 'datetime' })
  @Field(() => GraphQLDateTime, { description: 'When it is sent next while pending.' })
  nextAttemptAt: Date = new Date();

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'HTTP status of the last answer; null when there was none.' })
  lastStatusCode: number | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What went wrong the last time, e.g. "timed out after 5000 ms".' })
  lastError: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the receiver answered 2xx.' })
  deliveredAt: Date | null = null;

  @Property({ type: 'datetime' })
  @Field(() => GraphQLDateTime, { description: 'When the event was queued for the endpoint.' })
  createdAt: Date = new Date();
}

@InputType('WebhookInput', { description: 'A webhook endpoint to register.' })
class WebhookInput {
  @Field(() => String, { description: 'Where to POST events: a public http(s) URL (private, loopback and link-local hosts need WEBHOOK_ALLOWED_HOSTS).' })
  url!: string;

  @Field(() => [String], { defaultValue: [], description: 'Types of record whose changes to send, e.g. ["Member"]; all when empty.' })
  eventTypes!: string[];

  @Field(() => String, { description: 'Shared secret (16+ characters) the deliveries are signed with (HMAC-SHA256); see README "Webhooks".' })
  @MinLength(16, { message: 'must be at least 16 characters' })
  secret!: string;
}

@ArgsType()
class DeliveryLogArgs {
  @Field(() => ID, { description: 'The endpoint whose deliveries to list.' })
  endpointId!: string;

  @Field(() => Int, { defaultValue: 50, description: `How many of the newest deliveries to list (1–${MAX_PAGE_SIZE}).` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 50;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The endpoint with this id; BAD_USER_INPUT for a malformed id, NOT_FOUND for an unknown one (both naming `id`). */
async function endpointOf({ em }: RequestContext, id: string): Promise<WebhookEndpoint> {
  if (!UUID.test(id)) throw new BadUserInputError('id', 'is not the id of a webhook endpoint (a UUID, as registering answered)');
  const endpoint = await em.findOne(WebhookEndpoint, { id });
  if (!endpoint) throw new NotFoundError('webhook endpoint', id, 'id');
  return endpoint;
}

/** An audit record of a change to an endpoint, in the mutation's transaction; its secret is never written there. */
function auditEndpoint(ctx: RequestContext, operation: string, endpoint: WebhookEndpoint, change: AuditChange, summary: object): void {
  const { subject, role } = ctx.viewer;
  const record = { subject, role, operation, entityType: 'WebhookEndpoint', entityId: endpoint.id, change, summary: JSON.stringify(summary) };
  ctx.em.persist(Object.assign(new AuditRecord(), record));
}

const capitalised = (name: string) => name[0].toUpperCase() + name.slice(1);

/** `register<Subgraph>Webhook`, `<subgraph>Webhooks` and `<subgraph>WebhookDeliveries`: the admins' webhooks of one subgraph. */
export function createWebhookResolver(subgraph: string, types: string[]) {
  @Resolver()
  class WebhookResolver {
    @Restricted(Access.ADMIN)
    @Mutation(() => WebhookEndpoint, {
      name: `register${capitalised(subgraph)}Webhook`,
      description: `Registers an endpoint for the ${subgraph} subgraph's changes from now on (admins).`,
    })
    async register(
      @Arg('input', () => WebhookInput, { description: 'The endpoint: URL, event types and secret.' }) input: WebhookInput,
      @Ctx() ctx: RequestContext,
    ): Promise<WebhookEndpoint> {
      const { em } = ctx;
      const problem = await outboundUrlProblem(input.url, config().WEBHOOK_ALLOWED_HOSTS);
      if (problem) throw new BadUserInputError('input.url', problem);
      checkTypes('input.eventTypes', input.eventTypes, types);
      const [{ newest }] = await em.execute(`select coalesce(max(position), 0)::text as newest from "${subgraph}"."change_event"`);
      const endpoint = Object.assign(new WebhookEndpoint(), { url: input.url, eventTypes: input.eventTypes, secret: input.secret, cursor: newest });
      em.persist(endpoint);
      auditEndpoint(ctx, `register${capitalised(subgraph)}Webhook`, endpoint, AuditChange.CREATED, { url: input.url, eventTypes: input.eventTypes });
      await em.flush();
      return endpoint;
    }

    @Restricted(Access.ADMIN)
    @Mutation(() => WebhookEndpoint, {
      name: `enable${capitalised(subgraph)}Webhook`,
      description: `Enables a ${subgraph} webhook endpoint that was disabled for failing: what it missed meanwhile is sent, and its pending deliveries are tried again now (admins).`,
    })
    async enable(@Arg('id', () => ID, { description: 'The endpoint to enable.' }) id: string, @Ctx() ctx: RequestContext): Promise<WebhookEndpoint> {
      const endpoint = await endpointOf(ctx, id);
      if (endpoint.enabled) throw new ConflictError('id', 'this endpoint is enabled already: only a disabled one can be enabled');
      Object.assign(endpoint, { enabled: true, disabledReason: null, failingSince: null });
      await ctx.em.nativeUpdate(WebhookDelivery, { endpointId: id, status: WebhookDeliveryStatus.PENDING }, { nextAttemptAt: new Date() });
      auditEndpoint(ctx, `enable${capitalised(subgraph)}Webhook`, endpoint, AuditChange.UPDATED, { enabled: true });
      await ctx.em.flush();
      return endpoint;
    }

    @Restricted(Access.ADMIN)
    @Mutation(() => WebhookEndpoint, {
      name: `remove${capitalised(subgraph)}Webhook`,
      description: `Removes a ${subgraph} webhook endpoint and its delivery log: nothing more is sent to it (admins).`,
    })
    async remove(@Arg('id', () => ID, { description: 'The endpoint to remove.' }) id: string, @Ctx() ctx: RequestContext): Promise<WebhookEndpoint> {
      const endpoint = await endpointOf(ctx, id);
      await ctx.em.nativeDelete(WebhookDelivery, { endpointId: id });
      ctx.em.remove(endpoint);
      auditEndpoint(ctx, `remove${capitalised(subgraph)}Webhook`, endpoint, AuditChange.DELETED, { url: endpoint.url });
      await ctx.em.flush();
      return endpoint;
    }

    @Restricted(Access.ADMIN)
    @Query(() => [WebhookEndpoint], { name: `${subgraph}Webhooks`, description: `The ${subgraph} subgraph's webhook endpoints, oldest first (admins).` })
    endpoints(@Ctx() { em }: RequestContext): Promise<WebhookEndpoint[]> {
      return em.find(WebhookEndpoint, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
    }

    @Restricted(Access.ADMIN)
    @Query(() => [WebhookDelivery], {
      name: `${subgraph}WebhookDeliveries`,
      description: `The delivery log of one of the ${subgraph} subgraph's webhook endpoints, newest event first (admins).`,
    })
    deliveries(@Args(() => DeliveryLogArgs) args: DeliveryLogArgs, @Ctx() { em }: RequestContext): Promise<WebhookDelivery[]> {
      if (!/^[0-9a-f-]{36}$/i.test(args.endpointId)) throw new BadUserInputError('endpointId', 'is not the id of a webhook endpoint');
      return em.find(WebhookDelivery, { endpointId: args.endpointId }, { orderBy: { position: 'desc' }, limit: args.first });
    }
  }
  return WebhookResolver;
}
