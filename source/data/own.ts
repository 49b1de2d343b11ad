/**
 * Looking an id up in a record read from a dataset. Ids come from the data, so
 * one may be `constructor`, `toString` or another name every object inherits;
 * only the record's own keys count.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, id: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, id) ? record[id] : undefined;
}
