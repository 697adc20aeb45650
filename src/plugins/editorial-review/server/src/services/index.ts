import { createActorsService } from './actors';
import { createAuditService } from './audit';
import { createReviewService } from './review';
import { createSheetExportService } from './sheet-export';

const services = {
  actors: createActorsService,
  audit: createAuditService,
  review: createReviewService,
  'sheet-export': createSheetExportService,
};

export type Services = typeof services;
export default services;
