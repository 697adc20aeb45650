import { INTERVIEW_ARTICLES } from './articles-interviews';
import { MINSHENG_ARTICLES } from './articles-minsheng';
import { NEW_MEDIA_ARTICLES } from './articles-new-media';
import { NEWS_ARTICLES } from './articles-news';
import { OPINION_ARTICLES } from './articles-opinion';
import type { ArticleSpec } from './types';

export { CAMPAIGN, COLUMNS } from './campaign';
export { DEPARTMENTS } from './departments';
export { DRAFT_ARTICLES } from './articles-drafts';
export { EPISODES, PROGRAMME } from './episodes';
export { PLEDGES, pledgeTitle } from './pledges';
export type * from './types';

/** Every article that goes out published, in publication order. */
export const PUBLISHED_ARTICLES: ArticleSpec[] = [
  ...NEWS_ARTICLES,
  ...OPINION_ARTICLES,
  ...INTERVIEW_ARTICLES,
  ...NEW_MEDIA_ARTICLES,
  ...MINSHENG_ARTICLES,
].sort((a, b) => a.at.localeCompare(b.at));
