import { createActorsService } from './actors';
import { createAuditService } from './audit';
import { createReviewService } from './review';
import { createSheetExportService } from './sheet-export';
import { createWordCheckService } from './word-check';

const services = {
  actors: createActorsService,
  audit: createAuditService,
  review: createReviewService,
  'sheet-export': createSheetExportService,
  'word-check': createWordCheckService,
};

export type Services = typeof services;
export default services;
