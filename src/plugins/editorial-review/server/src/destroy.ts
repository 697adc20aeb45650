import { stopPurge } from './bootstrap';

/** Stops the daily audit purge. */
export default () => stopPurge();
