import { DashboardMemberDocument, type DashboardMemberFragment, DashboardStartDocument } from '../generated/graphql';
import { type ApiError, request } from './api';
import { drawCharts } from './charts';
import { latestBenchmarks, yearCosts, yearVariables } from './model';
import { errorView, memberPicker, memberView, signInView } from './view';

const TOKEN_KEY = 'sambruk-token';
const ROLE_NAMES: Record<string, string> = { MEMBER: 'medlemsanvändare', ANALYST: 'analytiker', ADMIN: 'administratör', ANONYMOUS: 'anonym' };

const params = new URLSearchParams(location.search);
const today = new Date().toISOString().slice(0, 10);
const thisYear = Number(today.slice(0, 4));
/** `?år=2023` shows the six years up to 2023 (and what was in use at its end); this year by default. */
const lastYear = Number(params.get('år')) || thisYear;
const variables = { day: lastYear < thisYear ? `${lastYear}-12-31` : today, ...yearVariables(lastYear) };
const main = document.getElementById('main')!;
const session = document.getElementById('session')!;

/** A token from a development link (`#token=…`, never sent to the server) is kept for this tab only. */
function currentToken(): string | null {
  const fromLink = /(?:^#|&)token=([^&]+)/.exec(location.hash)?.[1];
  if (fromLink) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(fromLink));
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function showSignIn(message?: string): void {
  main.innerHTML = signInView(message);
  document.getElementById('sign-in')!.addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, (document.getElementById('token') as HTMLTextAreaElement).value.trim());
    void start();
  });
  document.getElementById('token')!.focus();
}

const refusals = (errors: ApiError[] | undefined) =>
  errors?.length ? errorView(`Allt kunde inte visas: ${[...new Set(errors.map((error) => error.message))].join('; ')}`) : '';

function showMember(target: HTMLElement, member: DashboardMemberFragment, errors: ApiError[] | undefined): void {
  const costs = yearCosts(member);
  const benchmarks = latestBenchmarks(member, costs);
  target.innerHTML = refusals(errors) + memberView(member, costs, benchmarks, today);
  drawCharts(costs, benchmarks.benchmarks);
}

async function pickMember(id: string, token: string): Promise<void> {
  const target = document.getElementById('member-view')!;
  target.innerHTML = '<p>Laddar …</p>';
  const url = new URL(location.href);
  url.searchParams.set('medlem', id);
  history.replaceState(null, '', url);
  const response = await request(DashboardMemberDocument, { id, ...variables }, token);
  if (response.data?.member) showMember(target, response.data.member, response.errors);
  else target.innerHTML = errorView(response.errors?.[0]?.message ?? 'Medlemmen finns inte.');
}

function showPicker(members: Array<{ id: string; name: string }>, token: string): void {
  const chosen = params.get('medlem');
  main.innerHTML = memberPicker(members, chosen);
  document.getElementById('pick-member')!.addEventListener('submit', (event) => {
    event.preventDefault();
    const id = (document.getElementById('member-picker') as HTMLSelectElement).value;
    if (id) void pickMember(id, token);
  });
  if (chosen) void pickMember(chosen, token);
}

function showSession(role: string): void {
  session.innerHTML = `Inloggad som ${ROLE_NAMES[role] ?? role} <button type="button" class="secondary" id="sign-out">Logga ut</button>`;
  document.getElementById('sign-out')!.addEventListener('click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    session.innerHTML = '';
    showSignIn();
  });
}

/** The first view in one request: who is asking, a member user's whole member view, and the members an analyst may pick from. */
async function start(): Promise<void> {
  const token = currentToken();
  if (!token) return showSignIn();
  const response = await request(DashboardStartDocument, variables, token);
  const viewer = response.data?.viewer;
  if (!viewer) {
    sessionStorage.removeItem(TOKEN_KEY);
    return showSignIn(`Inloggningen gick inte: ${response.errors?.[0]?.message ?? 'okänt fel'}`);
  }
  showSession(viewer.role);
  if (viewer.member) showMember(main, viewer.member, response.errors);
  else if (viewer.role === 'ANALYST' || viewer.role === 'ADMIN') showPicker(response.data!.members.nodes, token);
  else showSignIn('Översikten kräver en medlemsanvändares eller analytikers token.');
}

void start();
