import { createRandom, type Random } from './prng';

/** Which versions a generated document has, as Strapi would have left them. */
export type DocState = 'draft' | 'unpublished' | 'published' | 'republished';
export type ItemType = 'article' | 'episode' | 'pledge';

export interface PlannedDoc {
  type: ItemType;
  index: number;
  documentId: string;
  state: DocState;
  campaign: number;
  column: number | null;
  departments: number[];
  format: string | null;
  createdAt: number;
  firstPublishedAt: number | null;
  publishedAt: number | null;
}

export interface PlanOptions {
  items: number;
  campaigns: number;
  columnsPerCampaign: number;
  departments: number;
  seed: number;
}

const DAY = 86_400_000;
/** Two years of newsroom output, ending at a fixed date so every run makes the same data. */
export const SPAN_END = Date.UTC(2026, 5, 30);
export const SPAN_START = SPAN_END - 730 * DAY;
const FORMATS = [
  'news',
  'commentary',
  'interview',
  'reprint',
  'image-text',
  'short-video',
  'long-image',
];

/** How many documents of each type N items means: mostly articles, a few episodes and pledges. */
export function typeCounts(items: number): Record<ItemType, number> {
  const episode = Math.max(1, Math.floor(items * 0.02));
  const pledge = Math.max(1, Math.floor(items * 0.02));
  return { article: Math.max(0, items - episode - pledge), episode, pledge };
}

function stateOf(random: Random): DocState {
  const r = random.next();
  if (r < 0.08) return 'draft';
  if (r < 0.13) return 'unpublished';
  if (r < 0.23) return 'republished';
  return 'published';
}

function departmentsOf(random: Random, type: ItemType, count: number): number[] {
  if (type === 'pledge') return [random.int(count)];
  const r = random.next();
  const n = r < 0.3 ? 0 : r < 0.7 ? 1 : r < 0.9 ? 2 : 3;
  const picked = new Set<number>();
  while (picked.size < Math.min(n, count)) picked.add(random.int(count));
  return [...picked];
}

/** Yields the planned documents of one type in order; deterministic for a given seed. */
export function* planDocuments(
  type: ItemType,
  count: number,
  options: PlanOptions
): Generator<PlannedDoc> {
  const random = createRandom(
    options.seed ^ { article: 0x1111, episode: 0x2222, pledge: 0x3333 }[type]
  );
  for (let index = 0; index < count; index += 1) {
    const state = stateOf(random);
    const campaign = random.int(options.campaigns);
    const inColumn = type === 'article' && random.next() < 0.85;
    const createdAt = SPAN_START + random.int(730 * DAY - 3 * DAY);
    const firstPublishedAt = state === 'draft' ? null : createdAt + random.int(DAY);
    const publishedAt =
      state === 'published'
        ? firstPublishedAt
        : state === 'republished'
          ? (firstPublishedAt as number) + random.int(2 * DAY) + 1
          : null;
    yield {
      type,
      index,
      documentId: `${type[0]}${index.toString(36).padStart(8, '0')}${random.token(15)}`,
      state,
      campaign,
      column: inColumn
        ? campaign * options.columnsPerCampaign + random.int(options.columnsPerCampaign)
        : null,
      departments: departmentsOf(random, type, options.departments),
      format: type === 'article' ? random.pick(FORMATS) : null,
      createdAt,
      firstPublishedAt,
      publishedAt,
    };
  }
}
