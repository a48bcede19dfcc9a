import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money, money, oreType } from '../../shared/domain/money';
import { DataSource } from '../../shared/domain/source';
import { Timestamped } from '../../shared/graphql/timestamps';
import { Member, memberRef } from './member.stub';
import { Project } from './project.stub';

export enum FundingKind {
  GRANT = 'GRANT',
  MEMBER_CONTRIBUTION = 'MEMBER_CONTRIBUTION',
}

registerEnumType(FundingKind, {
  name: 'FundingKind',
  description: 'Where money for a project came from.',
  valuesConfig: {
    GRANT: { description: 'A grant from an outside funder, such as VINNOVA (bidrag).' },
    MEMBER_CONTRIBUTION: { description: "A member's own contribution to a co-funded project (medfinansiering)." },
  },
});

@Check({ expression: 'amount_ore >= 0' })
@Entity({ tableName: 'project_funding' })
@ObjectType('ProjectFunding', { description: "Money given to a project in a year: a grant or a member's contribution." })
export class ProjectFunding extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the funding record.' })
  id: string = randomUUID();

  @Property({ type: 'uuid', index: true })
  projectId!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'The calendar year the money was given for.' })
  year!: number;

  @Enum({ items: () => FundingKind, type: 'text' })
  @Field(() => FundingKind, { description: 'Grant or member contribution.' })
  kind!: FundingKind;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The outside funder of a grant, e.g. "VINNOVA"; null for member contributions.' })
  grantor: string | null = null;

  @Property({ type: 'uuid', nullable: true, index: true })
  memberId: string | null = null;

  @Property({ type: oreType() })
  amountOre!: bigint;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the money was for.' })
  note: string | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents, is demonstration data or was entered." })
  source: Opt<DataSource> = DataSource.ENTERED;

  @Field(() => Project, { description: 'The project funded.' })
  get project(): Opt<Project> {
    return { id: this.projectId };
  }

  @Field(() => Member, { nullable: true, description: 'The contributing member; null for grants.' })
  get member(): Opt<Member> | null {
    return this.memberId === null ? null : memberRef(this.memberId);
  }

  @Field(() => Money, { description: 'The amount given.' })
  get amount(): Opt<Money> {
    return money(this.amountOre);
  }
}
