/** The part of Koa's context the plugin's controllers use. */
export interface RequestContext {
  query: Record<string, unknown>;
  params: Record<string, string>;
  body: unknown;
  set(name: string, value: string): void;
}
