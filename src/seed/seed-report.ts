/** The kinds of item the demo seed writes, in the order it writes them. */
export const SEED_TYPES = [
  'campaign',
  'column',
  'department',
  'reporter',
  'scoring-rule',
  'article',
  'episode',
  'pledge',
] as const;

export type SeedType = (typeof SEED_TYPES)[number];

export interface SeedCount {
  created: number;
  existing: number;
}

/** What one seed run did: per type, items it created and items it found already there. */
export type SeedReport = Record<SeedType, SeedCount> & { durationMs: number };

export const emptyReport = (): SeedReport => ({
  campaign: { created: 0, existing: 0 },
  column: { created: 0, existing: 0 },
  department: { created: 0, existing: 0 },
  reporter: { created: 0, existing: 0 },
  'scoring-rule': { created: 0, existing: 0 },
  article: { created: 0, existing: 0 },
  episode: { created: 0, existing: 0 },
  pledge: { created: 0, existing: 0 },
  durationMs: 0,
});

export const totalCreated = (report: SeedReport) =>
  SEED_TYPES.reduce((sum, type) => sum + report[type].created, 0);

/** One line for the log: "created 163 (campaign 1, column 5, …), 0 already there, in 4.2 s". */
export function summarizeReport(report: SeedReport): string {
  const created = SEED_TYPES.map((type) => `${type} ${report[type].created}`).join(', ');
  const existing = SEED_TYPES.reduce((sum, type) => sum + report[type].existing, 0);
  const seconds = (report.durationMs / 1000).toFixed(1);
  return `created ${totalCreated(report)} (${created}), ${existing} already there, in ${seconds} s`;
}
