import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { activeOn } from '../../shared/domain/periods';
import type { RequestContext } from '../../shared/graphql/context';
import { DateScalar } from '../../shared/graphql/scalars';
import { Association } from '../entities/association.entity';
import { BoardTerm } from '../entities/board-term.entity';
import { Office, OfficeRole, OfficeStatus } from '../entities/office.entity';

const ROLE_ORDER = Object.values(OfficeRole);
const STATUS_ORDER = Object.values(OfficeStatus);

@Resolver(() => Association)
export class AssociationResolver {
  @Query(() => Association, { description: 'Sambruk itself: name, organisation number, seat, founding, vision, its board terms and offices.' })
  async association(@Ctx() { em }: RequestContext): Promise<Association> {
    const [association] = await em.find(Association, {}, { limit: 1 });
    return association;
  }

  @Query(() => [Office], {
    description: "Sambruk's staff, secretary, nominating committee, auditors and bought-in services: those held on a day, or all when `on` is left out.",
  })
  async offices(
    @Arg('on', () => DateScalar, { nullable: true, description: 'The day; every recorded office when left out.' }) on: string | null,
    @Ctx() { em }: RequestContext,
  ): Promise<Office[]> {
    const offices = await em.find(Office, activeOn<Office>(on), { orderBy: { from: 'asc', id: 'asc' } });
    return offices.sort(
      (a, b) =>
        a.from.localeCompare(b.from) ||
        ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
        STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
    );
  }

  @FieldResolver(() => [BoardTerm], { description: 'Every recorded board term, oldest first.' })
  boardTerms(@Root() _association: Association, @Ctx() { em }: RequestContext): Promise<BoardTerm[]> {
    return em.find(BoardTerm, {}, { orderBy: { electedOn: 'asc' } });
  }
}
