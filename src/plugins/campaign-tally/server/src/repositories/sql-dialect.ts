import type { Knex } from 'knex';
import type { Core } from '@strapi/strapi';
import { offsetSpans } from '../periods/time-zone';

export type Dialect = 'sqlite' | 'postgres';

/** The two databases the ledger's SQL is written and tested for. */
export function dialectOf(strapi: Core.Strapi): Dialect {
  const client = (strapi.db as unknown as { dialect: { client: string } }).dialect.client;
  if (client === 'sqlite' || client === 'better-sqlite3') return 'sqlite';
  if (client === 'postgres' || client === 'pg') return 'postgres';
  throw new Error(`campaign-tally supports SQLite and PostgreSQL, not ${client}`);
}

/** A quoted identifier; names come from Strapi's metadata, never from requests. */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A quoted string literal, for validated constants such as time-zone names. */
export const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The time zone Node writes timestamps in; PostgreSQL's timestamp(6) keeps that wall clock. */
const processTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * SQL for the local calendar day (YYYY-MM-DD) of a timestamp column in `timeZone`. PostgreSQL
 * has the IANA database; SQLite stores epoch milliseconds and gets the zone's offsets as a CASE.
 */
export function localDaySql(dialect: Dialect, column: string, timeZone: string): string {
  if (dialect === 'postgres') {
    return `to_char((${column} AT TIME ZONE ${literal(processTimeZone())}) AT TIME ZONE ${literal(timeZone)}, 'YYYY-MM-DD')`;
  }
  const spans = offsetSpans(timeZone);
  const offset =
    spans.length === 1
      ? String(spans[0].offsetMs)
      : `CASE ${spans
          .map((s) =>
            s.untilMs === null
              ? `ELSE ${s.offsetMs}`
              : `WHEN ${column} < ${s.untilMs} THEN ${s.offsetMs}`
          )
          .join(' ')} END`;
  return `strftime('%Y-%m-%d', (${column} + ${offset}) / 1000, 'unixepoch')`;
}

/** SQL for the ISO week (YYYY-Www) of a YYYY-MM-DD text column. */
export function isoWeekSql(dialect: Dialect, dayColumn: string): string {
  return dialect === 'postgres'
    ? `to_char(CAST(${dayColumn} AS date), 'IYYY-"W"IW')`
    : `strftime('%G-W%V', ${dayColumn})`;
}

/** SQL for the quarter key (YYYY-Qn) of a YYYY-MM-DD text column. */
export const quarterSql = (dayColumn: string) =>
  `substr(${dayColumn}, 1, 4) || '-Q' || CAST((CAST(substr(${dayColumn}, 6, 2) AS INTEGER) + 2) / 3 AS VARCHAR(1))`;

/** Rows of a raw query, whichever driver answered. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/**
 * After a bulk rewrite on SQLite, folds the write-ahead log back into the database file: left
 * alone, the next small write pays for checkpointing the whole rewrite (seconds at 1M rows).
 */
export async function checkpointAfterBulkWrite(db: Knex, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') await db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
}
