import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import {
  type ChangeSet,
  ChangeSetType,
  Entity,
  type EntityClass,
  Enum,
  type EventSubscriber,
  type FilterQuery,
  type FlushEventArgs,
  Index,
  PrimaryKey,
  Property,
  type UnitOfWork,
} from '@mikro-orm/core';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import type { GraphQLFieldResolver } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { Args, ArgsType, Ctx, Directive, Field, ID, InputType, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { Access, Restricted, type Viewer } from './auth';
import type { RequestContext } from './context';
import { allOf, NodeFilter, oneOf } from './filters';
import { ConnectionType, findPage, ListArgs, OrderInput, SortDirection } from './pagination';

export enum AuditChange {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DELETED = 'DELETED',
}

registerEnumType(AuditChange, {
  name: 'AuditChange',
  description: 'What a mutation did to a record.',
  valuesConfig: {
    CREATED: { description: 'The record was created.' },
    UPDATED: { description: 'The record was changed.' },
    DELETED: { description: 'The record was deleted.' },
  },
});

@Entity({ tableName: 'audit_record' })
@Index({ properties: ['entityId'] })
@ObjectType('AuditRecord', {
  description: 'One record changed by a successful mutation: who, when, what and how. Written in the same transaction as the change.',
})
@Directive('@shareable')
export class AuditRecord {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Identifier of the audit record.' })
  id: string = randomUUID();

  @Property({ type: 'datetime' })
  @Field(() => GraphQLDateTime, { description: 'When the change was committed.' })
  at: Date = new Date();

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "Subject of the caller's token." })
  subject: string | null = null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Role the caller acted in (member, analyst, admin).' })
  role!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The mutation, e.g. "admitMember".' })
  operation!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Type of the changed record, e.g. "Member".' })
  entityType!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Id of the changed record.' })
  entityId!: string;

  @Enum({ items: () => AuditChange, type: 'text' })
  @Field(() => AuditChange, { description: 'Whether the record was created, updated or deleted.' })
  change!: AuditChange;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The changed fields and their new values, as JSON.' })
  summary!: string;
}

const auditScope = new AsyncLocalStorage<{ viewer: Viewer; operation: string }>();

type FieldResolvers = Record<string, GraphQLFieldResolver<unknown, RequestContext>>;

/** True while a mutation runs (what it flushes is audited and goes into the change feed). */
export const inMutation = (): boolean => auditScope.getStore() !== undefined;

/**
 * The mutations' resolvers, each run inside an audit scope so the flush it makes knows who and what.
 * Only the mutations are wrapped: a type-graphql global middleware would wrap every field of every
 * query too, which made plain reads take 3.3 times as long (bench/resolver-overhead.ts, bench/README.md).
 */
export function auditMutations(mutations: FieldResolvers): FieldResolvers {
  return Object.fromEntries(
    Object.entries(mutations).map(([name, resolve]) => [
      name,
      (root, args, context, info) => auditScope.run({ viewer: context.viewer, operation: info.fieldName }, () => resolve(root, args, context, info)),
    ]),
  );
}

const CHANGES: Partial<Record<ChangeSetType, AuditChange>> = {
  [ChangeSetType.CREATE]: AuditChange.CREATED,
  [ChangeSetType.UPDATE]: AuditChange.UPDATED,
  [ChangeSetType.DELETE]: AuditChange.DELETED,
};

/** The changes a flush makes to the subgraph's own entities (not its bookkeeping: audit, feed, webhooks), with what each did. */
export function* recordedChanges(uow: UnitOfWork, entities: ReadonlySet<string>): Generator<[ChangeSet<object>, AuditChange]> {
  for (const changeSet of uow.getChangeSets()) {
    const change = CHANGES[changeSet.type];
    if (change && entities.has(changeSet.meta.className)) yield [changeSet, change];
  }
}

/** Adds an audit record for every change a mutation flushes to the subgraph's entities, inside the same transaction. */
export class AuditSubscriber implements EventSubscriber {
  private readonly entities: ReadonlySet<string>;

  constructor(entities: EntityClass<unknown>[]) {
    this.entities = new Set(entities.map((entity) => entity.name));
  }

  onFlush({ uow }: FlushEventArgs): void {
    const scope = auditScope.getStore();
    if (!scope) return;
    for (const [changeSet, change] of recordedChanges(uow, this.entities)) {
      const record = Object.assign(new AuditRecord(), {
        subject: scope.viewer.subject,
        role: scope.viewer.role,
        operation: scope.operation,
        entityType: changeSet.meta.className,
        entityId: String(changeSet.getPrimaryKey()),
        change,
        summary: JSON.stringify(changeSet.payload ?? {}),
      });
      uow.computeChangeSet(record);
    }
  }
}

@ObjectType('AuditRecordConnection', { description: 'A page of audit records, newest first.' })
@Directive('@shareable')
export class AuditRecordConnection extends ConnectionType(AuditRecord, 'The audit records on this page.', { shareable: true }) {}

enum AuditOrderField {
  AT = 'at',
  ENTITY_TYPE = 'entityType',
  OPERATION = 'operation',
}

registerEnumType(AuditOrderField, {
  name: 'AuditOrderField',
  description: 'What audit records can be sorted by.',
  valuesConfig: {
    AT: { description: 'When the change was committed.' },
    ENTITY_TYPE: { description: 'The kind of record changed.' },
    OPERATION: { description: 'The mutation that made the change.' },
  },
});

@InputType('AuditRecordOrder', { description: 'One sort key for audit records.' })
class AuditRecordOrder extends OrderInput(AuditOrderField, 'AuditOrderField') {}

@InputType('AuditRecordFilter', { description: 'Which audit records to list; every condition given must hold.' })
class AuditRecordFilter extends NodeFilter {
  @Field(() => [String], { nullable: true, description: 'Only changes to these records (their ids).' })
  @IsOptional()
  @ArrayMaxSize(1000)
  entityIdIn?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only changes to these kinds of record, e.g. ["Member"].' })
  entityTypeIn?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only changes made by these mutations, e.g. ["admitMember"].' })
  operationIn?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only changes made in these roles, e.g. ["admin"].' })
  roleIn?: string[] | null;

  @Field(() => [AuditChange], { nullable: true, description: 'Only these kinds of change.' })
  changeIn?: AuditChange[] | null;
}

@ArgsType()
class AuditTrailArgs extends ListArgs(AuditRecordOrder, 'Newest first (by at)') {
  @Field(() => AuditRecordFilter, { nullable: true, description: 'Conditions on the records to list.' })
  @IsOptional()
  @ValidateNested()
  filter?: AuditRecordFilter | null;

  @Field(() => ID, { nullable: true, description: 'Only changes to this record (as filter.entityIdIn with one id).' })
  entityId?: string | null;
}

function auditFilter({ filter, entityId }: AuditTrailArgs): FilterQuery<AuditRecord> {
  return allOf<AuditRecord>(
    oneOf('id', filter?.idIn),
    oneOf('entityId', filter?.entityIdIn),
    entityId && { entityId },
    oneOf('entityType', filter?.entityTypeIn),
    oneOf('operation', filter?.operationIn),
    oneOf('role', filter?.roleIn),
    oneOf('change', filter?.changeIn),
  );
}

const AUDIT_TRAIL = { name: 'auditTrail', defaultOrder: [{ field: AuditOrderField.AT, direction: SortDirection.DESC }] };

/** `<subgraph>AuditTrail`: the admins' view of what was changed in one subgraph. */
export function createAuditResolver(subgraph: string) {
  @Resolver()
  class AuditTrailResolver {
    @Restricted(Access.ADMIN)
    @Query(() => AuditRecordConnection, {
      name: `${subgraph}AuditTrail`,
      description: `Changes made through mutations of the ${subgraph} subgraph, newest first (admins).`,
    })
    auditTrail(@Args(() => AuditTrailArgs) args: AuditTrailArgs, @Ctx() { em }: RequestContext) {
      return findPage(em, AuditRecord, () => auditFilter(args), args, AUDIT_TRAIL);
    }
  }
  return AuditTrailResolver;
}
