import { createServer } from 'node:http';
import type { Socket } from 'node:net';

/** What the proxy does to the requests it gets: hold each for a while, never answer, or drop the connection. */
export type Fault = { delayMs: number } | 'freeze' | 'reset';

export interface Recorder {
  url: string;
  /** Request bodies received since the last call. */
  take(): string[];
  /** Requests received so far, answered or not. */
  received(): number;
  /** From now on, applies `fault` to every request (none: passes them through). */
  fault(fault?: Fault): void;
  stop(): Promise<void>;
}

/** A pass-through HTTP proxy in front of a subgraph that keeps the bodies the gateway sent it, and can be made slow, frozen or dead. */
export async function startRecorder(target: string): Promise<Recorder> {
  let bodies: string[] = [];
  let received = 0;
  let fault: Fault | undefined;
  const frozen: Socket[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    received += 1;
    if (request.method === 'POST') bodies.push(body);
    const now = fault;
    if (now === 'reset') return request.socket.destroy();
    if (now === 'freeze') return void frozen.push(request.socket);
    if (now) await new Promise((done) => setTimeout(done, now.delayMs));
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (request.headers.authorization) headers.authorization = request.headers.authorization;
    try {
      const answer = await fetch(new URL(request.url ?? '/', target), { method: request.method, headers, body: request.method === 'POST' ? body : undefined });
      response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(await answer.text());
    } catch {
      response.writeHead(502).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`,
    take: () => {
      const taken = bodies;
      bodies = [];
      return taken;
    },
    received: () => received,
    fault: (next) => {
      fault = next;
    },
    stop: () => {
      for (const socket of frozen) socket.destroy();
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
