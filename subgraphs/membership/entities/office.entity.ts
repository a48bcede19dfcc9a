import { randomUUID } from 'node:crypto';
import { Entity, Enum, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import { DateScalar } from '../../shared/graphql/scalars';
import { Timestamped } from '../../shared/graphql/timestamps';

export enum OfficeRole {
  EXECUTIVE_OFFICER = 'EXECUTIVE_OFFICER',
  EMPLOYEE = 'EMPLOYEE',
  BOARD_SECRETARY = 'BOARD_SECRETARY',
  NOMINATING_COMMITTEE = 'NOMINATING_COMMITTEE',
  AUDITOR = 'AUDITOR',
  DEPUTY_AUDITOR = 'DEPUTY_AUDITOR',
  SECRETARIAT_AND_ACCOUNTING = 'SECRETARIAT_AND_ACCOUNTING',
}

registerEnumType(OfficeRole, {
  name: 'OfficeRole',
  description: "A role in Sambruk's staff, office or elected functions (other than the board).",
  valuesConfig: {
    EXECUTIVE_OFFICER: { description: 'Executive officer (verkställande tjänsteman / tjänsteperson).' },
    EMPLOYEE: { description: 'Staff: management and project leads.' },
    BOARD_SECRETARY: { description: 'Secretary of the board.' },
    NOMINATING_COMMITTEE: { description: 'Member of the nominating committee (valberedning), elected by the annual meeting.' },
    AUDITOR: { description: 'Auditor (revisor), elected by the annual meeting.' },
    DEPUTY_AUDITOR: { description: 'Deputy auditor (revisorssuppleant).' },
    SECRETARIAT_AND_ACCOUNTING: { description: 'Office administration and accounting bought from a firm.' },
  },
});

export enum OfficeStatus {
  HELD = 'HELD',
  VACANT = 'VACANT',
  PLANNED = 'PLANNED',
}

registerEnumType(OfficeStatus, {
  name: 'OfficeStatus',
  description: 'Whether an office is filled.',
  valuesConfig: {
    HELD: { description: 'Someone (named or not) holds it.' },
    VACANT: { description: 'Elected or foreseen but empty.' },
    PLANNED: { description: 'A post the association plans to fill.' },
  },
});

@Entity({ tableName: 'office' })
@ObjectType('Office', {
  description: 'Who held which office in Sambruk over a period: staff, secretary, nominating committee, auditors and bought-in services.',
})
export class Office extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the office record.' })
  id: string = randomUUID();

  @Enum({ items: () => OfficeRole, type: 'text', index: true })
  @Field(() => OfficeRole, { description: 'The role.' })
  role!: OfficeRole;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The person holding it; null when the documents do not name one or it is vacant.' })
  holder: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The firm or organisation the holder comes from, or that provides the service.' })
  organisation: string | null = null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What the office does.' })
  duties!: string;

  @Enum({ items: () => OfficeStatus, type: 'text' })
  @Field(() => OfficeStatus, { description: 'Held, vacant or planned.' })
  status!: OfficeStatus;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day of the period the documents show (not necessarily when the office began).' })
  from!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'First day after that period; null while it goes on.' })
  to: string | null = null;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents or was entered." })
  source: Opt<DataSource> = DataSource.SEED;
}
