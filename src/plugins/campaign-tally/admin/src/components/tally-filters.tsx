import {
  Box,
  DatePicker,
  Field,
  Grid,
  MultiSelect,
  MultiSelectOption,
  SingleSelect,
  SingleSelectOption,
} from '@strapi/design-system';

import {
  DIMENSIONS,
  PERIODS,
  type CampaignListResponse,
  type Dimension,
} from '../../../shared/contracts';
import { useTallyMessages } from '../hooks/use-tally-messages';
import { isDimension, isPeriod, type FilterValues } from '../utils/filter-params';
import { fromLocalDateString, toLocalDateString } from '../utils/local-date';

interface TallyFiltersProps {
  campaigns: CampaignListResponse['data'];
  values: FilterValues;
  onChange: (patch: Partial<FilterValues>) => void;
}

/** The campaign, date range, period and dimension controls at the top of the page. */
export const TallyFilters = ({ campaigns, values, onChange }: TallyFiltersProps) => {
  const { t } = useTallyMessages();
  const dateField = (key: 'from' | 'to') => (
    <Field.Root name={key} hint={t('filters.date.hint')}>
      <Field.Label>{t(key === 'from' ? 'filters.from' : 'filters.to')}</Field.Label>
      <DatePicker
        locale="zh-CN"
        value={fromLocalDateString(values[key])}
        onChange={(date) => onChange({ [key]: date ? toLocalDateString(date) : null })}
        onClear={() => onChange({ [key]: null })}
        clearLabel={t('filters.date.clear')}
        placeholder="YYYY-MM-DD"
      />
      <Field.Hint />
    </Field.Root>
  );

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Grid.Root gap={4}>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Field.Root name="campaign">
            <Field.Label>{t('filters.campaign')}</Field.Label>
            <SingleSelect
              value={values.campaign ?? undefined}
              placeholder={t('filters.campaign.placeholder')}
              onChange={(value) => onChange({ campaign: String(value) })}
            >
              {campaigns.map((campaign) => (
                <SingleSelectOption key={campaign.slug} value={campaign.slug}>
                  {campaign.name}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={2} s={6} direction="column" alignItems="stretch">
          {dateField('from')}
        </Grid.Item>
        <Grid.Item col={2} s={6} direction="column" alignItems="stretch">
          {dateField('to')}
        </Grid.Item>
        <Grid.Item col={2} s={6} direction="column" alignItems="stretch">
          <Field.Root name="period">
            <Field.Label>{t('filters.period')}</Field.Label>
            <SingleSelect
              value={values.period}
              onChange={(value) => {
                const period = String(value);
                if (isPeriod(period)) onChange({ period });
              }}
            >
              {PERIODS.map((period) => (
                <SingleSelectOption key={period} value={period}>
                  {t(`period.${period}`)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Grid.Item>
        <Grid.Item col={2} s={6} direction="column" alignItems="stretch">
          <Field.Root name="dimensions">
            <Field.Label>{t('filters.dimensions')}</Field.Label>
            <MultiSelect
              value={values.dimensions}
              placeholder={t('filters.dimensions.placeholder')}
              customizeContent={(selected) =>
                (selected ?? []).map((d) => t(`dimension.${d as Dimension}`)).join('、')
              }
              onChange={(selected) => onChange({ dimensions: selected.filter(isDimension) })}
            >
              {DIMENSIONS.map((dimension) => (
                <MultiSelectOption key={dimension} value={dimension}>
                  {t(`dimension.${dimension}`)}
                </MultiSelectOption>
              ))}
            </MultiSelect>
          </Field.Root>
        </Grid.Item>
      </Grid.Root>
    </Box>
  );
};
