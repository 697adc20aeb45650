/** What a request is, as Strapi's router decided it: never read from the text of its path. */

export interface MatchedRoute {
  method: string;
  path: string;
  info?: { type?: string; apiName?: string; pluginName?: string };
  config?: { auth?: false | { scope?: string[] } };
}

export interface RequestState {
  method?: string;
  state?: {
    route?: MatchedRoute;
    auth?: { strategy?: { name?: string }; credentials?: unknown };
  };
}

/** The route Strapi matched for this request; set by the router before auth and policies run. */
export const matchedRoute = (ctx: RequestState | undefined): MatchedRoute | undefined =>
  ctx?.state?.route;

/** Whether the request reached a content-API route (the app's REST surface under /api). */
export const isContentApiRequest = (ctx: RequestState | undefined): boolean =>
  matchedRoute(ctx)?.info?.type === 'content-api';

/** The action a route stands for, e.g. api::article.article.find (Strapi's auth scope). */
export const routeAction = (route: MatchedRoute | undefined): string | undefined =>
  route?.config?.auth ? route.config.auth.scope?.[0] : undefined;

/** The api-token strategy's name in Strapi 5.54 ('api-token' in earlier 5.x releases). */
const TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

/** The type of the content-API token that authenticated the request, if a token did. */
export function apiTokenType(ctx: RequestState | undefined): string | undefined {
  const auth = ctx?.state?.auth;
  if (!auth?.strategy?.name || !TOKEN_STRATEGIES.has(auth.strategy.name)) return undefined;
  return (auth.credentials as { type?: string } | null | undefined)?.type;
}

/** Whether the caller is anonymous: no user, no token. */
export const isAnonymous = (ctx: RequestState | undefined): boolean =>
  !ctx?.state?.auth?.credentials;
