import { createServer } from 'node:http';
import { drainable } from '../../subgraphs/shared/platform/drain';

test('draining answers the request in flight, closes idle keep-alive connections and accepts no new ones', async () => {
  let answerSlow: (() => void) | undefined;
  const server = createServer((request, response) => {
    if (request.url === '/slow') answerSlow = () => response.end('slow');
    else response.end('fast');
  });
  const drain = drainable(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  expect(await (await fetch(`${url}/fast`)).text()).toBe('fast');
  const slow = fetch(`${url}/slow`);
  while (!answerSlow) await new Promise((done) => setTimeout(done, 10));

  let closed = false;
  const drained = drain(60_000).then(() => (closed = true));
  await expect(fetch(`${url}/fast`)).rejects.toThrow();
  expect(closed).toBe(false);
  answerSlow();
  const response = await slow;
  expect(response.headers.get('connection')).toBe('close');
  expect(await response.text()).toBe('slow');
  await drained;
  expect(closed).toBe(true);
});
