import { CONTENT_TYPES } from '../content-rules/uids';
import { EPISODES, PROGRAMME, type EpisodeSpec } from './demo-data';
import { createDraft, ensurePublishedAt } from './publish-backdated';
import { departmentId, shanghaiTime, type SeedContext } from './seed-context';

/** documentId by episode number, for the demo programme's episodes already stored. */
async function existingEpisodes(ctx: SeedContext): Promise<Map<number, string>> {
  const rows = (await ctx.strapi.db.query(CONTENT_TYPES.episode).findMany({
    where: { programme: PROGRAMME, number: { $in: EPISODES.map((episode) => episode.number) } },
    select: ['documentId', 'number'],
  })) as Array<{ documentId: string; number: number }>;
  return new Map(rows.map((row) => [Number(row.number), row.documentId]));
}

function episodeData(ctx: SeedContext, spec: EpisodeSpec, ids: Map<number, string>) {
  const followUpOf = spec.followUpOf === undefined ? undefined : ids.get(spec.followUpOf);
  if (spec.followUpOf !== undefined && !followUpOf) {
    throw new Error(`episode ${spec.number} revisits episode ${spec.followUpOf}, which is missing`);
  }
  return {
    title: spec.title,
    programme: spec.programme,
    number: spec.number,
    airDate: spec.airDate,
    summary: spec.summary,
    campaign: ctx.campaignId,
    departments: spec.departments.map((name) => departmentId(ctx, name)),
    problems: spec.problems.map((problem) => ({
      ...problem,
      department: departmentId(ctx, problem.department),
      resolution: problem.resolution ?? null,
    })),
    ...(followUpOf ? { followUpOf } : {}),
  };
}

/** 《张店民声》 问政 episodes, by programme and number; published on their air date. */
export async function seedEpisodes(ctx: SeedContext): Promise<void> {
  const ids = await existingEpisodes(ctx);
  // Data order puts an episode before any 回头看 that revisits it.
  for (const spec of EPISODES) {
    const found = ids.get(spec.number);
    if (spec.draft && found) {
      ctx.report.episode.existing += 1;
      continue;
    }
    const data = episodeData(ctx, spec, ids);
    // Published ones go out at 20:00 on their air date, when 《张店民声》 is broadcast.
    const airedAt = shanghaiTime(`${spec.airDate.slice(5)} 20:00`);
    const { documentId, created } = spec.draft
      ? { documentId: await createDraft(ctx.strapi, CONTENT_TYPES.episode, data), created: true }
      : await ensurePublishedAt(ctx.strapi, CONTENT_TYPES.episode, found, data, airedAt);
    ids.set(spec.number, documentId);
    ctx.report.episode[created ? 'created' : 'existing'] += 1;
  }
}
