import { IsEmail, IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';

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
