/** The plugin's RBAC actions, declared once: bootstrap registers them, routes and admin check them. */
export const ACTION_RECORDS = {
  read: { uid: 'read', displayName: '查看统计' },
  export: { uid: 'export', displayName: '导出统计' },
  assess: { uid: 'assess', displayName: '查看与导出稿件考核' },
} as const;

/** The full action names, e.g. plugin::campaign-tally.read. */
export const ACTIONS = {
  read: `plugin::campaign-tally.${ACTION_RECORDS.read.uid}`,
  export: `plugin::campaign-tally.${ACTION_RECORDS.export.uid}`,
  assess: `plugin::campaign-tally.${ACTION_RECORDS.assess.uid}`,
} as const;

/** The content-API action for the app's totals route; ends in findOne so read-only tokens pass it. */
export const TOTALS_CONTENT_API_ACTION = 'plugin::campaign-tally.totals.findOne';
