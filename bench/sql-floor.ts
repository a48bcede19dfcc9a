import { createServer, type IncomingMessage } from 'node:http';
import { Pool } from 'pg';
import { config } from '../subgraphs/shared/platform/config';

/**
 * The floor of the benchmark: each bench operation answered by ONE hand-written SQL statement that
 * reads across the subgraphs' schemas and builds the GraphQL answer's JSON itself, served by a bare
 * node:http handler over a pg Pool. No GraphQL, no ORM, no federation: what the data alone costs.
 * `DATABASE_URL=… node dist/bench/sql-floor.js <port>`; POST {"operation": "<name>", "variables": {…}}.
 */

/** An amount in öre as the API writes it: SEK with two decimals, e.g. "722089.00". */
const amount = (ore: string) => `((coalesce(${ore}, 0))::numeric / 100)::numeric(30, 2)::text`;
const money = (ore: string) => `json_build_object('amount', ${amount(ore)})`;
const list = (aggregate: string) => `coalesce(${aggregate}, '[]'::json)`;
const covering = (alias: string, day: string) => `${alias}."from" <= ${day} and (${alias}."to" is null or ${alias}."to" > ${day})`;

interface FloorQuery {
  sql: string;
  params(variables: Record<string, unknown>): unknown[];
}

const MEMBER_COST_VIEW = `
select json_build_object('member', (
  select json_build_object(
    'name', m.name,
    'county', m.county,
    'services', ${list(`(
      select json_agg(json_build_object('name', s.name, 'council', (
        select json_build_object('seats', ${list(`(
          select json_agg(json_build_object('person', seat.person, 'role', seat.role, 'member', json_build_object('name', holder.name))
            order by seat.role, seat."from", seat.id)
          from services.council_seat seat join membership.member holder on holder.id = seat.member_id
          where seat.council_id = council.id and ${covering('seat', '$3::date')})`)})
        from services.council council where council.service_id = s.id)) order by s.name collate "C")
      from services.service s
      where s.id in (select used.service_id from services.subscription used where used.member_id = m.id and ${covering('used', '$3::date')}))`)},
    'costStatement', json_build_object(
      'membershipFee', (select json_build_object('amount', ${money('fee.amount_ore')})
        from finance.membership_fee fee where fee.member_id = m.id and fee.year = $2),
      'serviceCharges', ${list(`(
        select json_agg(json_build_object('service', json_build_object('name', s.name), 'amount', ${money('charge.amount_ore')})
          order by charge.amount_ore desc, charge.service_id)
        from finance.service_charge charge join services.service s on s.id = charge.service_id
        where charge.member_id = m.id and charge.year = $2)`)},
      'total', json_build_object('amount', ${amount(`(
        select sum(paid.amount_ore) from (
          select amount_ore from finance.membership_fee where member_id = m.id and year = $2
          union all select amount_ore from finance.service_charge where member_id = m.id and year = $2
          union all select amount_ore from finance.project_funding where member_id = m.id and year = $2 and kind = 'MEMBER_CONTRIBUTION') paid)`)},
        'currency', 'SEK')))
  from membership.member m where m.id = $1::uuid))`;

const MEMBERS_COST_STATEMENTS = `
with page as (select id, name from membership.member order by name collate "sv-SE-x-icu", id limit 300),
  charges as (select member_id, sum(amount_ore) as ore from finance.service_charge where year = $1 group by member_id),
  fees as (select member_id, sum(amount_ore) as ore from finance.membership_fee where year = $1 group by member_id),
  contributions as (select member_id, sum(amount_ore) as ore from finance.project_funding where year = $1 and kind = 'MEMBER_CONTRIBUTION' group by member_id)
select json_build_object('members', json_build_object(
  'totalCount', (select count(*) from membership.member),
  'nodes', ${list(`(
    select json_agg(json_build_object('id', page.id, 'name', page.name, 'costStatement', json_build_object(
      'serviceChargesTotal', ${money('charges.ore')},
      'projectContributionsTotal', ${money('contributions.ore')},
      'total', ${money('coalesce(fees.ore, 0) + coalesce(charges.ore, 0) + coalesce(contributions.ore, 0)')}))
      order by page.name collate "sv-SE-x-icu", page.id)
    from page left join charges on charges.member_id = page.id left join fees on fees.member_id = page.id
      left join contributions on contributions.member_id = page.id)`)}))`;

/** The cost report; $2 is the grouping (SERVICE or COUNTY), the key ordering and ties as in finance's report. */
const COST_REPORT = `
with payments as (
    select 'fee' as part, member_id, null::uuid as service_id, amount_ore from finance.membership_fee where year = $1
    union all select 'charge', member_id, service_id, amount_ore from finance.service_charge where year = $1
    union all select 'contribution', member_id, null, amount_ore from finance.project_funding where year = $1 and kind = 'MEMBER_CONTRIBUTION'),
  keyed as (
    select payments.*, case $2 when 'SERVICE' then payments.service_id::text else m.county end as key
    from payments left join membership.member m on m.id = payments.member_id),
  groups as (
    select key, count(distinct member_id) as members, sum(amount_ore) filter (where part = 'fee') as fees,
      sum(amount_ore) filter (where part = 'charge') as charges, sum(amount_ore) as total
    from keyed group by key)
select json_build_object('costReport', json_build_object(
  'rows', ${list(`(
    select json_agg(json_build_object('key', groups.key, 'service', case when s.id is null then null else json_build_object('name', s.name) end,
      'memberCount', groups.members, 'membershipFees', ${money('groups.fees')}, 'serviceCharges', ${money('groups.charges')}, 'total', ${money('groups.total')})
      order by groups.total desc, coalesce(groups.key, 'null'))
    from groups left join services.service s on $2 = 'SERVICE' and s.id::text = groups.key)`)},
  'total', ${money('(select sum(amount_ore) from payments)')}))`;

const SERVICE_SUBSCRIBERS = `
select json_build_object('service', (
  select json_build_object('name', s.name, 'status', s.status, 'subscriptions', ${list(`(
    select json_agg(json_build_object('from', used."from", 'to', used."to", 'variant', used.variant,
      'member', json_build_object('name', m.name, 'kind', m.kind, 'county', m.county)) order by used."from", used.id)
    from services.subscription used join membership.member m on m.id = used.member_id where used.service_id = s.id)`)})
  from services.service s where s.slug = $1))`;

/** A service's management partner as Service.partner answers it: the first MANAGEMENT role still held, else the last one (by first day, then id). */
const MANAGEMENT_PARTNER = `
  select roles.partner_id from (
    select r.partner_id, r."to", row_number() over (order by r."from" nulls last, r.id) as position
    from services.service_partner_role r where r.service_id = s.id and r.role = 'MANAGEMENT') roles
  order by roles."to" is null desc, case when roles."to" is null then roles.position else -roles.position end limit 1`;

const PUBLIC_CATALOGUE = `
select json_build_object('services', json_build_object(
  'totalCount', (select count(*) from services.service),
  'nodes', ${list(`(
    select json_agg(json_build_object('slug', s.slug, 'name', s.name, 'area', s.area, 'status', s.status, 'startedOn', s.started_on,
      'description', s.description, 'partner', case when p.id is null then null else json_build_object('name', p.name) end) order by s.name collate "sv-SE-x-icu", s.id)
    from (select * from services.service order by name collate "sv-SE-x-icu", id limit 100) s
      left join lateral (${MANAGEMENT_PARTNER}) managing on true left join projects.partner p on p.id = managing.partner_id)`)}))`;

/** The finance report by service and county over a year range ($1–$2), with population and cost per resident as finance computes them. */
const FINANCE_REPORT_SERVICE_COUNTY = `
with payments as (
    select member_id, null::uuid as service_id, amount_ore from finance.membership_fee where year between $1 and $2
    union all select member_id, service_id, amount_ore from finance.service_charge where year between $1 and $2
    union all select member_id, null, amount_ore from finance.project_funding where year between $1 and $2 and kind = 'MEMBER_CONTRIBUTION'),
  keyed as (select payments.*, m.county, m.population from payments left join membership.member m on m.id = payments.member_id),
  groups as (
    select service_id, county, count(distinct member_id) as members, sum(amount_ore) as total,
      sum(amount_ore) filter (where population is not null) as inhabited_paid
    from keyed group by service_id, county),
  populations as (
    select service_id, county, sum(population) as population
    from (select distinct service_id, county, member_id, population from keyed where population is not null) inhabited group by service_id, county)
select json_build_object('financeReport', json_build_object(
  'rows', ${list(`json_agg(json_build_object(
    'service', case when g.service_id is null then null else json_build_object('name', s.name) end,
    'county', g.county, 'memberCount', g.members, 'total', ${money('g.total')}, 'population', p.population,
    'perResident', case when p.population > 0 then ${money('round(g.inhabited_paid::numeric / p.population)')} end)
    order by g.service_id::text collate "C" nulls last, g.county collate "sv-SE-x-icu" nulls last)`)},
  'total', json_build_object('total', ${money('(select sum(amount_ore) from payments)')})))
from groups g left join populations p on p.service_id is not distinct from g.service_id and p.county is not distinct from g.county
  left join services.service s on s.id = g.service_id`;

/** A member's statements over a year range ($2–$3): one per year it paid anything, or was a member in a year any fee is recorded for; otherwise why not. */
const MEMBERS_COST_SERIES = `
with paid as (
    select year, amount_ore from finance.membership_fee where member_id = $1::uuid and year between $2 and $3
    union all select year, amount_ore from finance.service_charge where member_id = $1::uuid and year between $2 and $3
    union all select year, amount_ore from finance.project_funding
      where member_id = $1::uuid and year between $2 and $3 and kind = 'MEMBER_CONTRIBUTION'),
  years as (
    select y.year, (select sum(amount_ore) from paid where paid.year = y.year) as ore, exists(select from paid where paid.year = y.year) as paying,
      exists(select from finance.membership_fee recorded where recorded.year = y.year) as recorded,
      exists(select from membership.member m where m.id = $1::uuid and m.joined_on < make_date(y.year + 1, 1, 1)
        and (m.left_on is null or m.left_on > make_date(y.year, 1, 1))) as member
    from generate_series($2::int, $3::int) as y(year))
select json_build_object('member', (
  select json_build_object('name', m.name, 'costStatements', ${list(`(
    select json_agg(json_build_object(
      'year', years.year,
      'missingReason', case when years.paying or (years.member and years.recorded) then null when years.member then 'NOT_RECORDED' else 'NOT_A_MEMBER' end,
      'statement', case when years.paying or (years.member and years.recorded) then json_build_object('total', ${money('years.ore')}) end)
      order by years.year)
    from years)`)})
  from membership.member m where m.id = $1::uuid))`;

/** Members active, joined and left per year ($1–$2) by kind and county, in the order of their text (nulls last). */
const MEMBER_COUNTS = `
with counts as (
  select y.year, kind_then.kind::text as kind, m.county::text as county, count(*)::int as active,
    (count(*) filter (where m.joined_on >= make_date(y.year, 1, 1)))::int as started,
    (count(*) filter (where m.left_on <= make_date(y.year + 1, 1, 1)))::int as ended
  from generate_series($1::int, $2::int) as y(year)
    join membership.member m on m.joined_on < make_date(y.year + 1, 1, 1) and (m.left_on is null or m.left_on > make_date(y.year, 1, 1))
    cross join lateral (select least(make_date(y.year, 12, 31), m.left_on - 1) as last_day) d
    cross join lateral (select i.kind from membership.member_identity i where i.member_id = m.id
      order by i."from" <= d.last_day desc, case when i."from" <= d.last_day then i."from" end desc, i."from" limit 1) kind_then
  group by 1, 2, 3)
select json_build_object('memberCounts', ${list(`json_agg(json_build_object(
  'year', year, 'kind', kind, 'county', county, 'active', active, 'started', started, 'ended', ended) order by year, kind, county)`)})
from counts`;

const inYear = (alias: string) => `${alias}."from" < make_date(y.year + 1, 1, 1) and (${alias}."to" is null or ${alias}."to" > make_date(y.year, 1, 1))`;

/** Subscriptions per year ($1–$2) by service and the members' county (members without one first), and council seats per service. */
const SUBSCRIPTION_COUNTS = `
with subscriptions as (
    select y.year, used.service_id, m.county, count(*)::int as active, count(distinct used.member_id)::int as members
    from generate_series($1::int, $2::int) as y(year) join services.subscription used on ${inYear('used')}
      left join membership.member m on m.id = used.member_id
    group by 1, 2, 3),
  seats as (
    select y.year, seat.council_id, count(*)::int as active
    from generate_series($1::int, $2::int) as y(year) join services.council_seat seat on ${inYear('seat')}
    group by 1, 2)
select json_build_object(
  'subscriptionCounts', ${list(`(
    select json_agg(json_build_object('year', c.year, 'service', json_build_object('name', s.name), 'county', c.county, 'active', c.active, 'members', c.members)
      order by c.year, c.service_id::text collate "C", c.county collate "sv-SE-x-icu" nulls first)
    from subscriptions c join services.service s on s.id = c.service_id)`)},
  'councilSeatCounts', ${list(`(
    select json_agg(json_build_object('year', c.year, 'service', json_build_object('name', s.name), 'active', c.active)
      order by c.year, c.council_id::text collate "C")
    from seats c join services.council council on council.id = c.council_id join services.service s on s.id = council.service_id)`)})`;

const QUERIES: Record<string, FloorQuery> = {
  'member-cost-view': { sql: MEMBER_COST_VIEW, params: (v) => [v.id, v.year, v.on] },
  'members-cost-statements': { sql: MEMBERS_COST_STATEMENTS, params: (v) => [v.year] },
  'cost-report-by-service': { sql: COST_REPORT, params: (v) => [v.year, v.groupBy] },
  'cost-report-by-county': { sql: COST_REPORT, params: (v) => [v.year, v.groupBy] },
  'service-subscribers': { sql: SERVICE_SUBSCRIBERS, params: (v) => [v.slug] },
  'public-catalogue': { sql: PUBLIC_CATALOGUE, params: () => [] },
  'members-cost-series': { sql: MEMBERS_COST_SERIES, params: (v) => [v.id, v.fromYear, v.toYear] },
  'member-counts': { sql: MEMBER_COUNTS, params: (v) => [v.fromYear, v.toYear] },
  'subscription-counts': { sql: SUBSCRIPTION_COUNTS, params: (v) => [v.fromYear, v.toYear] },
  'finance-report-service-county': {
    sql: FINANCE_REPORT_SERVICE_COUNTY,
    params: (v) => [(v.input as { fromYear: number }).fromYear, (v.input as { toYear: number }).toYear],
  },
};

async function readJson(request: IncomingMessage): Promise<{ operation: string; variables?: Record<string, unknown> }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function main() {
  const pool = new Pool({ connectionString: config().DATABASE_URL, max: 10 });
  const server = createServer(async (request, response) => {
    try {
      const { operation, variables = {} } = await readJson(request);
      const query = QUERIES[operation];
      if (!query) {
        response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: `no floor query for "${operation}"` }] }));
        return;
      }
      const { rows } = await pool.query({ name: operation, text: `select (${query.sql})::text as data`, values: query.params(variables) });
      response.writeHead(200, { 'content-type': 'application/json' }).end(`{"data":${rows[0].data}}`);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
  server.keepAliveTimeout = 65_000;
  server.listen(Number(process.argv[2]), '127.0.0.1');
}

main();
