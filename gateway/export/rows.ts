/** A cell as it leaves the answer: a JSON scalar, or null. */
export type Cell = string | number | boolean | null;

/** Separator of the values of a nested list joined in one cell. */
export const LIST_SEPARATOR = '; ';

/** The leaves at a dotted path, going through every item of a list on the way. */
function leavesAt(value: unknown, path: string[]): { leaves: Cell[]; listed: boolean } {
  if (value === null || value === undefined) return { leaves: [], listed: false };
  if (Array.isArray(value)) {
    const leaves = value.flatMap((item) => leavesAt(item, path).leaves);
    return { leaves, listed: true };
  }
  if (!path.length) return { leaves: [value as Cell], listed: false };
  const [head, ...rest] = path;
  return leavesAt((value as Record<string, unknown>)[head], rest);
}

/**
 * One row of cells for a node: nested objects give dotted columns (`member.name`), nested lists
 * one cell with their values joined by "; " (`services.name` → "Bibblix; Egil").
 */
export function cellsOf(node: unknown, columns: readonly string[]): Cell[] {
  return columns.map((column) => {
    const { leaves, listed } = leavesAt(node, column.split('.'));
    if (!listed) return leaves[0] ?? null;
    return leaves.length ? leaves.map(String).join(LIST_SEPARATOR) : null;
  });
}
