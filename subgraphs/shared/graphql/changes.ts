/**
 * The fields of an update input the caller set: left-out fields are skipped, and null counts
 * only for the fields named in `nullable` (null elsewhere means "leave as it is").
 */
export function definedChanges<T extends object>(input: T, nullable: ReadonlyArray<keyof T> = []): Partial<T> {
  return Object.fromEntries(
    Object.entries(input).filter(([key, value]) => value !== undefined && (value !== null || nullable.includes(key as keyof T))),
  ) as Partial<T>;
}
