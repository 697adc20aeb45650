/** Nothing to release: the plugin keeps no state outside the database. */
export default () => undefined;
