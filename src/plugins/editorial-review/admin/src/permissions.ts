import { ACTIONS, LEVELS } from '../../shared/constants';
import { WORD_UIDS } from '../../shared/word-check';

/** Admin permission checks of the plugin, built from the RBAC actions the server registers. */
export const PERMISSIONS = {
  anyLevel: LEVELS.map((level) => ({ action: ACTIONS.reviewLevel[level], subject: null })),
  audit: [{ action: ACTIONS.readAudit, subject: null }],
  sheets: [{ action: ACTIONS.readSheets, subject: null }],
  /** The 错敏词 library is two content types: reading the word list opens its page. */
  words: [{ action: 'plugin::content-manager.explorer.read', subject: WORD_UIDS.word }],
};
