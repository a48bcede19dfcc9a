import { Entity, Index, ManyToOne, type Rel } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { partnerRoleConstraints } from '../../shared/domain/partner-roles';
import { periodExclusion } from '../../shared/domain/periods';
import { Network } from './network.entity';
import { PartnerRole } from './partner-role';

@Entity({ tableName: 'network_partner_role' })
@Index({
  name: 'network_partner_role_no_overlap',
  expression: periodExclusion('"projects"."network_partner_role"', 'network_partner_role_no_overlap', ['network_id', 'partner_id', 'role']),
})
@ObjectType('NetworkPartnerRole', { description: 'A role a partner holds on a competence network over a period.' })
export class NetworkPartnerRole extends PartnerRole {
  @ManyToOne(() => Network, { index: true, deleteRule: 'cascade' })
  network!: Rel<Network>;
}

export const NETWORK_PARTNER_ROLE_CONSTRAINTS = partnerRoleConstraints('network');
