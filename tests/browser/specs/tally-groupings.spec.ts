import type { Period } from '../../../src/plugins/campaign-tally/shared/contracts';
import { expect, test } from '../lib/fixtures';
import {
  apiTally,
  chooseGrouping,
  choosePeriod,
  DIMENSION_LABELS,
  expectedCells,
  PAGE_PATH,
  pageParams,
  PERIOD_LABELS,
  tableCells,
} from '../lib/tally';

/**
 * Each step changes the grouping or the period in the page's own controls, then compares the
 * 统计明细 table with the API's rows for the same choices: the row count in its subtitle, the
 * number of rows on screen and every cell. The second step is the one that used to leave five
 * ghost rows of 类型 × 稿件形式 under 类型 × 栏目.
 */
const STEPS: Array<{ groupBy: string[]; period?: Period }> = [
  { groupBy: ['type', 'format'] },
  { groupBy: ['type', 'column'] },
  { groupBy: ['format'] },
  { groupBy: ['type', 'column', 'format'] },
  { groupBy: ['department'] },
  { groupBy: ['period', 'type'], period: 'week' },
  { groupBy: ['period', 'type'], period: 'day' },
  { groupBy: ['period', 'format'], period: 'phase' },
  { groupBy: ['outlet', 'type'], period: 'quarter' },
  { groupBy: ['type', 'format'], period: 'month' },
];

test('the rows table matches the API at every grouping and period', async ({
  adminPage: page,
  adminToken,
  seeded,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /same key|unique "key"/.test(message.text()))
      errors.push(message.text());
  });
  await page.goto(`${PAGE_PATH}?campaign=${seeded.campaign.slug}`);
  const table = page.getByTestId('tally-rows-table');
  const count = page.getByTestId('tally-rows-count');

  for (const step of STEPS) {
    const label = `${step.groupBy.join(' × ')} ${step.period ?? ''}`;
    if (step.period && pageParams(page).get('period') !== step.period)
      await choosePeriod(page, step.period);
    await chooseGrouping(page, step.groupBy);
    await expect
      .poll(() => (pageParams(page).get('groupBy') ?? '').split(',').sort(), { message: label })
      .toEqual([...step.groupBy].sort());
    const params = pageParams(page);
    const groupBy = params.get('groupBy') ?? '';
    await expect(table, label).toHaveAttribute('data-group-by', groupBy);
    await expect(count, label).not.toHaveAttribute('data-busy');

    const api = await apiTally(adminToken, params);
    expect(api.params.groupBy.join(','), label).toBe(groupBy);
    await expect(count, label).toHaveText(`共 ${api.rows.length} 行`);
    const headers = await table.locator('thead th').allInnerTexts();
    expect(
      headers.map((h) => h.trim()),
      label
    ).toEqual([...api.params.groupBy.map((d) => DIMENSION_LABELS[d]), '数量']);
    expect(await tableCells(page), label).toEqual(expectedCells(api.rows, api.params.groupBy));
  }
  expect(errors, 'React warned about duplicate keys').toEqual([]);
});

test('a reload with the URL restores every choice', async ({ adminPage: page, seeded }) => {
  const search = new URLSearchParams({
    campaign: String(seeded.campaign.slug),
    from: '2020-01-01',
    to: '2099-12-31',
    period: 'quarter',
    groupBy: 'column,type',
    breakdown: 'column',
  });
  await page.goto(`${PAGE_PATH}?${search}`);
  await expect(page.getByTestId('tally-rows-table')).toHaveAttribute(
    'data-group-by',
    'column,type'
  );

  // Choose something in the page, then reload from the URL the page wrote.
  await choosePeriod(page, 'week');
  await chooseGrouping(page, ['column', 'type', 'outlet']);
  await expect.poll(() => pageParams(page).get('groupBy')).toBe('column,type,outlet');
  const chosen = pageParams(page);
  expect(Object.fromEntries(chosen)).toEqual({
    ...Object.fromEntries(search),
    period: 'week',
    groupBy: 'column,type,outlet',
  });

  const firstRequest = page.waitForRequest((r) => r.url().includes('/campaign-tally/tallies?'));
  await page.reload();
  const sent = new URL((await firstRequest).url()).searchParams;
  for (const key of ['campaign', 'from', 'to', 'period'])
    expect(sent.get(key)).toBe(chosen.get(key));

  await expect(page.getByTestId('tally-rows-table')).toHaveAttribute(
    'data-group-by',
    'column,type,outlet'
  );
  await expect(page.getByRole('combobox', { name: '专项活动' })).toHaveText(
    String(seeded.campaign.name)
  );
  await expect(page.getByRole('combobox', { name: '时段粒度' })).toHaveText(PERIOD_LABELS.week);
  await expect(page.getByRole('combobox', { name: '分组维度' })).toHaveText('栏目、类型、刊播平台');
  await expect(page.getByRole('combobox', { name: '分布维度' })).toHaveText('栏目');
  await expect(page.getByText('栏目分布')).toBeVisible();
  expect(Object.fromEntries(pageParams(page))).toEqual(Object.fromEntries(chosen));
});
