import { execFileSync } from 'child_process';
import path from 'path';

/**
 * Compiles the app and the plugin once per run. Done here, not in each suite, because Strapi's
 * own compileStrapi() calls process.exit(1) on a type error, which would kill a jest worker.
 */
export default async function globalSetup(): Promise<void> {
  // .ci/run compiles once and then runs the SQLite and PostgreSQL legs side by side; two
  // compilers writing the same dist/ at once could let one leg load a half-written file.
  if (process.env.TEST_ALREADY_COMPILED === 'true') return;
  const root = path.resolve(__dirname, '..', '..');
  const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
  execFileSync(tsc, ['-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  execFileSync(tsc, ['-p', 'src/plugins/campaign-tally/tsconfig.server.json'], {
    cwd: root,
    stdio: 'inherit',
  });
}
