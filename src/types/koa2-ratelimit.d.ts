// koa2-ratelimit ships no types; only the part this app uses is declared.
declare module 'koa2-ratelimit' {
  export const RateLimit: {
    middleware(options: {
      interval: { sec?: number; min?: number };
      max: number;
      keyGenerator?: (ctx: never) => Promise<string>;
      handler?: (ctx: never) => void;
    }): (ctx: never, next: () => Promise<unknown>) => Promise<unknown>;
  };
}
