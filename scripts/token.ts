import { parseArgs } from 'node:util';
import { ROLES, type Role, signDevelopmentToken } from '../subgraphs/shared/graphql/auth';
import { config } from '../subgraphs/shared/platform/config';

/**
 * `npm run token -- --role member --member <id>`: prints a development token signed with JWT_SECRET;
 * with `--link`, a link that opens the dashboard signed in with it (the token rides in the fragment, which browsers never send).
 */
async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      member: { type: 'string' },
      subject: { type: 'string' },
      expires: { type: 'string', default: '8h' },
      link: { type: 'boolean' },
    },
  });
  const role = values.role as Exclude<Role, 'anonymous'>;
  if (!ROLES.includes(role) || (role as Role) === 'anonymous') throw new Error('--role must be member, analyst or admin');
  if (role === 'member' && !values.member) throw new Error('--member <member id> is required for --role member');
  const token = await signDevelopmentToken({ role, memberId: values.member, subject: values.subject, expiresIn: values.expires });
  console.log(values.link ? `http://${config().HOST}:${config().GATEWAY_PORT}/dashboard/#token=${token}` : token);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
