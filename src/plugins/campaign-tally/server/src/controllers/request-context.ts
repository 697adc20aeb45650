/** The part of Koa's context the plugin's controllers use. */
export interface RequestContext {
  query: Record<string, unknown>;
  params: Record<string, string>;
  body: unknown;
  set(name: string, value: string): void;
  /** Koa's Content-Disposition: attachment helper (RFC 6266, with a UTF-8 name when needed). */
  attachment(filename: string): void;
  type: string;
}
