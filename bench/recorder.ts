import { createServer } from 'node:http';

export interface Recorder {
  url: string;
  /** Request bodies received since the last call. */
  take(): string[];
  stop(): Promise<void>;
}

/** A pass-through HTTP proxy in front of a subgraph that keeps the bodies the gateway sent it. */
export async function startRecorder(target: string): Promise<Recorder> {
  let bodies: string[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    bodies.push(body);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (request.headers.authorization) headers.authorization = request.headers.authorization;
    const answer = await fetch(target, { method: 'POST', headers, body });
    response.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`,
    take: () => {
      const taken = bodies;
      bodies = [];
      return taken;
    },
    stop: () => new Promise((done) => server.close(() => done())),
  };
}
