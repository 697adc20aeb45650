// koa2-ratelimit ships no types; only the part this app uses is declared.
declare module 'koa2-ratelimit' {
  export const RateLimit: {
    /** `C` is the caller's own context type: the limiter only hands it back to the callbacks. */
    middleware<C>(options: {
      interval: { sec?: number; min?: number };
      max: number;
      keyGenerator?: (ctx: C) => Promise<string>;
      handler?: (ctx: C) => void;
    }): (ctx: C, next: () => Promise<unknown>) => Promise<unknown>;
  };
}
