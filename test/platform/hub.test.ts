import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { startHub } from '../hub';

test('a hub leaves nothing behind when it stops: its supergraph folder is removed with it', async () => {
  const hub = await startHub(['membership']);
  const folder = dirname(hub.supergraphPath);
  expect(existsSync(hub.supergraphPath)).toBe(true);
  await hub.stop();
  expect(existsSync(folder)).toBe(false);
});
