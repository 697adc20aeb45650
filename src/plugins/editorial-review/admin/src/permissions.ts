import { ACTIONS, LEVELS } from '../../shared/constants';

/** Admin permission checks of the plugin, built from the RBAC actions the server registers. */
export const PERMISSIONS = {
  anyLevel: LEVELS.map((level) => ({ action: ACTIONS.reviewLevel[level], subject: null })),
  audit: [{ action: ACTIONS.readAudit, subject: null }],
  sheets: [{ action: ACTIONS.readSheets, subject: null }],
};
