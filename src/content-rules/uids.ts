import type { UID } from '@strapi/strapi';

/** The content types of the app, defined once. */
export const CONTENT_TYPES = {
  campaign: 'api::campaign.campaign',
  column: 'api::special-column.special-column',
  article: 'api::article.article',
  episode: 'api::episode.episode',
  department: 'api::department.department',
  pledge: 'api::pledge.pledge',
  reporter: 'api::reporter.reporter',
} as const satisfies Record<string, UID.ContentType>;

export type AppContentType = (typeof CONTENT_TYPES)[keyof typeof CONTENT_TYPES];

/** The directories editors keep, without draft & publish: departments and reporters. */
const DIRECTORY_TYPES = [CONTENT_TYPES.department, CONTENT_TYPES.reporter] as const;
type DirectoryContentType = (typeof DIRECTORY_TYPES)[number];

/** The app's types with draft & publish: all but the directories. */
export type PublishableContentType = Exclude<AppContentType, DirectoryContentType>;

/** The field each type's slug is made from. */
export const SLUG_SOURCE: Record<AppContentType, 'name' | 'title'> = {
  [CONTENT_TYPES.campaign]: 'name',
  [CONTENT_TYPES.column]: 'name',
  [CONTENT_TYPES.article]: 'title',
  [CONTENT_TYPES.episode]: 'title',
  [CONTENT_TYPES.department]: 'name',
  [CONTENT_TYPES.pledge]: 'title',
  [CONTENT_TYPES.reporter]: 'name',
};

export const isAppContentType = (uid: string): uid is AppContentType =>
  Object.values(CONTENT_TYPES).includes(uid as AppContentType);

export const isPublishable = (uid: AppContentType): uid is PublishableContentType =>
  !(DIRECTORY_TYPES as readonly string[]).includes(uid);
