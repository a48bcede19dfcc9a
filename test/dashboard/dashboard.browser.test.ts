import { existsSync, mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { DashboardMemberDocument, type DashboardMemberFragment } from '../../gateway/dashboard/generated/graphql';
import type { RunningGateway } from '../../gateway/server';
import { signDevelopmentToken } from '../../subgraphs/shared/graphql/auth';
import { config } from '../../subgraphs/shared/platform/config';
import { SearchMembersDocument } from '../generated/graphql';
import { ANALYST, type Caller, dataOf, type Hub, memberUser, startHub } from '../hub';
import { browserSource, launchBrowser } from './browser';

const browser$ = browserSource();
const built = existsSync(`${config().DASHBOARD_DIR}/index.html`);
if (!browser$.source) console.warn(`SKIPPED dashboard browser tests: ${browser$.reason}`);
if (!built) console.warn(`SKIPPED dashboard browser tests: ${config().DASHBOARD_DIR} is missing (npm run build builds the dashboard)`);
const describeInBrowser = browser$.source && built ? describe : describe.skip;

/** The dashboard shows the six years up to 2023, the seed's last year of charges. */
const YEAR = 2023;
const variables = { day: `${YEAR}-12-31`, y0: YEAR - 5, y1: YEAR - 4, y2: YEAR - 3, y3: YEAR - 2, y4: YEAR - 1, y5: YEAR };
/** The README's pictures are rewritten only when asked (UPDATE_SCREENSHOTS=1); otherwise a test run leaves the tree as it was. */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? 'docs' : '.data/screenshots';
const kronor = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 });

describeInBrowser('the member dashboard in a real browser (headless Chromium)', () => {
  let hub: Hub;
  let trustedOnly: RunningGateway;
  let browser: Browser;
  let nacka: string;
  let lund: string;
  const origin = () => new URL(trustedOnly.url).origin;

  beforeAll(async () => {
    hub = await startHub(['membership', 'services', 'finance']);
    // The page sends trusted documents only, so it is served by a gateway that runs nothing else.
    trustedOnly = await hub.startGateway({ settings: { ARBITRARY_OPERATIONS: 'none' } });
    const idOf = async (search: string) => dataOf(await hub.request(SearchMembersDocument, { search, first: 1 })).members.nodes[0].id;
    [nacka, lund] = [await idOf('Nacka'), await idOf('Lunds kommun')];
    browser = await launchBrowser(browser$.source!);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  /** A page signed in with a development link (`npm run token -- --link`), recording every request it makes. */
  async function open(caller: Caller, query = ''): Promise<{ page: Page; requests: Array<{ url: string; body: string | null }> }> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'sv-SE' });
    const requests: Array<{ url: string; body: string | null }> = [];
    page.on('request', (request) => requests.push({ url: request.url(), body: request.postData() }));
    await page.goto(`${origin()}/dashboard/?år=${YEAR}${query}#token=${await signDevelopmentToken(caller)}`);
    return { page, requests };
  }

  /** What the API answers for the member, asked as the page asks it. */
  const apiMember = async (id: string, caller: Caller) => dataOf(await hub.request(DashboardMemberDocument, { id, ...variables }, { as: caller })).member!;

  /** The page's cost table and benchmark table, read as raw amounts and as the text shown. */
  async function figuresOnPage(page: Page) {
    const totals = await page.$$eval('[data-total]', (cells) =>
      cells.map((cell) => [cell.getAttribute('data-total'), cell.getAttribute('data-amount'), cell.textContent]),
    );
    const perResident = await page.$$eval('tr[data-service]', (rows) =>
      rows.map((row) => [row.getAttribute('data-service'), row.querySelector('[data-per-resident]')?.getAttribute('data-per-resident') ?? null]),
    );
    return { totals, perResident };
  }

  function figuresOfApi(member: DashboardMemberFragment) {
    const withData = member.costs!.flatMap(({ year, statement }) => (statement ? [{ year, amount: statement.total.amount }] : []));
    return {
      totals: withData.map(({ year, amount }) => [String(year), amount, kronor.format(Number(amount))]),
      perResident: member.b5!.map((benchmark) => [benchmark.service.name, benchmark.costPerResident]),
    };
  }

  test("a member user sees its own member, and the figures on the page are the API's (sv-SE), in one request by documentId", async () => {
    const { page, requests } = await open(memberUser(nacka));
    await page.waitForSelector('#member-name');
    expect(await page.textContent('#member-name')).toBe('Nacka kommun');
    const onPage = await figuresOnPage(page);
    expect(onPage).toEqual(figuresOfApi(await apiMember(nacka, memberUser(nacka))));
    // The seed charges 2022 and 2023; the years before have no data, shown as such rather than as zero.
    expect(onPage.totals.map(([year]) => year)).toEqual(['2022', '2023']);
    expect(await page.locator('[data-testid="costs"] td', { hasText: 'Ingen uppgift' }).count()).toBe(8);
    expect(await page.locator('#member-picker').count()).toBe(0);
    const calls = requests.filter((request) => request.url.endsWith('/graphql'));
    expect(calls).toHaveLength(1);
    expect(JSON.parse(calls[0].body!)).toEqual({ documentId: expect.stringMatching(/^sha256:/), variables: expect.any(Object) });
    expect(requests.filter((request) => !request.url.startsWith(origin()))).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/dashboard-member.png`, fullPage: true });
    await page.close();
  });

  test('an analyst picks a member and switches to another; each view shows that member’s figures', async () => {
    const { page } = await open(ANALYST);
    await page.waitForSelector('#member-picker');
    for (const id of [nacka, lund]) {
      await page.selectOption('#member-picker', id);
      await page.click('#pick-member button');
      await page.waitForSelector(`#member-name[data-member-id="${id}"]`);
      expect(await figuresOnPage(page)).toEqual(figuresOfApi(await apiMember(id, ANALYST)));
    }
    expect(await page.textContent('#member-name')).toBe('Lunds kommun');
    expect(new URL(page.url()).searchParams.get('medlem')).toBe(lund);
    await page.screenshot({ path: `${SCREENSHOTS}/dashboard-analyst.png`, fullPage: true });
    await page.close();
  });

  test('a member user cannot see another member: the page ignores ?medlem=, and the API refuses its finance', async () => {
    const { page } = await open(memberUser(nacka), `&medlem=${lund}`);
    await page.waitForSelector('#member-name');
    expect(await page.textContent('#member-name')).toBe('Nacka kommun');
    expect(await page.textContent('main')).not.toContain('Lund');
    await page.close();
    const response = await hub.request(DashboardMemberDocument, { id: lund, ...variables }, { as: memberUser(nacka) });
    expect(response.data?.member?.costs).toBeNull();
    expect(response.data?.member?.b5).toBeNull();
    expect(new Set(response.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
  });

  test('without a token the page asks for one, with a labelled field that has focus', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin()}/dashboard/`);
    await page.waitForSelector('#sign-in');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('token');
    expect(await page.textContent('label[for="token"]')).toBe('Token (JWT)');
    await page.close();
  });

  test('GraphiQL opens offline: it renders, and every request it makes goes to the gateway', async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(new URL(hub.gateway.url).origin) && !/^(data|blob):/.test(request.url())) elsewhere.push(request.url());
    });
    await page.goto(hub.gateway.url);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    expect(elsewhere).toEqual([]);
    await page.close();
  });
});
