import { IsEmail, IsOptional, Length, Matches } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { Access, requireAccess, Restricted } from '../../shared/graphql/auth';
import { definedChanges } from '../../shared/graphql/changes';
import type { RequestContext } from '../../shared/graphql/context';
import { findOrFail } from '../../shared/graphql/lookup';
import { Member } from '../entities/member.entity';
import { Representative } from '../entities/representative.entity';
import { membersById } from '../loaders';

const PHONE = /^\+?[0-9 ()-]{6,20}$/;

@InputType({ description: 'A person who represents a member.' })
export class RepresentativeInput {
  @Field(() => String, { description: 'Full name.' })
  @Length(2, 200)
  name!: string;

  @Field(() => String, { description: 'Role towards Sambruk, e.g. "Formal representative".' })
  @Length(2, 100)
  role!: string;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address such as anna.andersson@nacka.se' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number, digits with optional +, spaces and hyphens.' })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number such as +46 8 123 45 67' })
  phone?: string | null;
}

@InputType({ description: 'Changes to a representative; fields left out stay as they are.' })
export class UpdateRepresentativeInput {
  @Field(() => String, { nullable: true, description: 'Full name.' })
  @IsOptional()
  @Length(2, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Role towards Sambruk.' })
  @IsOptional()
  @Length(2, 100)
  role?: string;

  @Field(() => String, { nullable: true, description: 'E-mail address; null to remove.' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address such as anna.andersson@nacka.se' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number; null to remove.' })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number such as +46 8 123 45 67' })
  phone?: string | null;
}

@Resolver(() => Representative)
export class RepresentativeResolver {
  @FieldResolver(() => Member, { description: 'The member this person represents.' })
  async member(@Root() representative: Representative, @Ctx() ctx: RequestContext): Promise<Member> {
    return (await membersById(ctx).load(representative.member.id))!;
  }

  @Restricted(Access.OWN_MEMBER)
  @Mutation(() => Representative, { description: 'Adds a representative or contact to a member (admins, or the member\'s own users).' })
  async addRepresentative(
    @Arg('memberId', () => ID) memberId: string,
    @Arg('input', () => RepresentativeInput) input: RepresentativeInput,
    @Ctx() { em }: RequestContext,
  ): Promise<Representative> {
    const member = await findOrFail(em, Member, memberId, 'memberId', 'member');
    const representative = em.create(Representative, { member, name: input.name, role: input.role, email: input.email ?? null, phone: input.phone ?? null });
    await em.flush();
    return representative;
  }

  @Restricted(Access.MEMBER)
  @Mutation(() => Representative, { description: 'Changes a representative\'s details (admins, or the member\'s own users).' })
  async updateRepresentative(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateRepresentativeInput) input: UpdateRepresentativeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Representative> {
    const { em } = ctx;
    const representative = await findOrFail(em, Representative, id, 'id', 'representative');
    requireAccess(ctx, [Access.OWN_MEMBER], representative.member.id, 'changing this representative');
    em.assign(representative, definedChanges(input, ['email', 'phone']));
    await em.flush();
    return representative;
  }

  @Restricted(Access.MEMBER)
  @Mutation(() => ID, { description: 'Removes a representative; answers the removed id (admins, or the member\'s own users).' })
  async removeRepresentative(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    const { em } = ctx;
    const representative = await findOrFail(em, Representative, id, 'id', 'representative');
    requireAccess(ctx, [Access.OWN_MEMBER], representative.member.id, 'removing this representative');
    await em.remove(representative).flush();
    return id;
  }
}
