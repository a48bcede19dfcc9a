import type { DashboardBenchmarkFragment, DashboardMemberFragment, DashboardPeerGroupFragment } from '../generated/graphql';
import { escapeHtml, formatCount, formatDay, formatKronor, formatPerResident } from './format';
import { councilMeetings, type Meeting, type YearCost } from './model';

const ROLE_NAMES: Record<string, string> = { CHAIR: 'ordförande', MEMBER: 'ledamot' };
const BAND_NAMES: Record<string, string> = {
  UNDER_15000: 'under 15 000 invånare',
  FROM_15000_TO_39999: '15 000–39 999 invånare',
  FROM_40000_TO_79999: '40 000–79 999 invånare',
  FROM_80000_TO_149999: '80 000–149 999 invånare',
  FROM_150000_TO_499999: '150 000–499 999 invånare',
  FROM_500000: '500 000 invånare eller fler',
};

function servicesSection(member: DashboardMemberFragment): string {
  const rows = member.subscriptions.map(({ service, variant, from }) => {
    const seats = member.councilSeats.filter((seat) => seat.council.service.id === service.id);
    const seatText = seats.length ? seats.map((seat) => `${escapeHtml(seat.person)} (${ROLE_NAMES[seat.role] ?? seat.role})`).join(', ') : 'Ingen plats';
    return `<tr><th scope="row">${escapeHtml(service.name)}</th><td>${escapeHtml(variant ?? '–')}</td><td>${formatDay(from)}</td><td>${seatText}</td></tr>`;
  });
  return `<section aria-labelledby="services-heading">
    <h2 id="services-heading">Tjänster som används</h2>
    ${
      rows.length
        ? `<table data-testid="services"><caption>Samverkanstjänster och era platser i förvaltningsråden</caption>
      <thead><tr><th scope="col">Tjänst</th><th scope="col">Variant</th><th scope="col">Sedan</th><th scope="col">Era platser i förvaltningsrådet</th></tr></thead>
      <tbody>${rows.join('')}</tbody></table>`
        : '<p>Inga tjänster används.</p>'
    }
  </section>`;
}

function costsSection(costs: YearCost[]): string {
  const amount = (value: string | null, year: number, kind: string) =>
    value === null
      ? '<td class="number muted">Ingen uppgift</td>'
      : `<td class="number" data-${kind}="${year}" data-amount="${value}">${formatKronor(value)}</td>`;
  const rows = costs.map(
    (cost) => `<tr><th scope="row">${cost.year}</th>${amount(cost.total, cost.year, 'total')}${amount(cost.services, cost.year, 'services')}</tr>`,
  );
  const known = costs.filter((cost) => cost.total !== null);
  const summary = known.length
    ? `Kostnad per år ${costs[0].year}–${costs.at(-1)!.year}: ${known.map((cost) => `${cost.year} ${formatKronor(cost.total!)}`).join(', ')}.`
    : 'Inga kostnader finns för åren.';
  return `<section aria-labelledby="costs-heading">
    <h2 id="costs-heading">Kostnad per år</h2>
    <div class="chart"><canvas id="cost-chart" role="img" aria-label="${escapeHtml(summary)}"></canvas></div>
    <table data-testid="costs"><caption>Vad medlemmen betalat Sambruk (avgift, tjänster och projekt)</caption>
      <thead><tr><th scope="col">År</th><th scope="col" class="number">Totalt</th><th scope="col" class="number">Varav tjänster</th></tr></thead>
      <tbody>${rows.join('')}</tbody></table>
  </section>`;
}

function groupCells(group: DashboardPeerGroupFragment | null | undefined): string {
  if (!group) return '<td colspan="2" class="muted">Visas inte (färre än fem andra medlemmar)</td>';
  return `<td class="number" data-median="${group.median}">${formatPerResident(group.median)}</td>
    <td class="number">${formatPerResident(group.lowerQuartile)}–${formatPerResident(group.upperQuartile)} (${formatCount(group.memberCount)} medlemmar)</td>`;
}

function benchmarksSection(year: number, benchmarks: DashboardBenchmarkFragment[], population: number | null): string {
  const rows = benchmarks.map(
    (benchmark) => `<tr data-service="${escapeHtml(benchmark.service.name)}"><th scope="row">${escapeHtml(benchmark.service.name)}</th>
      <td class="number" data-charged="${benchmark.charged.amount}">${formatKronor(benchmark.charged.amount)}</td>
      ${benchmark.costPerResident === null ? '<td class="muted">–</td>' : `<td class="number" data-per-resident="${benchmark.costPerResident}">${formatPerResident(benchmark.costPerResident)}</td>`}
      ${groupCells(benchmark.populationBand)}${groupCells(benchmark.allSubscribers)}</tr>`,
  );
  const band = benchmarks.find((benchmark) => benchmark.populationBand?.band)?.populationBand?.band;
  return `<section aria-labelledby="benchmarks-heading">
    <h2 id="benchmarks-heading">Kostnad per invånare jämfört med andra medlemmar ${year}</h2>
    <p class="muted">Anonymt: median och kvartiler bland medlemmar av liknande storlek${band ? ` (${BAND_NAMES[band] ?? band})` : ''} och bland alla som använder tjänsten. ${population ? `Invånare: ${formatCount(population)}.` : 'Invånarantal saknas.'}</p>
    ${
      rows.length
        ? `<div class="chart"><canvas id="benchmark-chart" role="img" aria-label="Er kostnad per invånare och medianerna per tjänst ${year}; siffrorna står i tabellen nedan."></canvas></div>
    <table data-testid="benchmarks"><caption>Kostnad per invånare per tjänst ${year}</caption>
      <thead><tr><th scope="col">Tjänst</th><th scope="col" class="number">Debiterat</th><th scope="col" class="number">Er kostnad per invånare</th>
      <th scope="col" class="number">Median, liknande storlek</th><th scope="col" class="number">Kvartiler, liknande storlek</th>
      <th scope="col" class="number">Median, alla</th><th scope="col" class="number">Kvartiler, alla</th></tr></thead>
      <tbody>${rows.join('')}</tbody></table>`
        : '<p>Inga tjänster debiterades detta år.</p>'
    }
  </section>`;
}

const meetingItem = (meeting: Meeting) =>
  `<li>${formatDay(meeting.heldOn)}: ${escapeHtml(meeting.service)}${meeting.note ? ` – ${escapeHtml(meeting.note)}` : ''}</li>`;

function meetingsSection(member: DashboardMemberFragment, today: string): string {
  const { upcoming, latest } = councilMeetings(member, today);
  const latestText = latest ? `<p>Senaste mötet: ${formatDay(latest.heldOn)}, ${escapeHtml(latest.service)}.</p>` : '';
  return `<section aria-labelledby="meetings-heading">
    <h2 id="meetings-heading">Kommande möten i förvaltningsråden</h2>
    ${upcoming.length ? `<ul data-testid="meetings">${upcoming.map(meetingItem).join('')}</ul>` : `<p>Inga kommande möten är inlagda.</p>${latestText}`}
  </section>`;
}

export function memberView(
  member: DashboardMemberFragment,
  costs: YearCost[],
  benchmarks: { year: number; benchmarks: DashboardBenchmarkFragment[] },
  today: string,
) {
  return `<h2 id="member-name" data-member-id="${member.id}">${escapeHtml(member.name)}</h2>
    <dl class="figures">
      <div><dt>Län</dt><dd>${escapeHtml(member.county ?? '–')}</dd></div>
      <div><dt>Invånare</dt><dd>${member.population === null ? '–' : formatCount(member.population)}</dd></div>
      <div><dt>Tjänster i bruk</dt><dd>${formatCount(member.subscriptions.length)}</dd></div>
    </dl>
    ${servicesSection(member)}${costsSection(costs)}${benchmarksSection(benchmarks.year, benchmarks.benchmarks, member.population)}${meetingsSection(member, today)}`;
}

export const signInView = (message = '') => `<section aria-labelledby="sign-in-heading">
  <h2 id="sign-in-heading">Logga in</h2>
  ${message ? `<p class="error" role="alert">${escapeHtml(message)}</p>` : ''}
  <form id="sign-in">
    <label for="token">Token (JWT)</label>
    <textarea id="token" name="token" required autocomplete="off" spellcheck="false"></textarea>
    <p class="muted">Under utveckling: <code>npm run token -- --role member --member &lt;medlems-id&gt; --link</code> ger en länk som loggar in direkt.</p>
    <button type="submit">Logga in</button>
  </form>
</section>`;

export const errorView = (message: string) => `<p class="error" role="alert">${escapeHtml(message)}</p>`;

export function memberPicker(members: Array<{ id: string; name: string }>, chosen: string | null): string {
  const options = members.map((member) => `<option value="${member.id}"${member.id === chosen ? ' selected' : ''}>${escapeHtml(member.name)}</option>`);
  return `<form id="pick-member" class="picker"><label for="member-picker">Välj medlem</label>
    <select id="member-picker" name="member"><option value="">– Välj –</option>${options.join('')}</select>
    <button type="submit">Visa</button></form><div id="member-view" aria-live="polite"></div>`;
}
