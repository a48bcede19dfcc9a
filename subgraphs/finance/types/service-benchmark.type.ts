import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../shared/domain/money';
import { Access, Restricted } from '../../shared/graphql/auth';
import { Member } from '../entities/member.stub';
import { Service } from '../entities/service.stub';
import { PopulationBand } from './finance-report.type';

export enum PeerGroupKind {
  POPULATION_BAND = 'POPULATION_BAND',
  ALL_SUBSCRIBERS = 'ALL_SUBSCRIBERS',
}

registerEnumType(PeerGroupKind, {
  name: 'PeerGroupKind',
  description: 'Which members a benchmark compares with. The groups are fixed by the hub, never chosen by the caller.',
  valuesConfig: {
    POPULATION_BAND: { description: 'Members of similar size: those charged for the service whose population falls in the same band.' },
    ALL_SUBSCRIBERS: { description: 'Every member charged for the service in the year whose population is known.' },
  },
});

const PER_RESIDENT = 'SEK per resident as an exact decimal with four decimals, e.g. "0.7412".';

@ObjectType('BenchmarkPeer', { description: "One member's cost per resident in a peer group. For analysts and admins only." })
export class BenchmarkPeer {
  @Field(() => Member, { description: 'The member.' })
  member!: Member;

  @Field(() => String, { description: `What the member was charged for the service divided by its population: ${PER_RESIDENT}` })
  costPerResident!: string;
}

@ObjectType('PeerGroup', {
  description:
    'The distribution of cost per resident among a fixed group of members (jämförelsegrupp). Shown only when it holds at least five members other than ' +
    'the one benchmarked.',
})
export class PeerGroup {
  @Field(() => PeerGroupKind, { description: 'Which group this is.' })
  kind!: PeerGroupKind;

  @Field(() => PopulationBand, { nullable: true, description: 'The population band of a POPULATION_BAND group; null for all subscribers.' })
  band!: PopulationBand | null;

  @Field(() => Int, { description: 'How many members the group holds, the benchmarked member included.' })
  memberCount!: number;

  @Field(() => String, { description: `The lower quartile (25th percentile, linear interpolation): ${PER_RESIDENT}` })
  lowerQuartile!: string;

  @Field(() => String, { description: `The median: ${PER_RESIDENT}` })
  median!: string;

  @Field(() => String, { description: `The upper quartile (75th percentile, linear interpolation): ${PER_RESIDENT}` })
  upperQuartile!: string;

  @Restricted(Access.ANALYST)
  @Field(() => [BenchmarkPeer], { nullable: true, description: 'Every member of the group by name, lowest cost per resident first. For analysts and admins.' })
  peers!: BenchmarkPeer[];
}

@ObjectType('ServiceBenchmark', {
  description: "How a member's cost per resident for one collaboration service compares with other members' in a year (anonymised for member users).",
})
export class ServiceBenchmark {
  @Field(() => Service, { description: 'The service.' })
  service!: Service;

  @Field(() => Int, { description: 'The calendar year.' })
  year!: number;

  @Field(() => Money, { description: 'What the member was charged for the service in the year.' })
  charged!: Money;

  @Field(() => String, { nullable: true, description: `The charge divided by the member's population: ${PER_RESIDENT} Null when its population is unknown.` })
  costPerResident!: string | null;

  @Field(() => PeerGroup, {
    nullable: true,
    description: 'Members of similar size (population band); null when the band holds fewer than five other members or the population is unknown.',
  })
  populationBand!: PeerGroup | null;

  @Field(() => PeerGroup, {
    nullable: true,
    description:
      'All members charged for the service; null when it holds fewer than five other members, or fewer than five more than the population band ' +
      '(so that no difference of the two groups isolates a member).',
  })
  allSubscribers!: PeerGroup | null;
}
