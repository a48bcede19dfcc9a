import { BarController, BarElement, CategoryScale, Chart, type ChartConfiguration, Legend, LinearScale, Tooltip } from 'chart.js';
import type { DashboardBenchmarkFragment } from '../generated/graphql';
import { formatKronor, formatPerResident } from './format';
import type { YearCost } from './model';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
Chart.defaults.font.family = 'system-ui, "Segoe UI", Roboto, Arial, sans-serif';
Chart.defaults.color = '#1b1b1b';
Chart.defaults.locale = 'sv-SE';

const charts: Chart<'bar', Array<number | null>, string>[] = [];

/** Colours that keep at least 4.5:1 contrast against white. */
const COLOURS = ['#1d4f73', '#b04a00', '#2e6b30'];

function draw(id: string, config: ChartConfiguration<'bar', Array<number | null>, string>): void {
  const canvas = document.getElementById(id) as HTMLCanvasElement | null;
  if (canvas) charts.push(new Chart(canvas, { ...config, options: { animation: false, maintainAspectRatio: false, ...config.options } }));
}

/** Cost per year as bars; a year without data has no bar (null), never a zero. */
function costChart(costs: YearCost[]): void {
  draw('cost-chart', {
    type: 'bar',
    data: {
      labels: costs.map((cost) => String(cost.year)),
      datasets: [{ label: 'Kostnad (kr)', data: costs.map((cost) => (cost.total === null ? null : Number(cost.total))), backgroundColor: COLOURS[0] }],
    },
    options: {
      plugins: { legend: { display: false }, tooltip: { callbacks: { label: (item) => formatKronor(String(item.raw)) } } },
      scales: { y: { ticks: { callback: (value) => formatKronor(String(value)) } } },
    },
  });
}

function benchmarkChart(benchmarks: DashboardBenchmarkFragment[]): void {
  const series = (label: string, pick: (benchmark: DashboardBenchmarkFragment) => string | null | undefined, index: number) => ({
    label,
    data: benchmarks.map((benchmark) => {
      const value = pick(benchmark);
      return value ? Number(value) : null;
    }),
    backgroundColor: COLOURS[index],
  });
  draw('benchmark-chart', {
    type: 'bar',
    data: {
      labels: benchmarks.map((benchmark) => benchmark.service.name),
      datasets: [
        series('Er kostnad per invånare', (benchmark) => benchmark.costPerResident, 0),
        series('Median, liknande storlek', (benchmark) => benchmark.populationBand?.median, 1),
        series('Median, alla', (benchmark) => benchmark.allSubscribers?.median, 2),
      ],
    },
    options: {
      plugins: { tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${formatPerResident(String(item.raw))}` } } },
      scales: { y: { ticks: { callback: (value) => formatPerResident(String(value)) } } },
    },
  });
}

/** Replaces the charts on the page with those of this member. */
export function drawCharts(costs: YearCost[], benchmarks: DashboardBenchmarkFragment[]): void {
  for (const chart of charts.splice(0)) chart.destroy();
  costChart(costs);
  if (benchmarks.length) benchmarkChart(benchmarks);
}
