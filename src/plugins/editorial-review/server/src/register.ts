import type { Core } from '@strapi/strapi';
import { reviewMiddleware } from './document-middlewares/review-middleware';
import { scheduleAuditMiddleware } from './document-middlewares/schedule-audit';
import { wordLibraryMiddleware } from './document-middlewares/word-library';
import { getReviewLevels } from './services/review-levels';

/** Checks the review levels against the content types (a bad REVIEW_LEVELS stops the boot) and gates writes. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  getReviewLevels(strapi);
  strapi.documents.use(reviewMiddleware(strapi));
  strapi.documents.use(scheduleAuditMiddleware(strapi));
  strapi.documents.use(wordLibraryMiddleware(strapi));
};
