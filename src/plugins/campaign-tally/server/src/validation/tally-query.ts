import { errors, validateYupSchema, yup } from '@strapi/utils';
import {
  DIMENSIONS,
  EXPORT_FORMATS,
  MEASURES,
  PERIODS,
  type Dimension,
  type ExportFormat,
  type Measure,
  type Period,
} from '../../../shared/contracts';

const MAX = 200;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

const isCalendarDate = (value: string) => {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

const dateParam = (name: string) =>
  yup
    .string()
    .max(10, `${name} must be a date YYYY-MM-DD`)
    .matches(DATE, `${name} must be a date YYYY-MM-DD`)
    .test(
      'calendar',
      `${name} must be a real calendar date YYYY-MM-DD`,
      (v) => !v || isCalendarDate(v)
    );

const listOf = (allowed: readonly string[]) => allowed.join(', ');

const shape = {
  campaign: yup
    .string()
    .required('campaign is required: the slug of a campaign')
    .max(MAX, `campaign must be at most ${MAX} characters`)
    // PostgreSQL refuses a NUL in text; no slug holds a control character, so say so up front.
    .test(
      'no-control-characters',
      'campaign must not contain control characters',
      (v) => v === undefined || !CONTROL_CHARACTER.test(v)
    ),
  groupBy: yup
    .string()
    .max(MAX, `groupBy must be at most ${MAX} characters`)
    .test('dimensions', function check(value) {
      if (value === undefined || value.trim() === '') return true;
      const items = value.split(',').map((s) => s.trim());
      const unknown = items.find((d) => !(DIMENSIONS as readonly string[]).includes(d));
      if (unknown !== undefined) {
        return this.createError({
          message: `groupBy has an unknown dimension "${unknown}"; allowed: ${listOf(DIMENSIONS)}`,
        });
      }
      if (new Set(items).size !== items.length) {
        return this.createError({
          message: `groupBy repeats a dimension; allowed: ${listOf(DIMENSIONS)}`,
        });
      }
      return true;
    }),
  period: yup
    .string()
    .max(MAX)
    .oneOf([...PERIODS], `period must be one of: ${listOf(PERIODS)}`),
  measure: yup
    .string()
    .max(MAX)
    .oneOf([...MEASURES], `measure must be one of: ${listOf(MEASURES)}`),
  from: dateParam('from'),
  to: dateParam('to'),
};

const rangeTest = {
  name: 'range',
  message: 'from must not be after to',
  test: (v: { from?: string; to?: string } | undefined) => !v?.from || !v?.to || v.from <= v.to,
};

const unknownMessage = (allowed: string[]) => `unknown parameter; allowed: ${allowed.join(', ')}`;

const tallySchema = yup
  .object(shape)
  .noUnknown(true, unknownMessage(Object.keys(shape)))
  .test(rangeTest);
const exportSchema = yup
  .object({
    ...shape,
    format: yup
      .string()
      .max(MAX)
      .oneOf([...EXPORT_FORMATS], `format must be one of: ${listOf(EXPORT_FORMATS)}`),
  })
  .noUnknown(true, unknownMessage([...Object.keys(shape), 'format']))
  .test(rangeTest);
const summarySchema = yup
  .object({ campaign: shape.campaign, from: shape.from, to: shape.to })
  .noUnknown(true, unknownMessage(['campaign', 'from', 'to']))
  .test(rangeTest);

export interface ValidTallyQuery {
  campaign: string;
  groupBy: Dimension[];
  period: Period;
  measure: Measure;
  from: string | null;
  to: string | null;
}

const options = { strict: true, abortEarly: true };

function normalise(query: Record<string, unknown>): ValidTallyQuery {
  const groupBy =
    typeof query.groupBy === 'string' && query.groupBy.trim() !== '' ? query.groupBy : '';
  return {
    campaign: String(query.campaign),
    groupBy: groupBy ? (groupBy.split(',').map((s) => s.trim()) as Dimension[]) : [],
    period: ((query.period as Period | undefined) ?? 'month') as Period,
    measure: ((query.measure as Measure | undefined) ?? 'count') as Measure,
    from: (query.from as string | undefined) ?? null,
    to: (query.to as string | undefined) ?? null,
  };
}

const asObject = (query: unknown): Record<string, unknown> => {
  if (query === null || typeof query !== 'object' || Array.isArray(query)) {
    throw new errors.ValidationError('query parameters are required');
  }
  return query as Record<string, unknown>;
};

/** Validates GET /tallies parameters; a 400 names the parameter and the allowed values. */
export async function validateTallyQuery(query: unknown): Promise<ValidTallyQuery> {
  await validateYupSchema(tallySchema, options)(asObject(query));
  return normalise(asObject(query));
}

/** Validates GET /export parameters (the tally parameters plus `format`, default csv). */
export async function validateExportQuery(
  query: unknown
): Promise<ValidTallyQuery & { format: ExportFormat }> {
  await validateYupSchema(exportSchema, options)(asObject(query));
  const q = asObject(query);
  return {
    ...normalise(q),
    format: ((q.format as ExportFormat | undefined) ?? 'csv') as ExportFormat,
  };
}

/** Validates GET /summary parameters. */
export async function validateSummaryQuery(
  query: unknown
): Promise<Pick<ValidTallyQuery, 'campaign' | 'from' | 'to'>> {
  await validateYupSchema(summarySchema, options)(asObject(query));
  const { campaign, from, to } = normalise(asObject(query));
  return { campaign, from, to };
}

// The totals route takes no query parameters; `status` is tolerated (and ignored: only
// published items are ever counted) because the app sends it on every content-API call.
const totalsQuerySchema = yup
  .object({ status: yup.string().max(MAX) })
  .noUnknown(true, 'unknown parameter(s); none allowed');

/** Validates the :slug and the query of the content API's totals route. */
export async function validateTotalsRequest(slug: unknown, query: unknown): Promise<string> {
  await validateYupSchema(yup.object({ slug: shape.campaign }), options)({ slug });
  await validateYupSchema(totalsQuerySchema, options)(asObject(query));
  return String(slug);
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const assessmentSchema = yup
  .object({
    month: yup
      .string()
      .max(7, 'month must be a month YYYY-MM')
      .matches(MONTH, 'month must be a month YYYY-MM'),
    from: shape.from,
    to: shape.to,
    campaign: shape.campaign.notRequired(),
    format: yup
      .string()
      .max(MAX)
      .oneOf([...EXPORT_FORMATS], `format must be one of: ${listOf(EXPORT_FORMATS)}`),
  })
  .noUnknown(true, unknownMessage(['month', 'from', 'to', 'campaign', 'format']))
  .test(rangeTest)
  .test({
    name: 'month-or-range',
    message: 'give either month or from and to, not both',
    test: (v) => !v?.month || (!v.from && !v.to),
  })
  .test({
    name: 'whole-range',
    message: 'from and to go together',
    test: (v) => !v || Boolean(v.from) === Boolean(v.to),
  });

export interface ValidAssessmentQuery {
  from: string;
  to: string;
  campaign: string | null;
  format: ExportFormat;
}

/** The first and last day of a month YYYY-MM. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/**
 * Validates GET /assessment parameters: a month (YYYY-MM) or a from/to range; with neither, the
 * month before `today` (the local date in the campaigns' time zone).
 */
export async function validateAssessmentQuery(
  query: unknown,
  today: string
): Promise<ValidAssessmentQuery> {
  const q = asObject(query);
  await validateYupSchema(assessmentSchema, options)(q);
  const [y, m] = today.split('-').map(Number);
  const previous = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  const range =
    typeof q.from === 'string' && typeof q.to === 'string'
      ? { from: q.from, to: q.to }
      : monthRange(typeof q.month === 'string' ? q.month : previous);
  return {
    ...range,
    campaign: typeof q.campaign === 'string' && q.campaign !== '' ? q.campaign : null,
    format: ((q.format as ExportFormat | undefined) ?? 'json') as ExportFormat,
  };
}
