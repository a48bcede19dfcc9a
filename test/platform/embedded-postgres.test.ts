import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../subgraphs/shared/postgres';

test('the embedded default boots a real PostgreSQL on a free port and keeps its data across a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sambruk-embedded-'));
  const query = async (url: string, sql: string) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };
  const first = await startEmbeddedPostgres(dir);
  try {
    expect(new URL(first.url).port).not.toBe('5432');
    const [{ server_version_num }] = await query(first.url, 'show server_version_num');
    expect(Number(server_version_num)).toBeGreaterThanOrEqual(180000);
    await query(first.url, "create table kept (name text); insert into kept values ('Västerås')");
  } finally {
    await first.stop();
  }
  const second = await startEmbeddedPostgres(dir);
  try {
    expect(await query(second.url, 'select name from kept')).toEqual([{ name: 'Västerås' }]);
  } finally {
    await second.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
