import { formatInTimeZone, getTimezoneOffset } from 'date-fns-tz';

/** Time-zone arithmetic for bucketing, on the IANA database that ships with Node's Intl. */

export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Offset of the zone from UTC at an instant, in milliseconds (Asia/Shanghai: +8 h). */
export const utcOffsetMs = (epochMs: number, timeZone: string): number =>
  getTimezoneOffset(timeZone, new Date(epochMs));

export interface OffsetSpan {
  /** The span ends before this instant (ms); null for the last span. */
  untilMs: number | null;
  offsetMs: number;
}

const spanCache = new Map<string, OffsetSpan[]>();
const WEEK = 7 * 24 * 3600000;

/**
 * The zone's UTC offsets as spans between transitions, 1970-2100. SQLite has no time-zone
 * database, so the ledger's SQL turns this into a CASE expression (sql-dialect.ts).
 */
export function offsetSpans(timeZone: string): OffsetSpan[] {
  const cached = spanCache.get(timeZone);
  if (cached) return cached;
  const spans: OffsetSpan[] = [];
  const end = Date.UTC(2100, 0, 1);
  let offset = utcOffsetMs(Date.UTC(1970, 0, 1), timeZone);
  // Sample every 7 days (no zone changes offset twice within a week), then bisect to the second.
  for (let probe = Date.UTC(1970, 0, 1) + WEEK; probe <= end; probe += WEEK) {
    const next = utcOffsetMs(probe, timeZone);
    if (next === offset) continue;
    let lo = probe - WEEK;
    let hi = probe;
    while (hi - lo > 1000) {
      const mid = Math.floor((lo + hi) / 2 / 1000) * 1000;
      if (utcOffsetMs(mid, timeZone) === offset) lo = mid;
      else hi = mid;
    }
    spans.push({ untilMs: hi, offsetMs: offset });
    offset = next;
  }
  spans.push({ untilMs: null, offsetMs: offset });
  spanCache.set(timeZone, spans);
  return spans;
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export const todayIn = (timeZone: string, now = Date.now()) =>
  formatInTimeZone(now, timeZone, 'yyyy-MM-dd');

/** An instant as ISO 8601 with the zone's offset: 2026-12-01T21:30:05+08:00. */
export const isoInZone = (epochMs: number, timeZone: string) =>
  formatInTimeZone(epochMs, timeZone, "yyyy-MM-dd'T'HH:mm:ssXXX");

/** An instant as a reader writes it down: 2026-12-01 21:30:05 +08:00. */
export const readableInZone = (epochMs: number, timeZone: string) =>
  formatInTimeZone(epochMs, timeZone, 'yyyy-MM-dd HH:mm:ss xxx');
