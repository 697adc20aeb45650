/** RBAC actions of the plugin, declared once. */
export const ACTIONS = {
  read: 'plugin::campaign-tally.read',
  export: 'plugin::campaign-tally.export',
} as const;

/** The content-API action for the app's totals route; ends in findOne so read-only tokens pass it. */
export const TOTALS_CONTENT_API_ACTION = 'plugin::campaign-tally.totals.findOne';
