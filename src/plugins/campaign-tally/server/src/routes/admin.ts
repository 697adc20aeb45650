import { ACTIONS } from '../../../shared/constants';

const guarded = (action: string, middlewares: string[] = []) => ({
  policies: [
    'admin::isAuthenticatedAdmin',
    { name: 'admin::hasPermissions', config: { actions: [action] } },
  ],
  middlewares,
});

/** Admin API, under /campaign-tally; every route needs an admin JWT and the RBAC action. */
export default {
  type: 'admin' as const,
  routes: [
    { method: 'GET', path: '/tallies', handler: 'tally.tallies', config: guarded(ACTIONS.read) },
    {
      method: 'GET',
      path: '/export',
      handler: 'tally.export',
      config: guarded(ACTIONS.export, ['plugin::campaign-tally.export-rate-limit']),
    },
    { method: 'GET', path: '/summary', handler: 'tally.summary', config: guarded(ACTIONS.read) },
    // Per-person points: a right of its own, and the export rate limit on its files.
    {
      method: 'GET',
      path: '/assessment',
      handler: 'tally.assessment',
      config: guarded(ACTIONS.assess, ['plugin::campaign-tally.export-rate-limit']),
    },
    {
      method: 'GET',
      path: '/campaigns',
      handler: 'tally.campaigns',
      config: guarded(ACTIONS.read),
    },
  ],
};
