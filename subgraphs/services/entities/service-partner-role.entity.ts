import { Entity, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { PartnerRoleRecord } from '../../shared/domain/partner-roles';
import { periodExclusion } from '../../shared/domain/periods';
import { Service } from './service.entity';

@Entity({ tableName: 'service_partner_role' })
@Index({
  name: 'service_partner_role_no_overlap',
  expression: periodExclusion('"services"."service_partner_role"', 'service_partner_role_no_overlap', ['service_id', 'partner_id', 'role']),
})
@ObjectType('ServicePartnerRole', { description: 'A role a partner holds on a collaboration service over a period, e.g. its management partner.' })
export class ServicePartnerRole extends PartnerRoleRecord {
  @ManyToOne(() => Service, { index: true, deleteRule: 'cascade' })
  service!: Rel<Service>;

  /** The partner, owned by the projects subgraph: only its id is kept here. */
  @Property({ type: 'uuid', index: true })
  partnerId!: string;
}
