import { CONTENT_TYPES } from '../content-rules/uids';
import { TOTALS_CONTENT_API_ACTION } from '../plugins/campaign-tally/shared/constants';

/**
 * What the 爱张店 app reads: list and one-item for every app type, and campaign totals. Public and
 * authenticated app readers are granted exactly these (bootstrap/public-permissions.ts), and a
 * read-only API token reaches nothing else (policies/app-read-scope.ts).
 */
export const APP_READ_ACTIONS: readonly string[] = [
  ...Object.values(CONTENT_TYPES).flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  TOTALS_CONTENT_API_ACTION,
];
