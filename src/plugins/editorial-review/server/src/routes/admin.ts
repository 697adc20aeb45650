import { ACTIONS, PLUGIN_ID } from '../../../shared/constants';

const authenticated = 'admin::isAuthenticatedAdmin';
const withAction = (action: string) => ({
  policies: [authenticated, { name: 'admin::hasPermissions', config: { actions: [action] } }],
});
const withContentRight = (verb: 'read' | 'update' | 'publish') => ({
  policies: [authenticated, { name: `plugin::${PLUGIN_ID}.has-content-right`, config: { verb } }],
});
const reviewer = { policies: [authenticated, `plugin::${PLUGIN_ID}.has-any-review-level`] };

const documentPath = '/documents/:uid/:documentId';

/** Admin API, under /editorial-review; every route needs an admin JWT and a right. */
export default {
  type: 'admin' as const,
  routes: [
    {
      method: 'GET',
      path: documentPath,
      handler: 'review.state',
      config: withContentRight('read'),
    },
    {
      method: 'POST',
      path: `${documentPath}/submit`,
      handler: 'review.submit',
      config: withContentRight('update'),
    },
    {
      method: 'POST',
      path: `${documentPath}/approve`,
      handler: 'review.approve',
      config: reviewer,
    },
    { method: 'POST', path: `${documentPath}/reject`, handler: 'review.reject', config: reviewer },
    {
      method: 'POST',
      path: `${documentPath}/withdraw`,
      handler: 'review.withdraw',
      config: withContentRight('publish'),
    },
    { method: 'GET', path: '/queue', handler: 'review.queue', config: reviewer },
    { method: 'GET', path: '/audit', handler: 'audit.list', config: withAction(ACTIONS.readAudit) },
    {
      method: 'GET',
      path: '/audit/export',
      handler: 'audit.export',
      config: withAction(ACTIONS.readAudit),
    },
    {
      method: 'GET',
      path: '/sheets/export',
      handler: 'sheets.export',
      config: withAction(ACTIONS.readSheets),
    },
    {
      method: 'GET',
      path: '/sheets/:id',
      handler: 'sheets.findOne',
      config: withAction(ACTIONS.readSheets),
    },
  ],
};
