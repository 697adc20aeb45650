import { errors } from '@strapi/utils';
import {
  validateAssessmentQuery,
  validateExportQuery,
  validateSummaryQuery,
  validateTallyQuery,
} from '../tally-query';

const rejects = async (promise: Promise<unknown>, message: RegExp) => {
  await expect(promise).rejects.toBeInstanceOf(errors.ValidationError);
  await expect(promise).rejects.toThrow(message);
};

describe('tally query validation', () => {
  it('normalises good input and applies defaults', async () => {
    await expect(
      validateTallyQuery({
        campaign: 'a',
        groupBy: 'type, department',
        from: '2019-03-01',
        to: '2019-03-01',
      })
    ).resolves.toEqual({
      campaign: 'a',
      groupBy: ['type', 'department'],
      period: 'month',
      measure: 'count',
      from: '2019-03-01',
      to: '2019-03-01',
    });
    await expect(validateExportQuery({ campaign: 'a' })).resolves.toMatchObject({
      format: 'csv',
      groupBy: [],
    });
  });

  it('reads the 考核 month, defaults to last month, and refuses a month with a range', async () => {
    await expect(validateAssessmentQuery({}, '2026-01-15')).resolves.toEqual({
      from: '2025-12-01',
      to: '2025-12-31',
      campaign: null,
      format: 'json',
    });
    await expect(
      validateAssessmentQuery({ month: '2024-02', format: 'xlsx' }, '2026-01-15')
    ).resolves.toMatchObject({ from: '2024-02-01', to: '2024-02-29', format: 'xlsx' });
    await rejects(
      validateAssessmentQuery(
        { month: '2024-02', from: '2024-02-01', to: '2024-02-02' },
        '2026-01-15'
      ),
      /either month or from and to/
    );
    await rejects(
      validateAssessmentQuery({ month: '2024-2' }, '2026-01-15'),
      /month must be a month/
    );
  });

  it('names the bad parameter and the allowed values', async () => {
    await rejects(
      validateTallyQuery({ campaign: 'a', groupBy: 'type,colour' }),
      /groupBy.*colour.*allowed: type, format/
    );
    await rejects(
      validateTallyQuery({ campaign: 'a', period: 'year' }),
      /period must be one of: day, week, month, quarter, phase/
    );
    await rejects(
      validateTallyQuery({ campaign: 'a', from: '2019-02-30' }),
      /from must be a real calendar date/
    );
    await rejects(
      validateTallyQuery({ campaign: 'a', from: '2019-03-02', to: '2019-03-01' }),
      /from must not be after to/
    );
    await rejects(
      validateTallyQuery({ campaign: 'a', groupBy: 'type,'.repeat(50) }),
      /groupBy must be at most 200/
    );
    await rejects(validateTallyQuery({ campaign: 'a', format: 'csv' }), /unknown parameter/);
    await rejects(validateTallyQuery({ campaign: ['a', 'b'] }), /campaign/);
    await rejects(
      validateExportQuery({ campaign: 'a', format: 'pdf' }),
      /format must be one of: csv, xlsx, json/
    );
    await rejects(
      validateSummaryQuery({ campaign: 'a', groupBy: 'type' }),
      /allowed: campaign, from, to/
    );
  });
});
