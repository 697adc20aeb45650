import { formatInTimeZone } from 'date-fns-tz';
/** Time-zone arithmetic for bucketing, on the IANA database that ships with Node's Intl. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock parts of an instant in a time zone. */
function wallClock(epochMs: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
}

/** Offset of the zone from UTC at an instant, in milliseconds (Asia/Shanghai: +8 h). */
export function utcOffsetMs(epochMs: number, timeZone: string): number {
  const w = wallClock(epochMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function localDayOf(epochMs: number, timeZone: string): string {
  const w = wallClock(epochMs, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** The ISO-8601 week (YYYY-Www) a calendar day belongs to; weeks start on Monday. */
export function isoWeekOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7;
  // The Thursday of the same week decides the ISO year.
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const isoYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(isoYear, 0, 1)) / 86400000 + 1) / 7);
  return `${isoYear}-W${pad(week)}`;
}

export interface OffsetSpan {
  /** The span ends before this instant (ms); null for the last span. */
  untilMs: number | null;
  offsetMs: number;
}

const spanCache = new Map<string, OffsetSpan[]>();
const HOUR = 3600000;

/**
 * The zone's UTC offsets as spans between transitions, 1970-2100. SQLite has no time-zone
 * database, so the ledger's SQL turns this into a CASE expression.
 */
export function offsetSpans(timeZone: string): OffsetSpan[] {
  const cached = spanCache.get(timeZone);
  if (cached) return cached;
  const spans: OffsetSpan[] = [];
  const end = Date.UTC(2100, 0, 1);
  let cursor = Date.UTC(1970, 0, 1);
  let offset = utcOffsetMs(cursor, timeZone);
  // Sample every 7 days (no zone changes offset twice within a week), then bisect to the second.
  for (let probe = cursor + 7 * 24 * HOUR; probe <= end; probe += 7 * 24 * HOUR) {
    const next = utcOffsetMs(probe, timeZone);
    if (next === offset) continue;
    let lo = probe - 7 * 24 * HOUR;
    let hi = probe;
    while (hi - lo > 1000) {
      const mid = Math.floor((lo + hi) / 2 / 1000) * 1000;
      if (utcOffsetMs(mid, timeZone) === offset) lo = mid;
      else hi = mid;
    }
    spans.push({ untilMs: hi, offsetMs: offset });
    offset = next;
    cursor = hi;
  }
  spans.push({ untilMs: null, offsetMs: offset });
  spanCache.set(timeZone, spans);
  return spans;
}

/** The instant a local calendar day starts in a time zone. */
export function startOfLocalDay(day: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d);
  return guess - utcOffsetMs(guess - utcOffsetMs(guess, timeZone), timeZone);
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export const todayIn = (timeZone: string, now = Date.now()) => localDayOf(now, timeZone);

/** An instant as ISO 8601 with the zone's offset: 2026-12-01T21:30:05+08:00. */
export const isoInZone = (epochMs: number, timeZone: string) =>
  formatInTimeZone(epochMs, timeZone, "yyyy-MM-dd'T'HH:mm:ssXXX");

/** An instant as a reader writes it down: 2026-12-01 21:30:05 +08:00. */
export const readableInZone = (epochMs: number, timeZone: string) =>
  formatInTimeZone(epochMs, timeZone, 'yyyy-MM-dd HH:mm:ss xxx');
