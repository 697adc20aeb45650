import { ACTIONS } from '../../shared/constants';

/** Admin permission checks of the plugin, built from the RBAC actions the server registers. */
export const PERMISSIONS = {
  read: [{ action: ACTIONS.read, subject: null }],
  export: [{ action: ACTIONS.export, subject: null }],
  assess: [{ action: ACTIONS.assess, subject: null }],
};
