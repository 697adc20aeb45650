import { parseArgs } from 'node:util';
import { DIMENSIONS, EXPORT_FORMATS, MEASURES, PERIODS } from '../../../shared/contracts';

export const CLI_FORMATS = ['table', ...EXPORT_FORMATS] as const;
export type CliFormat = (typeof CLI_FORMATS)[number];

export const USAGE = `Usage: npm run tally -- --campaign <slug> [options]
       npm run tally -- --rebuild | --verify

  --campaign <slug>     campaign to tally (required unless --rebuild/--verify)
  --group-by <dims>     comma list of: ${DIMENSIONS.join(', ')}
  --period <p>          one of: ${PERIODS.join(', ')} (default month)
  --measure <m>         one of: ${MEASURES.join(', ')} (default count; score adds 稿件考核 points)
  --from <YYYY-MM-DD>   first local day, inclusive
  --to <YYYY-MM-DD>     last local day, inclusive
  --format <f>          one of: ${CLI_FORMATS.join(', ')} (default table)
  --out <file>          write to a file instead of stdout (needed for xlsx)
  --rebuild             rebuild the publication ledger from the content tables
  --verify              compare the ledger with a fresh recount; exit 1 on differences
  --help                this message`;

export interface CliArgs {
  mode: 'tally' | 'rebuild' | 'verify';
  query: Record<string, string>;
  format: CliFormat;
  out: string | null;
}

/** Parses the command line; throws an Error with a readable message on bad arguments. */
export function parseCliArgs(argv: string[]): CliArgs | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      campaign: { type: 'string' },
      'group-by': { type: 'string' },
      period: { type: 'string' },
      measure: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      rebuild: { type: 'boolean' },
      verify: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return 'help';
  if (positionals.length) throw new Error(`unexpected argument "${positionals[0]}"`);
  if (values.rebuild && values.verify) throw new Error('--rebuild and --verify cannot be combined');
  const format = (values.format ?? 'table') as CliFormat;
  if (!CLI_FORMATS.includes(format))
    throw new Error(`--format must be one of: ${CLI_FORMATS.join(', ')}`);
  if (format === 'xlsx' && !values.out) throw new Error('--format xlsx needs --out FILE');
  const mode = values.rebuild ? 'rebuild' : values.verify ? 'verify' : 'tally';
  if (mode === 'tally' && !values.campaign) throw new Error('--campaign <slug> is required');
  const query: Record<string, string> = {};
  if (values.campaign) query.campaign = values.campaign;
  if (values['group-by']) query.groupBy = values['group-by'];
  if (values.period) query.period = values.period;
  if (values.measure) query.measure = values.measure;
  if (values.from) query.from = values.from;
  if (values.to) query.to = values.to;
  return { mode, query, format, out: values.out ?? null };
}
