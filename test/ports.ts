import { createServer } from 'node:http';

/** A port on 127.0.0.1 that was free a moment ago (nothing listens on it now). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/**
 * A GraphQL URL on which nothing listens: port 4 on loopback is privileged, unassigned and never handed
 * out as an ephemeral port, so a server another test starts at the same moment cannot take it (as it
 * can a port that was free a moment ago); unlike port 1, fetch does not refuse it as a bad port.
 */
export const CLOSED_URL = 'http://127.0.0.1:4/graphql';
