import type { Core } from '@strapi/strapi';
import type { PublicTotalsResponse } from '../../../shared/contracts';
import { getService } from '../get-service';
import type { RequestContext } from './request-context';
import { validateTotalsRequest } from '../validation/tally-query';

/** Content-API controller; its action is plugin::campaign-tally.totals.findOne. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: RequestContext) {
    const slug = await validateTotalsRequest(ctx.params.slug, ctx.query);
    ctx.body = {
      data: await getService('tally', { strapi }).publicTotals(slug),
    } satisfies PublicTotalsResponse;
  },
});
