import { DOCUMENTS, type Quote } from './association';
import { stableId } from './random';

export type GoalMetric = 'MEMBERS' | 'MEMBERS_IN_NO_COLLABORATION' | 'NEW_PROJECTS' | 'NETWORKS_WITH_MEMBERS' | 'DIGITAL_SEMINARS' | 'NEW_SERVICES';

export interface WorldGoal extends Quote {
  id: string;
  metric: GoalMetric;
  description: string;
  target: number;
  targetMax: number | null;
  threshold: number | null;
  year: number;
  yearly: boolean;
}

type Draft = Omit<WorldGoal, 'id' | 'document' | 'targetMax' | 'threshold' | 'yearly'> & Partial<Pick<WorldGoal, 'targetMax' | 'threshold' | 'yearly'>>;

const GOALS: Draft[] = [
  { metric: 'MEMBERS', description: 'At least 145 members.', target: 145, year: 2023, quote: 'Sambruk ska ha minst 145 medlemmar (2023)' },
  {
    metric: 'MEMBERS_IN_NO_COLLABORATION',
    description: 'Every member takes part in some active collaboration (project, network or collaboration service).',
    target: 0,
    year: 2024,
    quote: 'Samtliga medlemmar skall delta i någon aktiv Sambruks samverkan (2024)',
  },
  {
    metric: 'NEW_SERVICES',
    description: 'Three more collaboration services a year.',
    target: 3,
    year: 2024,
    yearly: true,
    quote: 'Vi ökar med tre samverkanstjänster om året (2024).',
  },
  {
    metric: 'NEW_PROJECTS',
    description: 'At least three new collaboration projects started.',
    target: 3,
    year: 2023,
    quote: 'Minst tre nya samverkansprojekt skall startas (2023)',
  },
  {
    metric: 'NETWORKS_WITH_MEMBERS',
    description: 'At least four competence networks, each with at least 20 participating members.',
    target: 4,
    threshold: 20,
    year: 2023,
    quote:
      'Det ska finnas minst fyra kompetensnätverk med ett tydligt och relevant innehåll för digitalisering i samverkan med minst 20 deltagande medlemmar (2023)',
  },
  {
    metric: 'DIGITAL_SEMINARS',
    description: '4–6 digital seminars a year on different themes, hosted by or with Sambruk.',
    target: 4,
    targetMax: 6,
    year: 2023,
    yearly: true,
    quote: 'Sambruk ska årligen stå som delaktig i eller värd för 4-6 digitala seminarier med olika teman. (2023)',
  },
];

/** The goals of the business plan 2023. */
export function worldGoals(): WorldGoal[] {
  return GOALS.map((goal) => ({
    targetMax: null,
    threshold: null,
    yearly: false,
    ...goal,
    id: stableId(`goal:${goal.metric}`),
    document: DOCUMENTS.BUSINESS_PLAN_2023,
  }));
}
