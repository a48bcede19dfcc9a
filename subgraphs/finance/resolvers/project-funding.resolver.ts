import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { parseAmount } from '../../shared/domain/money';
import { Access, Restricted } from '../../shared/graphql/auth';
import type { RequestContext } from '../../shared/graphql/context';
import { BadUserInputError } from '../../shared/graphql/errors';
import { FundingKind, ProjectFunding } from '../entities/project-funding.entity';
import { checkMemberDuringYear, checkYear, requireProject } from '../rules';
import { ProjectFundingInput } from './project-funding.args';

/** Who gave the money: a grant names its grantor, a contribution its member, never both. */
async function checkFunder(ctx: RequestContext, input: ProjectFundingInput): Promise<void> {
  if (input.kind === FundingKind.GRANT) {
    if (!input.grantor) throw new BadUserInputError('input.grantor', 'a grant needs its grantor, e.g. "VINNOVA"');
    if (input.memberId)
      throw new BadUserInputError('input.memberId', 'a grant comes from a grantor, not a member: leave memberId out or record a MEMBER_CONTRIBUTION');
    return;
  }
  if (!input.memberId) throw new BadUserInputError('input.memberId', 'a member contribution needs the contributing member');
  if (input.grantor) throw new BadUserInputError('input.grantor', 'a member contribution has no grantor: leave grantor out or record a GRANT');
  await checkMemberDuringYear(ctx, input.memberId, input.year, 'input.memberId');
}

@Resolver(() => ProjectFunding)
export class ProjectFundingResolver {
  @Restricted(Access.ADMIN)
  @Mutation(() => ProjectFunding, { description: "Records a grant or a member's contribution to a project (admins)." })
  async recordProjectFunding(
    @Arg('input', () => ProjectFundingInput, { description: 'The funding to record.' }) input: ProjectFundingInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProjectFunding> {
    checkYear(input.year, ctx.today, 'input.year');
    const amountOre = parseAmount(input.amount, 'input.amount');
    await checkFunder(ctx, input);
    await requireProject(ctx, input.projectId, 'input.projectId');
    const funding = ctx.em.create(ProjectFunding, {
      projectId: input.projectId,
      year: input.year,
      kind: input.kind,
      grantor: input.grantor ?? null,
      memberId: input.memberId ?? null,
      amountOre,
      note: input.note ?? null,
    });
    await ctx.em.flush();
    return funding;
  }
}
