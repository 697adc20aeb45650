import { errors } from '@strapi/utils';

export interface BodyDepthConfig {
  /** Deepest nesting of objects and arrays a request body may have; the body itself is level 1. */
  maxDepth: number;
}

/**
 * How deep `value` nests objects and arrays, counted without recursion (a parsed body can be
 * nested far deeper than the call stack allows) and stopping as soon as `limit` is passed.
 */
export function nestingDepth(value: unknown, limit = Infinity): number {
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[value, 1]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(node)) pending.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Refuses a parsed request body nested deeper than `maxDepth`, on every route. Strapi's own
 * validators and sanitizers walk bodies recursively, and a JSON body nested 5,000 deep made them
 * overflow the stack: a 500 on /admin/reset-password, /admin/login and more.
 */
export default (config: BodyDepthConfig) => {
  const maxDepth = config.maxDepth;
  if (!Number.isInteger(maxDepth) || maxDepth < 1) {
    throw new Error(`body-depth: maxDepth must be a positive integer, got ${maxDepth}`);
  }
  return async (ctx: { request: { body?: unknown } }, next: () => Promise<unknown>) => {
    if (nestingDepth(ctx.request.body, maxDepth) > maxDepth) {
      throw new errors.ValidationError(
        `the request body is nested deeper than ${maxDepth} levels of objects and arrays`,
        { maxDepth }
      );
    }
    return next();
  };
};
