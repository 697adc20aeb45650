import type { Core } from '@strapi/strapi';
import type { DataSetTruth } from './generate-data';
import { rawFeedSql, rawTallySql } from './raw-sql';
import { p50, timeRuns } from './stats';

const UIDS = {
  article: 'api::article.article',
  episode: 'api::episode.episode',
  pledge: 'api::pledge.pledge',
} as const;

/** UTC offset of a time zone at a given instant, in milliseconds. */
export function zoneOffsetMs(timeZone: string, at = Date.now()): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return (
    Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) -
    Math.floor(at / 1000) * 1000
  );
}

/** Month starts (as instants in the campaign's zone) covering every month present in the truth. */
function monthsOf(truth: DataSetTruth, offsetMs: number) {
  const keys = new Set(
    truth.campaigns.flatMap((c) => Object.keys(c.byTypeMonth).map((k) => k.split('|')[1]))
  );
  return [...keys].sort().map((month) => {
    const [y, m] = month.split('-').map(Number);
    return {
      month,
      start: new Date(Date.UTC(y, m - 1, 1) - offsetMs),
      end: new Date(Date.UTC(y, m, 1) - offsetMs),
    };
  });
}

export interface DbFigures {
  rawTallyMs: number;
  naiveMs: number;
  rawFeedMs: number;
  naiveMatches: boolean;
  rawMatches: boolean;
}

/** Raw SQL and naive Document Service timings, measured in-process against the same database. */
export async function measureDatabase(
  strapi: Core.Strapi,
  truth: DataSetTruth,
  feedPages: Array<{ slug: string; page: number }>
): Promise<DbFigures> {
  const db = strapi.db.connection;
  const offsetMs = zoneOffsetMs(truth.timeZone);
  const campaign = truth.campaigns[0];
  const tallySql = rawTallySql(strapi, truth.database, truth.timeZone, offsetMs);
  const rawRows = async () => {
    const result = await db.raw(tallySql, [
      campaign.documentId,
      campaign.documentId,
      campaign.documentId,
    ]);
    return (Array.isArray(result) ? result : result.rows) as Array<{
      type: string;
      month: string;
      count: string | number;
    }>;
  };
  const rows = await rawRows();
  const rawMatches =
    rows.length === Object.keys(campaign.byTypeMonth).length &&
    rows.every((r) => campaign.byTypeMonth[`${r.type}|${r.month}`] === Number(r.count));
  const rawTally = await timeRuns(15, rawRows, 2);

  const months = monthsOf(truth, offsetMs);
  let naiveMatches = true;
  const naive = await timeRuns(
    3,
    async () => {
      for (const [type, uid] of Object.entries(UIDS)) {
        for (const { month, start, end } of months) {
          const count = await strapi.documents(uid).count({
            status: 'published',
            filters: {
              campaign: { documentId: campaign.documentId },
              firstPublishedAt: { $gte: start, $lt: end },
            },
          });
          if (count !== (campaign.byTypeMonth[`${type}|${month}`] ?? 0)) naiveMatches = false;
        }
      }
    },
    0
  );

  const feedSql = rawFeedSql(strapi);
  const rawFeed = await timeRuns(feedPages.length, (i) => {
    const { slug, page } = feedPages[Math.max(0, i)];
    return db.raw(feedSql, [slug, (page - 1) * 20]);
  });
  return {
    rawTallyMs: p50(rawTally),
    naiveMs: p50(naive),
    rawFeedMs: p50(rawFeed),
    naiveMatches,
    rawMatches,
  };
}

/** A super admin for the tally endpoint; returns the credentials to log in with. */
/** A logged-in-able admin with one role, for the bench's HTTP calls. */
export async function createBenchUser(strapi: Core.Strapi, roleCode: string, name: string) {
  const stamp = Date.now();
  const email = `bench-${name}-${stamp}@bench.local`;
  const password = `Bench${stamp}abc`;
  const role = await strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
  if (!role) throw new Error(`bench: role ${roleCode} is missing`);
  await strapi.service('admin::user').create({
    email,
    firstname: name,
    lastname: 'Bench',
    password,
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  return { email, password };
}

export const createBenchAdmin = (strapi: Core.Strapi) =>
  createBenchUser(strapi, 'strapi-super-admin', 'admin');
