/** The rows of a knex.raw result: an array on SQLite, `{ rows }` on PostgreSQL. */
export const rowsOf = <T>(result: unknown): T[] =>
  Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
