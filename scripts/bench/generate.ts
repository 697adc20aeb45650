import fs from 'fs';
import { loadStrapi } from './boot';
import { appEnv, dataSet, type Database } from './data-set';
import { generateDataSet, type DataSetTruth } from './generate-data';

export interface DataArgs {
  items: number;
  campaigns: number;
  database: Database;
}

/** Parses `--items N [--campaigns K]`; the database comes from DATABASE_CLIENT, as for the app. */
export function parseDataArgs(argv: string[]): DataArgs & { json: boolean; fresh: boolean } {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const items = Number(value('--items'));
  const campaigns = Number(value('--campaigns') ?? 10);
  if (!Number.isInteger(items) || items < 10)
    throw new Error('--items N is required (an integer, at least 10)');
  if (!Number.isInteger(campaigns) || campaigns < 1)
    throw new Error('--campaigns K must be a positive integer');
  const database = (process.env.DATABASE_CLIENT ?? 'sqlite') as Database;
  if (database !== 'sqlite' && database !== 'postgres')
    throw new Error('DATABASE_CLIENT must be sqlite or postgres');
  return {
    items,
    campaigns,
    database,
    json: argv.includes('--json'),
    fresh: argv.includes('--fresh'),
  };
}

/** The cached data set's truth, or null when it must be generated. */
export function cachedTruth(args: DataArgs): DataSetTruth | null {
  const { manifest } = dataSet(args.database, args.items, args.campaigns);
  return fs.existsSync(manifest)
    ? (JSON.parse(fs.readFileSync(manifest, 'utf8')) as DataSetTruth)
    : null;
}

/** Generates the data set into a fresh database and writes its manifest (the ground truth). */
export async function generateCached(args: DataArgs): Promise<DataSetTruth> {
  const set = dataSet(args.database, args.items, args.campaigns);
  await set.reset();
  const strapi = await loadStrapi(appEnv(set.env));
  try {
    const truth = await generateDataSet(strapi, {
      items: args.items,
      campaigns: args.campaigns,
      progress: true,
    });
    fs.writeFileSync(set.manifest, JSON.stringify(truth, null, 2));
    return truth;
  } finally {
    await strapi.destroy();
  }
}

if (require.main === module) {
  const args = parseDataArgs(process.argv.slice(2));
  generateCached(args)
    .then((truth) => {
      process.stderr.write(
        `generated ${truth.items} documents (${truth.rows} rows) on ${truth.database} in ${(truth.loadMs / 1000).toFixed(1)} s\n`
      );
      process.exit(0);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
