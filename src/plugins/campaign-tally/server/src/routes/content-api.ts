/** Content API, under /api/campaign-tally; the action ends in findOne so read-only tokens pass. */
export default {
  type: 'content-api' as const,
  routes: [
    { method: 'GET', path: '/campaigns/:slug/totals', handler: 'totals.findOne', config: {} },
  ],
};
