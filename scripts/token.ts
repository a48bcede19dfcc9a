import { parseArgs } from 'node:util';
import { ROLES, type Role, signDevelopmentToken } from '../subgraphs/shared/graphql/auth';

/** `npm run token -- --role member --member <id>`: prints a development token signed with JWT_SECRET. */
async function main() {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, member: { type: 'string' }, subject: { type: 'string' }, expires: { type: 'string', default: '8h' } },
  });
  const role = values.role as Exclude<Role, 'anonymous'>;
  if (!ROLES.includes(role) || (role as Role) === 'anonymous') throw new Error('--role must be member, analyst or admin');
  if (role === 'member' && !values.member) throw new Error('--member <member id> is required for --role member');
  console.log(await signDevelopmentToken({ role, memberId: values.member, subject: values.subject, expiresIn: values.expires }));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
