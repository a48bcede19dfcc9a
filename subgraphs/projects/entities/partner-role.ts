import { ManyToOne, type Rel } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { PartnerRoleRecord } from '../../shared/domain/partner-roles';
import { Partner } from './partner.entity';

/** What a partner's role on a project and on a network have alike: the partner beside what every role holds. */
@ObjectType()
export abstract class PartnerRole extends PartnerRoleRecord {
  @ManyToOne(() => Partner, { index: true, deleteRule: 'cascade' })
  partner!: Rel<Partner>;
}
