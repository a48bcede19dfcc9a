import { randomUUID } from 'node:crypto';
import { Entity, Enum, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DataSource } from '../../shared/domain/source';
import { Timestamped } from '../../shared/graphql/timestamps';

export enum GoalMetric {
  MEMBERS = 'MEMBERS',
  MEMBERS_IN_NO_COLLABORATION = 'MEMBERS_IN_NO_COLLABORATION',
  NEW_PROJECTS = 'NEW_PROJECTS',
  NETWORKS_WITH_MEMBERS = 'NETWORKS_WITH_MEMBERS',
  DIGITAL_SEMINARS = 'DIGITAL_SEMINARS',
  NEW_SERVICES = 'NEW_SERVICES',
}

registerEnumType(GoalMetric, {
  name: 'GoalMetric',
  description: 'What a goal counts.',
  valuesConfig: {
    MEMBERS: { description: 'Members on the day measured.' },
    MEMBERS_IN_NO_COLLABORATION: {
      description: 'Members on the day taking part in no project, network or collaboration service that day (the goal: none).',
    },
    NEW_PROJECTS: { description: 'Collaboration projects started (left the idea stage) during the year.' },
    NETWORKS_WITH_MEMBERS: { description: 'Competence networks with at least `threshold` participating members on the day.' },
    DIGITAL_SEMINARS: { description: 'Digital seminars held during the year.' },
    NEW_SERVICES: { description: 'Collaboration services started during the year.' },
  },
});

@Entity({ tableName: 'goal' })
@ObjectType('Goal', { description: "A goal of Sambruk's business plan (målsättning), as data: what it counts, its target and period, and where it is set." })
export class Goal extends Timestamped {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable identifier of the goal.' })
  id: string = randomUUID();

  @Enum({ items: () => GoalMetric, type: 'text' })
  @Field(() => GoalMetric, { description: 'What the goal counts.' })
  metric!: GoalMetric;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The goal in English.' })
  description!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'The least count that meets the goal (for MEMBERS_IN_NO_COLLABORATION the most: 0).' })
  target!: number;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'The most count that meets the goal, for a range such as 4–6 seminars; null when open.' })
  targetMax: number | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Per-item threshold, e.g. at least 20 members in each network; null when none.' })
  threshold: number | null = null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'The year the goal is set for.' })
  year!: number;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'True when the goal repeats every year from `year` (e.g. three new services a year).' })
  yearly: Opt<boolean> = false;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The document that sets the goal (file name of its text in docs/sources/).' })
  document!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: "The document's words (Swedish)." })
  quote!: string;

  @Enum({ items: () => DataSource, type: 'text' })
  @Field(() => DataSource, { description: "Whether this record comes from Sambruk's documents or was entered." })
  source: Opt<DataSource> = DataSource.SEED;
}
