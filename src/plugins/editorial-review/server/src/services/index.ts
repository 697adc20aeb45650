import { createActorsService } from './actors';
import { createAuditService } from './audit';
import { createPreviewService } from './preview';
import { createReviewService } from './review';
import { createReviewMetricsService } from './review-metrics';
import { createSheetExportService } from './sheet-export';
import { createWordCheckService } from './word-check';

const services = {
  actors: createActorsService,
  audit: createAuditService,
  preview: createPreviewService,
  review: createReviewService,
  'review-metrics': createReviewMetricsService,
  'sheet-export': createSheetExportService,
  'word-check': createWordCheckService,
};

export type Services = typeof services;
export default services;
