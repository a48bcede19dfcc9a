/**
 * SQL that installs btree_gist (plain equality in a GiST index, which exclusion constraints over
 * periods need) once per database. The subgraphs migrate one database, possibly at the same moment,
 * and two concurrent `create extension if not exists` both try to create it, so the first statement
 * makes them take turns: the lock is held until the migration's transaction ends.
 */
export const CREATE_BTREE_GIST = [
  `select pg_advisory_xact_lock(hashtext('sambruk: create extension btree_gist'))`,
  'create extension if not exists btree_gist',
];

/**
 * An exclusion constraint (as SQL) over rows with a half-open `from`–`to` period of days: no two
 * rows with equal `keys` (among those matching `where`) may share a day.
 */
export function periodExclusion(table: string, name: string, keys: string[], where?: string): string {
  const equal = keys.map((key) => `"${key}" with =`).join(', ');
  return `alter table ${table} add constraint "${name}" exclude using gist (${equal}, daterange("from", "to") with &&)${where ? ` where (${where})` : ''};`;
}
