import { money, sumOre } from '../shared/domain/money';
import type { AccountsTableLine } from './entities/accounts-table-line.entity';
import type { AccountsTableTotal } from './entities/accounts-table-total.entity';
import type { StatedTotal } from './entities/stated-total.entity';
import { TotalScope } from './entities/stated-total.entity';
import { LineKind, type StatementLine } from './entities/statement-line.entity';
import type { StatementTotal } from './types/statement-total.type';

export interface StatementTotals {
  income: StatementTotal;
  costs: StatementTotal;
  result: StatementTotal;
  sections: StatementTotal[];
}

/** A computed total beside the figure the document states for it (null when it states none). */
export function besideStated(label: string, scope: TotalScope, section: string | null, computed: bigint, figure: bigint | null): StatementTotal {
  return {
    label,
    scope,
    section,
    computed: money(computed),
    stated: figure === null ? null : money(figure),
    difference: figure === null ? null : money(figure - computed),
  };
}

/** Computes a statement's totals from its lines and sets each beside the figure its document states. */
export function statementTotals(lines: readonly StatementLine[], stated: readonly StatedTotal[]): StatementTotals {
  const sumOf = (keep: (line: StatementLine) => boolean) => sumOre(lines.filter(keep).map((line) => line.amountOre));
  const total = (label: string, scope: TotalScope, computed: bigint, section: string | null = null): StatementTotal =>
    besideStated(label, scope, section, computed, stated.find((candidate) => candidate.scope === scope && candidate.section === section)?.amountOre ?? null);
  const income = sumOf((line) => line.kind === LineKind.INCOME);
  const costs = sumOf((line) => line.kind === LineKind.COST);
  const sectionNames = [...new Set([...lines.map((line) => line.section), ...stated.map((figure) => figure.section)])].filter(
    (name): name is string => name !== null,
  );
  return {
    income: total('Total income', TotalScope.INCOME, income),
    costs: total('Total costs', TotalScope.COSTS, costs),
    result: total('Result', TotalScope.RESULT, income - costs),
    sections: sectionNames.map((name) =>
      total(
        name,
        TotalScope.SECTION,
        sumOf((line) => line.section === name),
        name,
      ),
    ),
  };
}

/** A table's totals, one per group its lines count towards (in the order they first appear), each beside the figure the report prints. */
export function tableTotals(lines: readonly AccountsTableLine[], stated: readonly AccountsTableTotal[]): StatementTotal[] {
  const groups = [...new Set([...lines.flatMap((line) => line.groups), ...stated.map((figure) => figure.group)])];
  return groups.map((group) =>
    besideStated(
      group,
      TotalScope.SECTION,
      group,
      sumOre(lines.filter((line) => line.groups.includes(group)).map((line) => line.amountOre ?? 0n)),
      stated.find((figure) => figure.group === group)?.amountOre ?? null,
    ),
  );
}
