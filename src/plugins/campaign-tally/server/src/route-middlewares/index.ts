import exportRateLimit from './export-rate-limit';

/** Koa middlewares the plugin's own routes declare (plugin::campaign-tally.<name>). */
export default { 'export-rate-limit': exportRateLimit };
