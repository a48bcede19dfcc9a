import { ArrayMaxSize, ArrayUnique, IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { PopulationBand, ReportDimension, ReportOrder } from '../types/finance-report.type';

@InputType({ description: 'Which payments a finance report covers; every list left out (or null) does not narrow it.' })
export class FinanceReportFilter {
  @Field(() => [ID], { nullable: true, description: 'Only what these members paid.' })
  @IsOptional()
  @ArrayMaxSize(5000)
  memberIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only charges for these services (which leaves out fees and contributions).' })
  @IsOptional()
  @ArrayMaxSize(1000)
  serviceIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Only members in these counties (län), by name in any case or by länskod, e.g. 'stockholms län' or '01'.",
  })
  @IsOptional()
  @ArrayMaxSize(100)
  counties?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only members of these kinds (MemberKind values, e.g. MUNICIPALITY).' })
  @IsOptional()
  @ArrayMaxSize(20)
  memberKinds?: string[] | null;

  @Field(() => [PopulationBand], { nullable: true, description: 'Only members in these population bands.' })
  @IsOptional()
  populationBands?: PopulationBand[] | null;
}

@InputType({ description: 'What a finance report covers and how it groups it.' })
export class FinanceReportInput {
  @Field(() => Int, { description: 'The first year.' })
  fromYear!: number;

  @Field(() => Int, { description: 'The last year (included); at most 30 years after fromYear.' })
  toYear!: number;

  @Field(() => [ReportDimension], { description: 'Up to three different dimensions to group by, e.g. [SERVICE, COUNTY]; none gives only the total.' })
  @ArrayMaxSize(3, { message: 'group by at most three dimensions' })
  @ArrayUnique({ message: 'name each dimension once' })
  dimensions!: ReportDimension[];

  @Field(() => FinanceReportFilter, { nullable: true, description: 'Which payments to cover; all when left out.' })
  @IsOptional()
  @ValidateNested()
  filter?: FinanceReportFilter | null;

  @Field(() => ReportOrder, { nullable: true, description: 'The order of the rows; DIMENSIONS when left out.' })
  @IsOptional()
  orderBy?: ReportOrder | null;
}
