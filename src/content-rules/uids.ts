import type { UID } from '@strapi/strapi';

/** The content types of the app, defined once. */
export const CONTENT_TYPES = {
  campaign: 'api::campaign.campaign',
  column: 'api::special-column.special-column',
  article: 'api::article.article',
  episode: 'api::episode.episode',
  department: 'api::department.department',
  pledge: 'api::pledge.pledge',
} as const satisfies Record<string, UID.ContentType>;

export type AppContentType = (typeof CONTENT_TYPES)[keyof typeof CONTENT_TYPES];

/** The app's types with draft & publish: all but departments. */
export type PublishableContentType = Exclude<AppContentType, typeof CONTENT_TYPES.department>;

/** The field each type's slug is made from. */
export const SLUG_SOURCE: Record<AppContentType, 'name' | 'title'> = {
  [CONTENT_TYPES.campaign]: 'name',
  [CONTENT_TYPES.column]: 'name',
  [CONTENT_TYPES.article]: 'title',
  [CONTENT_TYPES.episode]: 'title',
  [CONTENT_TYPES.department]: 'name',
  [CONTENT_TYPES.pledge]: 'title',
};

export const isAppContentType = (uid: string): uid is AppContentType =>
  Object.values(CONTENT_TYPES).includes(uid as AppContentType);

export const isPublishable = (uid: AppContentType): uid is PublishableContentType =>
  uid !== CONTENT_TYPES.department;
