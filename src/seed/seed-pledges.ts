import { CONTENT_TYPES } from '../content-rules/uids';
import { PLEDGES, pledgeTitle } from './demo-data';
import { ensurePublishedAt } from './publish-backdated';
import { departmentId, documentIdsByKey, shanghaiTime, type SeedContext } from './seed-context';

/** One published pledge per district department, by title. */
export async function seedPledges(ctx: SeedContext): Promise<void> {
  const titles = PLEDGES.map((pledge) => pledgeTitle(pledge.department));
  const existing = await documentIdsByKey(ctx.strapi, CONTENT_TYPES.pledge, 'title', titles);
  for (const spec of PLEDGES) {
    const title = pledgeTitle(spec.department);
    const data = {
      title,
      department: departmentId(ctx, spec.department),
      campaign: ctx.campaignId,
      summary: spec.summary,
      items: spec.items,
    };
    const { created } = await ensurePublishedAt(
      ctx.strapi,
      CONTENT_TYPES.pledge,
      existing.get(title),
      data,
      shanghaiTime(spec.at)
    );
    ctx.report.pledge[created ? 'created' : 'existing'] += 1;
  }
}
