import en from '../../admin/src/translations/en.json';
import zhHans from '../../admin/src/translations/zh-Hans.json';
import { DIMENSION_RECORDS } from '../dimensions';
import { PERIOD_LABELS } from '../labels';
import { TALLIED_TYPE_RECORDS } from '../tallied-types';

/**
 * The admin's words for dimensions, periods and types are the registry's: the tally page, the
 * exports and the CLI cannot call one thing by two names.
 */
const messages = (catalogue: Record<string, string>) => (key: string) => catalogue[key];

describe('admin translations follow the registries', () => {
  it.each(DIMENSION_RECORDS.map((d) => [d.key, d.label]))(
    'dimension %s is %s in zh-Hans and has an English name',
    (key, label) => {
      expect(messages(zhHans)(`dimension.${key}`)).toBe(label);
      expect(messages(en)(`dimension.${key}`)).toBeTruthy();
    }
  );

  it('names every period as the exports do', () => {
    for (const [period, label] of Object.entries(PERIOD_LABELS)) {
      expect(messages(zhHans)(`period.${period}`)).toBe(label);
    }
  });

  it('names every tallied type as the exports do', () => {
    for (const t of TALLIED_TYPE_RECORDS) expect(messages(zhHans)(`type.${t.type}`)).toBe(t.label);
  });
});
