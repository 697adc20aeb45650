import { adminApi } from '@strapi/strapi/admin';

import type { AssessmentResponse } from '../../../shared/scoring';
import type {
  CampaignListResponse,
  Dimension,
  SummaryResponse,
  TallyResponse,
} from '../../../shared/contracts';
import { campaignsUrl, summaryUrl, talliesUrl, type TallyFilters } from '../utils/tally-urls';

export interface TallyArgs {
  filters: TallyFilters;
  groupBy: Dimension[];
}

/**
 * The plugin's reads, in the admin's own RTK Query API: each response is cached by its arguments,
 * so the homepage widget and the page share the campaign list, and changing one filter only
 * fetches the requests whose arguments changed.
 */
const tallyApi = adminApi.injectEndpoints({
  endpoints: (builder) => ({
    getCampaigns: builder.query<CampaignListResponse['data'], void>({
      query: () => campaignsUrl(),
      transformResponse: (response: CampaignListResponse) => response.data,
    }),
    getTally: builder.query<TallyResponse['data'], TallyArgs>({
      query: ({ filters, groupBy }) => talliesUrl(filters, groupBy),
      transformResponse: (response: TallyResponse) => response.data,
    }),
    getAssessment: builder.query<AssessmentResponse['data'], string>({
      query: (month) => `/campaign-tally/assessment?month=${encodeURIComponent(month)}`,
      transformResponse: (response: AssessmentResponse) => response.data,
    }),
    getSummary: builder.query<SummaryResponse['data'], TallyFilters>({
      query: (filters) => summaryUrl(filters),
      transformResponse: (response: SummaryResponse) => response.data,
    }),
  }),
});

/** Counts move whenever an editor publishes: a cached answer older than this is asked again. */
export const REFETCH_AFTER_SECONDS = 30;

export const { useGetCampaignsQuery, useGetTallyQuery, useGetSummaryQuery, useGetAssessmentQuery } =
  tallyApi;

/** What a section needs from one query result (RTK Query's result objects have this shape). */
export interface QueryState<T> {
  data?: T;
  error?: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}
