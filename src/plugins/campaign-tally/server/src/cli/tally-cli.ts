import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PLUGIN_ID } from '../../../shared/contracts';
import { toCsv } from '../exports/csv';
import { tallyTable } from '../exports/tally-table';
import { toXlsx } from '../exports/xlsx';
import type { Services } from '../services';
import { validateTallyQuery } from '../validation/tally-query';
import { parseCliArgs, USAGE, type CliArgs } from './cli-args';
import { textTable } from './text-table';

type Output = { write: (text: string) => void };

const service = <K extends keyof Services>(strapi: Core.Strapi, name: K) =>
  strapi.plugin(PLUGIN_ID).service(name as string) as ReturnType<Services[K]>;

/** Runs one parsed command against a loaded Strapi (the CLI's own, or a test's). */
export async function runCommand(strapi: Core.Strapi, args: CliArgs, out: Output): Promise<number> {
  if (args.mode === 'rebuild') {
    const report = await service(strapi, 'ledger').rebuild();
    out.write(
      `ledger rebuilt: ${report.publications} publications, ${report.departmentLinks} department links, ${report.tookMs} ms\n`
    );
    return 0;
  }
  if (args.mode === 'verify') {
    const report = await service(strapi, 'ledger').verify();
    out.write(
      `${report.ok ? 'ledger OK' : 'ledger differs'}: ${report.checked} publications checked, ${report.differences.length} differences\n`
    );
    for (const d of report.differences)
      out.write(
        `  ${d.type} ${d.documentId} ${d.problem}: ledger=${d.ledger ?? '-'} content=${d.content ?? '-'}\n`
      );
    return report.ok ? 0 : 1;
  }
  const query = await validateTallyQuery(args.query);
  const data = await service(strapi, 'tally').tally(query);
  const body =
    args.format === 'table'
      ? textTable(data)
      : args.format === 'csv'
        ? toCsv(tallyTable(data))
        : args.format === 'json'
          ? `${JSON.stringify(data, null, 2)}\n`
          : await toXlsx(data);
  if (args.out) {
    fs.writeFileSync(args.out, body);
    out.write(`written ${args.out}\n`);
  } else out.write(String(body));
  return 0;
}

/**
 * The tally CLI: boots Strapi from the compiled app (no HTTP server), runs one command, destroys
 * Strapi. Returns the exit code; bad arguments print the usage and return 2.
 */
export async function main(
  argv: string[],
  opts: { appDir: string; stdout?: Output; stderr?: Output }
): Promise<number> {
  const stdout = opts.stdout ?? process.stdout;
  const stderr = opts.stderr ?? process.stderr;
  let args: CliArgs | 'help';
  try {
    args = parseCliArgs(argv);
    if (args !== 'help' && args.mode === 'tally') await validateTallyQuery(args.query);
  } catch (error) {
    stderr.write(`tally: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args === 'help') {
    stdout.write(`${USAGE}\n`);
    return 0;
  }
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'error';
  const strapi = await createStrapi({
    appDir: opts.appDir,
    distDir: path.join(opts.appDir, 'dist'),
  }).load();
  try {
    return await runCommand(strapi, args, stdout);
  } catch (error) {
    if (error instanceof errors.NotFoundError || error instanceof errors.ValidationError) {
      stderr.write(`tally: ${error.message}\n`);
      return error instanceof errors.NotFoundError ? 3 : 2;
    }
    throw error;
  } finally {
    await strapi.destroy();
  }
}
