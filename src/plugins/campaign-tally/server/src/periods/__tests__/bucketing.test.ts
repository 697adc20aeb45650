import Database from 'better-sqlite3';
import { isoWeekSql, localDaySql, quarterSql } from '../../repositories/sql-dialect';
import { format, parseISO } from 'date-fns';
import { formatInTimeZone } from 'date-fns-tz';
import { periodLabel } from '../period-labels';
import { offsetSpans, utcOffsetMs } from '../time-zone';

// The oracles the SQL is checked against: date-fns, not code of our own.
const localDayOf = (t: number, zone: string) => formatInTimeZone(t, zone, 'yyyy-MM-dd');
const isoWeekOf = (day: string) => format(parseISO(day), "RRRR-'W'II");
const quarterOf = (day: string) => format(parseISO(day), "yyyy-'Q'Q");

const ms = (iso: string) => new Date(iso).getTime();

describe('local days in Beijing time', () => {
  it('puts 16:00 UTC on the next Beijing day and 15:59:59 on the same day', () => {
    expect(localDayOf(ms('2019-03-31T15:59:59Z'), 'Asia/Shanghai')).toBe('2019-03-31');
    expect(localDayOf(ms('2019-03-31T16:00:00Z'), 'Asia/Shanghai')).toBe('2019-04-01');
    expect(utcOffsetMs(ms('2019-03-31T16:00:00Z'), 'Asia/Shanghai')).toBe(8 * 3600000);
  });

  it("knows China's 1986-1991 summer time and US daylight saving", () => {
    expect(utcOffsetMs(ms('1988-07-01T00:00:00Z'), 'Asia/Shanghai')).toBe(9 * 3600000);
    const spans = offsetSpans('America/New_York');
    expect(spans.length).toBeGreaterThan(200);
    expect(localDayOf(ms('2021-03-14T04:59:00Z'), 'America/New_York')).toBe('2021-03-13');
  });
});

describe('ISO weeks across a year end', () => {
  it.each([
    ['2019-12-30', '2020-W01'],
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2019-04-01', '2019-W14'],
    ['2019-03-31', '2019-W13'],
  ])('%s is in %s', (day, week) => expect(isoWeekOf(day)).toBe(week));
});

describe('the SQLite bucketing SQL agrees with Intl', () => {
  const db = new Database(':memory:');
  const instants = [
    '2019-03-31T15:59:59Z',
    '2019-03-31T16:00:00Z',
    '2020-12-31T15:30:00Z',
    '2020-12-31T16:30:00Z',
    '1988-07-01T00:00:00Z',
    '2021-03-14T06:59:00Z',
  ];
  it.each(['Asia/Shanghai', 'America/New_York', 'UTC'])('%s', (zone) => {
    for (const iso of instants) {
      const t = ms(iso);
      const row = db.prepare(`SELECT ${localDaySql('sqlite', String(t), zone)} AS day`).get() as {
        day: string;
      };
      expect(row.day).toBe(localDayOf(t, zone));
      const week = db.prepare(`SELECT ${isoWeekSql('sqlite', `'${row.day}'`)} AS w`).get() as {
        w: string;
      };
      expect(week.w).toBe(isoWeekOf(row.day));
      const quarter = db.prepare(`SELECT ${quarterSql(`'${row.day}'`)} AS q`).get() as {
        q: string;
      };
      expect(quarter.q).toBe(quarterOf(row.day));
    }
  });
});

describe('period labels', () => {
  it('labels every period in Chinese', () => {
    expect(periodLabel('day', '2019-03-05')).toBe('2019年3月5日');
    expect(periodLabel('week', '2020-W53')).toBe('2020年第53周');
    expect(periodLabel('month', '2019-03')).toBe('2019年3月');
    expect(periodLabel('quarter', '2019-Q2')).toBe('2019年第2季度');
    expect(periodLabel('phase', '查摆整改')).toBe('查摆整改');
    expect(periodLabel('phase', null)).toBe('未在任何阶段内');
  });
});
