import * as React from 'react';
import { useSearchParams } from 'react-router-dom';

import type { CampaignListResponse } from '../../../shared/contracts';
import type { FilterValues } from '../components/tally-filters';
import type { TallyFilters } from '../utils/tally-urls';

const INITIAL: FilterValues = {
  campaign: null,
  from: null,
  to: null,
  period: 'month',
  dimensions: ['type', 'format'],
};

/**
 * The page's filter values. The campaign comes from `?campaign=` (the homepage widget links with
 * it), else it is preselected when only one campaign exists.
 */
export const useFilterState = (campaigns: CampaignListResponse['data'] | undefined) => {
  const [searchParams] = useSearchParams();
  const [values, setValues] = React.useState<FilterValues>(() => ({
    ...INITIAL,
    campaign: searchParams.get('campaign'),
  }));

  React.useEffect(() => {
    if (!campaigns || (values.campaign && campaigns.some((c) => c.slug === values.campaign)))
      return;
    setValues((prev) => ({ ...prev, campaign: campaigns.length === 1 ? campaigns[0].slug : null }));
  }, [campaigns, values.campaign]);

  const update = React.useCallback(
    (patch: Partial<FilterValues>) => setValues((prev) => ({ ...prev, ...patch })),
    []
  );

  const filters = React.useMemo<TallyFilters | null>(
    () =>
      values.campaign
        ? { campaign: values.campaign, period: values.period, from: values.from, to: values.to }
        : null,
    [values.campaign, values.period, values.from, values.to]
  );

  return { values, update, filters };
};
