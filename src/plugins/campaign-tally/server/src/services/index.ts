import { createAssessmentService } from './assessment';
import { createCampaignsService } from './campaigns';
import { createExportService } from './export';
import { createLedgerService } from './ledger';
import { createSummaryService } from './summary';
import { createTallyService } from './tally';

const services = {
  assessment: createAssessmentService,
  campaigns: createCampaignsService,
  export: createExportService,
  ledger: createLedgerService,
  summary: createSummaryService,
  tally: createTallyService,
};

export type Services = typeof services;
export default services;
