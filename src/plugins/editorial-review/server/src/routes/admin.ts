import { ACTIONS, PLUGIN_ID } from '../../../shared/constants';
import { WORD_UIDS } from '../../../shared/word-check';

const authenticated = 'admin::isAuthenticatedAdmin';
const withAction = (action: string) => ({
  policies: [authenticated, { name: 'admin::hasPermissions', config: { actions: [action] } }],
});
/** A content-manager right on the route's :uid, or on a fixed type (the 错敏词 library). */
const withContentRight = (verb: 'read' | 'update' | 'publish', uid?: string) => ({
  policies: [
    authenticated,
    { name: `plugin::${PLUGIN_ID}.has-content-right`, config: { verb, uid } },
  ],
});
const reviewer = { policies: [authenticated, `plugin::${PLUGIN_ID}.has-any-review-level`] };

const documentPath = '/documents/:uid/:documentId';

/** Admin API, under /editorial-review; every route but the signed preview needs an admin JWT and a right. */
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
    {
      // Loaded by the preview iframe, which carries no admin token: the link's signature is the
      // proof (services/preview.ts hands links out to admins who may read the document).
      method: 'GET',
      path: '/preview/:uid/:documentId',
      handler: 'preview.show',
      config: { auth: false },
    },
    {
      method: 'POST',
      path: '/word-check/:uid/:documentId',
      handler: 'word-check.check',
      config: withContentRight('read'),
    },
    {
      method: 'GET',
      path: '/word-library/export',
      handler: 'word-check.exportLibrary',
      config: withContentRight('read', WORD_UIDS.word),
    },
    {
      method: 'POST',
      path: '/word-library/import',
      handler: 'word-check.importLibrary',
      config: withContentRight('update', WORD_UIDS.word),
    },
  ],
};
