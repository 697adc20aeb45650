/// <reference lib="dom" />
import type { Page, Response } from '@playwright/test';
import { DIMENSION_RECORDS } from '../../../src/plugins/campaign-tally/shared/dimensions';
import type { Period } from '../../../src/plugins/campaign-tally/shared/contracts';
import { PERIOD_LABELS } from '../../../src/plugins/campaign-tally/shared/labels';
import { call, expectStatus } from './admin-api';

export const PAGE_PATH = '/admin/plugins/campaign-tally';

// What the page must show is what the registry says (shared/dimensions.ts, shared/labels.ts).
export const DIMENSION_LABELS: Record<string, string> = Object.fromEntries(
  DIMENSION_RECORDS.map((d) => [d.key, d.label])
);
export { PERIOD_LABELS };
const NONE = '（未设置）';

export interface TallyRow {
  count: number;
  labels: Record<string, string>;
  [dimension: string]: unknown;
}

/** GET /campaign-tally/tallies as the admin API answers it, for the same choices as the page. */
export async function apiTally(token: string, params: URLSearchParams) {
  const query = new URLSearchParams();
  for (const key of ['campaign', 'period', 'from', 'to', 'groupBy']) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  const res = await call<{ data: { rows: TallyRow[]; params: { groupBy: string[] } } }>(
    'GET',
    `/campaign-tally/tallies?${query}`,
    { token }
  );
  return expectStatus(res, 200, `GET /campaign-tally/tallies?${query}`).data;
}

/** What the rows table should show for the API's rows: one cell per dimension, then the count. */
export const expectedCells = (rows: TallyRow[], groupBy: string[]) =>
  rows.map((row) => [
    ...groupBy.map((d) => row.labels[d] ?? (row[d] as string | null) ?? NONE),
    String(row.count),
  ]);

/** The rows table's cell texts, row by row. */
export const tableCells = (page: Page) =>
  page
    .locator('[data-testid="tally-rows-table"] tbody tr')
    .evaluateAll((rows) =>
      rows.map((tr) =>
        Array.from(tr.querySelectorAll('td')).map((td) => (td as HTMLElement).innerText.trim())
      )
    );

/** Resolves with the page's next GET /campaign-tally/tallies whose groupBy is `groupBy`. */
export const nextTallyResponse = (page: Page, groupBy?: string): Promise<Response> =>
  page.waitForResponse((response) => {
    const url = new URL(response.url());
    return (
      url.pathname.endsWith('/campaign-tally/tallies') &&
      (groupBy === undefined || url.searchParams.get('groupBy') === groupBy)
    );
  });

/** The page's current choices, read from its URL. */
export const pageParams = (page: Page) => new URL(page.url()).searchParams;

/** Toggles options in the 分组维度 multi-select until exactly `target` is chosen. */
export async function chooseGrouping(page: Page, target: string[]): Promise<void> {
  const current = (pageParams(page).get('groupBy') ?? 'type,format').split(',').filter(Boolean);
  const toggles = [
    ...current.filter((d) => !target.includes(d)),
    ...target.filter((d) => !current.includes(d)),
  ];
  await page.getByRole('combobox', { name: '分组维度' }).click();
  for (const dimension of toggles)
    await page.getByRole('option', { name: DIMENSION_LABELS[dimension], exact: true }).click();
  await page.keyboard.press('Escape');
}

/** Picks a period in the 时段粒度 select. */
export async function choosePeriod(page: Page, period: Period): Promise<void> {
  await page.getByRole('combobox', { name: '时段粒度' }).click();
  await page.getByRole('option', { name: PERIOD_LABELS[period], exact: true }).click();
}
