import { randomBytes, randomUUID } from 'node:crypto';
import { knex as connect, type Knex, type MikroORM } from '@mikro-orm/postgresql';
import { subgraphNamed } from '../../subgraphs';
import { openSubgraphOrm } from '../../subgraphs/shared/graphql/subgraph';
import { CREATE_BTREE_GIST, migrate } from '../../subgraphs/shared/platform/database';
import { databaseUrl, dropDatabase, ensureDatabase } from '../../subgraphs/shared/platform/postgres';
import { backendOf, blockedOrDone } from '../locks';

/**
 * Migrations on databases that already hold data (rows written before a migration, including what
 * the defects of the time left behind) and migrations of several subgraphs at the same moment.
 */
let url: string;
let db: Knex;
beforeEach(async () => {
  url = databaseUrl(process.env.TEST_DATABASE_SERVER_URL!, `sambruk_test_${randomBytes(6).toString('hex')}`);
  await ensureDatabase(url);
  db = connect({ client: 'pg', connection: url });
});
afterEach(async () => {
  await db.destroy();
  await dropDatabase(url);
});

/** A subgraph's ORM on the test database, migrated up to and including `upTo`. */
async function migratedTo(subgraph: string, upTo: string): Promise<MikroORM> {
  const definition = subgraphNamed(subgraph);
  const { orm } = await openSubgraphOrm(definition, url);
  await orm.getMigrator().up({ to: upTo });
  return orm;
}

test('two subgraphs creating btree_gist at the same moment both succeed, one after the other', async () => {
  const [first, second] = [await db.transaction(), await db.transaction()];
  try {
    for (const sql of CREATE_BTREE_GIST) await first.raw(sql);
    const secondCreates = (async () => {
      for (const sql of CREATE_BTREE_GIST) await second.raw(sql);
    })();
    await blockedOrDone(db, await backendOf(first), secondCreates);
    await first.commit();
    await secondCreates;
    await second.commit();
  } finally {
    for (const transaction of [first, second]) if (!transaction.isCompleted()) await transaction.rollback();
  }
  expect((await db.raw(`select count(*)::int as installed from pg_extension where extname = 'btree_gist'`)).rows[0].installed).toBe(1);
});

test('services: duplicates from concurrent requests go, and a Classic subscription never ended when XL began ends that day', async () => {
  const orm = await migratedTo('services', 'Migration20261125151454');
  try {
    const service = randomUUID();
    const [member, other] = [randomUUID(), randomUUID()];
    await db.raw(
      `insert into services.service (id, slug, name, description, area, status, started_on, variants, source, created_at, updated_at) values (?, ` +
        `'multifraga', 'Multifråga', 'Financial assistance.', 'SOCIAL_SERVICES', 'ACTIVE', '2012-01-01', '{Classic,XL}', 'SEED', now(), now())`,
      [service],
    );
    const subscription = (variant: string, from: string, memberId = member) =>
      db.raw(
        `insert into services.subscription (id, service_id, member_id, variant, "from", "to", source, created_at, updated_at) values (?, ?, ?, ?, ?, ` +
          `null, 'ENTERED', now(), now())`,
        [randomUUID(), service, memberId, variant, from],
      );
    await subscription('Classic', '2016-10-18');
    await subscription('XL', '2023-03-24');
    await subscription('Classic', '2020-01-01', other);
    await subscription('Classic', '2020-01-01', other);

    await migrate(orm);

    const rows = await db('services.subscription').select('member_id', 'variant', db.raw(`"from"::text`), db.raw(`"to"::text`)).orderBy(['member_id', 'from']);
    expect(rows.filter((row) => row.member_id === member).map((row) => [row.variant, row.from, row.to])).toEqual([
      ['Classic', '2016-10-18', '2023-03-24'],
      ['XL', '2023-03-24', null],
    ]);
    expect(rows.filter((row) => row.member_id === other)).toHaveLength(1);
    await expect(subscription('Classic', '2024-01-01')).rejects.toThrow(/subscription_no_overlap/);
  } finally {
    await orm.close();
  }
});

test("projects: a campaign's endedOn, its last day until now, becomes the first day it no longer runs", async () => {
  const orm = await migratedTo('projects', 'Migration20261201090000');
  try {
    const network = randomUUID();
    await db.raw(
      `insert into projects.network (id, name, topic, description, status, started_on, partners, source, created_at, updated_at) values (?, 'Digidel', ` +
        `'Digital inclusion', 'A network.', 'ACTIVE', '2016-01-01', '{}', 'SEED', now(), now())`,
      [network],
    );
    await db.raw(
      `insert into projects.campaign (id, network_id, name, started_on, ended_on, source) values (?, ?, 'Get Online Week 2017', '2017-03-20', ` +
        `'2017-03-26', 'SEED')`,
      [randomUUID(), network],
    );

    await migrate(orm);

    expect(await db('projects.campaign').select(db.raw(`started_on::text as "from"`), db.raw(`ended_on::text as "to"`))).toEqual([
      { from: '2017-03-20', to: '2017-03-27' },
    ]);
  } finally {
    await orm.close();
  }
});

test('finance: lines that concurrent additions gave one position are numbered again, every line kept', async () => {
  const orm = await migratedTo('finance', 'Migration20261125151709');
  try {
    const budget = randomUUID();
    await db.raw(
      `insert into finance.financial_statement (id, kind, year, version, status, source, created_at) values (?, 'BUDGET', 2024, 'v1', 'PRELIMINARY', ` +
        `'ENTERED', now())`,
      [budget],
    );
    for (const [position, category] of [
      [1, 'Fees'],
      [2, 'Travel'],
      [2, 'Hosting'],
      [3, 'Rent'],
    ] as const) {
      await db.raw(`insert into finance.statement_line (id, statement_id, position, category, kind, amount_ore) values (?, ?, ?, ?, 'COST', 100)`, [
        randomUUID(),
        budget,
        position,
        category,
      ]);
    }

    await migrate(orm);

    const lines = await db('finance.statement_line').where({ statement_id: budget }).orderBy('position').select('position', 'category');
    expect(lines.map((line) => line.position)).toEqual([1, 2, 3, 4]);
    expect(lines.map((line) => line.category).sort()).toEqual(['Fees', 'Hosting', 'Rent', 'Travel']);
    expect(lines.at(-1)!.category).toBe('Rent');
  } finally {
    await orm.close();
  }
});

test('finance: charges recorded before charges named their subscription are kept, without one; a subscription is charged once a year', async () => {
  const orm = await migratedTo('finance', 'Migration20261201090000');
  try {
    const [member, service, subscription] = [randomUUID(), randomUUID(), randomUUID()];
    const charge = (year: number, subscriptionId?: string) =>
      db.raw(
        `insert into finance.service_charge (id, member_id, service_id, year, amount_ore, source${subscriptionId ? ', subscription_id' : ''}) values ` +
          `(?, ?, ?, ?, 100, 'ENTERED'${subscriptionId ? ', ?' : ''})`,
        [randomUUID(), member, service, year, ...(subscriptionId ? [subscriptionId] : [])],
      );
    await charge(2022);
    await charge(2023);

    await migrate(orm);

    const rows = await db('finance.service_charge').where({ member_id: member }).orderBy('year').select('year', 'subscription_id', 'amount_ore');
    expect(rows).toEqual([
      { year: 2022, subscription_id: null, amount_ore: '100' },
      { year: 2023, subscription_id: null, amount_ore: '100' },
    ]);
    await charge(2024, subscription);
    await expect(charge(2024, subscription)).rejects.toThrow(/service_charge_subscription_id_year_sequence_unique/);
  } finally {
    await orm.close();
  }
});

test('projects: free-text partners become partner records with a role each, and seminars become member-organised events', async () => {
  const orm = await migratedTo('projects', 'Migration20261203110000');
  try {
    const [project, network, seminar, member] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await db.raw(
      `insert into projects.project (id, name, description, phase, partners, source, created_at, updated_at) values (?, 'Kravmotor', 'A tool.', 'IDEA', ` +
        `'{OS2,Inera}', 'SEED', now(), now())`,
      [project],
    );
    await db.raw(
      `insert into projects.network (id, name, topic, description, status, started_on, partners, source, created_at, updated_at) values (?, 'Signing', ` +
        `'Signing', 'A network.', 'ACTIVE', '2021-09-01', '{OS2}', 'ENTERED', now(), now())`,
      [network],
    );
    await db.raw(
      `insert into projects.seminar (id, title, held_on, format, network_id, organiser_id, attendees, source) values (?, 'Signing in practice', ` +
        `'2023-02-09', 'DIGITAL', ?, ?, 64, 'DEMO')`,
      [seminar, network, member],
    );

    await migrate(orm);

    expect(await db('projects.partner').orderBy('name').select('name', 'kind', 'source')).toEqual([
      { name: 'Inera', kind: 'OTHER', source: 'ENTERED' },
      { name: 'OS2', kind: 'OTHER', source: 'ENTERED' },
    ]);
    const roles = await db('projects.project_partner_role as r')
      .join('projects.partner as p', 'p.id', 'r.partner_id')
      .orderBy('p.name')
      .select('p.name', 'r.role', 'r.source');
    expect(roles).toEqual([
      { name: 'Inera', role: 'COLLABORATOR', source: 'SEED' },
      { name: 'OS2', role: 'COLLABORATOR', source: 'SEED' },
    ]);
    expect(await db('projects.network_partner_role').count({ roles: '*' })).toEqual([{ roles: '1' }]);
    expect(await db('projects.event').select('kind', 'organiser_kind', 'organiser_member_id', 'sambruk_role', 'attendees')).toEqual([
      { kind: 'SEMINAR', organiser_kind: 'MEMBER', organiser_member_id: member, sambruk_role: 'CO_ORGANISER', attendees: 64 },
    ]);
    await expect(
      db.raw(
        `insert into projects.event (id, title, kind, held_on, format, organiser_kind, sambruk_role, source) values (?, 'x', 'SEMINAR', '2024-01-01', 'DIGITAL', 'MEMBER', 'HOST', 'ENTERED')`,
        [randomUUID()],
      ),
    ).rejects.toThrow(/event_organiser_check/);
  } finally {
    await orm.close();
  }
});

test("services: a service's management partner becomes a MANAGEMENT role of the partner with the same id", async () => {
  const orm = await migratedTo('services', 'Migration20261203090000');
  try {
    const [partner, service] = [randomUUID(), randomUUID()];
    await db.raw(`insert into services.management_partner (id, name, description, source) values (?, 'Resursen Sverige AB', 'Runs Provisum.', 'SEED')`, [
      partner,
    ]);
    await db.raw(
      `insert into services.service (id, slug, name, description, area, status, started_on, partner_id, variants, source, created_at, updated_at) values (?, ` +
        `'provisum', 'Provisum', 'Guardianship.', 'GUARDIANSHIP', 'ACTIVE', '2015-01-01', ?, '{}', 'SEED', now(), now())`,
      [service, partner],
    );

    await migrate(orm);

    expect(await db('services.service_partner_role').select('service_id', 'partner_id', 'role', 'from', 'to', 'source')).toEqual([
      { service_id: service, partner_id: partner, role: 'MANAGEMENT', from: null, to: null, source: 'SEED' },
    ]);
    expect((await db.raw(`select to_regclass('services.management_partner') as "table"`)).rows[0].table).toBeNull();
  } finally {
    await orm.close();
  }
});

test('membership: every member has one identity, its name and kind from the day it joined, and records added by issues 13 and 14 their timestamps', async () => {
  const orm = await migratedTo('membership', 'Migration20261203110000');
  try {
    const member = randomUUID();
    await db.raw(
      `insert into membership.member (id, name, kind, organisation_number, joined_on, source, created_at, updated_at) values ` +
        `(?, 'Jönköpings läns landsting', 'COUNTY_COUNCIL', '232100-0057', '2008-04-27', 'SEED', now(), now())`,
      [member],
    );
    await db.raw(`insert into membership.member_population (id, member_id, "on", population) values (?, ?, '2022-11-01', 366000)`, [randomUUID(), member]);

    await migrate(orm);

    const identities = await db('membership.member_identity').where({ member_id: member }).select('name', 'kind', db.raw(`"from"::text`), 'to', 'source');
    expect(identities).toEqual([{ name: 'Jönköpings läns landsting', kind: 'COUNTY_COUNCIL', from: '2008-04-27', to: null, source: 'SEED' }]);
    expect((await db('membership.member').where({ id: member }).select(db.raw(`identity_from::text`)))[0].identity_from).toBe('2008-04-27');
    const [population] = await db('membership.member_population').where({ member_id: member }).select('created_at', 'updated_at');
    expect(population.created_at).toBeInstanceOf(Date);
    expect(population.updated_at).toEqual(population.created_at);
  } finally {
    await orm.close();
  }
});
