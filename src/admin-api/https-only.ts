import { errors } from '@strapi/utils';

/**
 * In production users-permissions marks its refresh cookie Secure, and koa refuses to send a
 * Secure cookie on a request that did not come over https: a sign-in over plain http was a 500.
 * Such a request is refused up front instead, with a message that says why. Whether it came over
 * https is what koa says, trusting the reverse proxy's X-Forwarded-Proto only when IS_PROXIED.
 */
export default (ctx: { request: { secure: boolean } }) => {
  if (process.env.NODE_ENV !== 'production' || ctx.request.secure) return true;
  throw new errors.PolicyError('signing in needs https: send this request over https');
};
