/**
 * The rule a production secret must pass (docs/production.md, "Secrets"):
 * - The value is read without surrounding whitespace and quotes (`"…"`, `'…'`), because env files
 *   passed to docker or systemd keep quotes literally. The app uses the value so read.
 * - It is not a template placeholder (`tobemodified`, `toBeModified1`, …), in any letter case.
 * - It encodes at least 32 random bytes: 64+ hex digits, or 43+ base64/base64url characters.
 *   A value made only of hex digits is read as hex, the stricter reading.
 * - Its decoded bytes hold at least 16 distinct values. 32 random bytes hold about 30; a repeated
 *   or patterned value (`AAAA…`, `abab…`, a word said many times) holds a handful.
 * - APP_KEYS holds at least 2 comma-separated keys, each passing the rule, none repeated.
 * - No two secrets share a value (a signing secret reused elsewhere is two secrets at risk).
 */
export const MIN_SECRET_BYTES = 32;
export const MIN_DISTINCT_BYTES = 16;
export const MIN_APP_KEYS = 2;

/** Prints a fresh value that passes the rule; the same command is in .env.example. */
export const GENERATE_COMMAND = `node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"`;

const PLACEHOLDERS = new Set(['tobemodified', 'tobemodified1', 'tobemodified2', 'changeme']);
const HEX = /^[0-9a-fA-F]+$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
const SURROUNDING_QUOTES = /^["']+|["']+$/g;

/** The value as the app uses it: without surrounding whitespace and quote characters. */
export function normalizeSecret(raw: string): string {
  return raw.trim().replace(SURROUNDING_QUOTES, '').trim();
}

function decode(value: string): Buffer | null {
  if (HEX.test(value)) return Buffer.from(value.length % 2 ? value.slice(0, -1) : value, 'hex');
  if (BASE64.test(value)) return Buffer.from(value, 'base64');
  return null;
}

/** True for an empty value or a template placeholder, in any case and quoting. */
export function isUnsetOrPlaceholder(raw: string): boolean {
  const value = normalizeSecret(raw);
  return value === '' || PLACEHOLDERS.has(value.toLowerCase());
}

/** Why one secret value fails the rule (never quoting it), or null when it passes. */
export function secretProblem(raw: string | undefined): string | null {
  const value = raw === undefined ? '' : normalizeSecret(raw);
  if (value === '') return 'is missing';
  if (isUnsetOrPlaceholder(value)) return 'is a placeholder';
  const bytes = decode(value);
  if (!bytes) return 'is not hex or base64';
  if (bytes.length < MIN_SECRET_BYTES) {
    return `is too short, ${bytes.length} bytes where ${MIN_SECRET_BYTES} are needed`;
  }
  if (new Set(bytes).size < MIN_DISTINCT_BYTES) return 'is repetitive, not random';
  return null;
}

/** The keys of APP_KEYS as the app uses them: `"a,b"`, `"a","b"` and `a, b` all give a and b. */
export function splitAppKeys(raw: string): string[] {
  return raw.split(',').map(normalizeSecret);
}

/** Why APP_KEYS fails the rule, or null when it passes. */
export function appKeysProblem(raw: string | undefined): string | null {
  if (raw === undefined || normalizeSecret(raw) === '') return 'is missing';
  const keys = splitAppKeys(raw);
  const problems = keys
    .map((key, i) => ({ i, problem: secretProblem(key) }))
    .filter((entry): entry is { i: number; problem: string } => entry.problem !== null)
    .map(({ i, problem }) => `key ${i + 1} of ${keys.length} ${problem}`);
  if (keys.length < MIN_APP_KEYS) {
    problems.unshift(`has ${keys.length} key where at least ${MIN_APP_KEYS} are needed`);
  }
  if (problems.length === 0 && new Set(keys).size < keys.length) problems.push('repeats a key');
  return problems.length > 0 ? problems.join(', ') : null;
}

export interface SecretIssue {
  name: string;
  problem: string;
}

/** Checks every named secret of an environment; returns one issue per bad variable. */
export function checkSecrets(
  names: readonly string[],
  env: Record<string, string | undefined>
): SecretIssue[] {
  const issues: SecretIssue[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const raw = env[name];
    const problem = name === 'APP_KEYS' ? appKeysProblem(raw) : secretProblem(raw);
    if (problem) {
      issues.push({ name, problem });
      continue;
    }
    const values =
      name === 'APP_KEYS' ? splitAppKeys(raw as string) : [normalizeSecret(raw as string)];
    const twin = values.map((value) => seen.get(value)).find(Boolean);
    if (twin) issues.push({ name, problem: `has the same value as ${twin}` });
    for (const value of values) seen.set(value, name);
  }
  return issues;
}

/** The one error message for a failed check: names and reasons, never values. */
export function describeSecretIssues(issues: SecretIssue[]): string {
  const list = issues.map(({ name, problem }) => `${name} ${problem}`).join('; ');
  return (
    `Refusing to start in production, ${issues.length} secret(s) unusable: ${list}. ` +
    `Each secret must be at least ${MIN_SECRET_BYTES} random bytes as hex (64+ digits) or ` +
    `base64 (43+ characters), and APP_KEYS at least ${MIN_APP_KEYS} such keys, comma-separated. ` +
    `Generate each with: ${GENERATE_COMMAND} (see .env.example and docs/production.md).`
  );
}
