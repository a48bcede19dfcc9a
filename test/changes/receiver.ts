import { createServer, type IncomingHttpHeaders } from 'node:http';
import { listen } from '../../subgraphs/shared/platform/http';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** How the receiver answers the next request: with a status, or never. */
export type Answer = number | 'hang';

/** A webhook receiver on loopback that records what it gets and answers as told (200 when nothing is queued). */
export async function startReceiver() {
  const received: Received[] = [];
  const answers: Answer[] = [];
  const waiting: Array<() => void> = [];
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      for (const wake of waiting.splice(0)) wake();
      const answer = answers.shift() ?? 200;
      if (answer !== 'hang') response.writeHead(answer).end();
    });
  });
  const port = await listen(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    answer: (...next: Answer[]) => answers.push(...next),
    /** Forgets the answers still queued: 200 from now on. */
    answerOk: () => answers.splice(0),
    /** Resolves once `count` requests have arrived in all. */
    async receivedAtLeast(count: number, timeoutMs = 20_000): Promise<Received[]> {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`the receiver got ${received.length} requests, not ${count}, within ${timeoutMs} ms`);
        await new Promise<void>((wake) => {
          waiting.push(wake);
          setTimeout(wake, 100);
        });
      }
      return received;
    },
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
