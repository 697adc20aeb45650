/** The slice of koa's context the admin-API route guards read and write. */
export interface GuardContext {
  params?: Record<string, string | undefined>;
  query: Record<string, unknown>;
  request: { body?: unknown; query?: Record<string, unknown> };
  body?: unknown;
  state: {
    userAbility?: unknown;
    route?: { handler?: unknown; info?: { pluginName?: string; type?: string } };
  };
}
