import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import {
  appKeysProblem,
  checkSecrets,
  describeSecretIssues,
  isUnsetOrPlaceholder,
  MIN_SECRET_BYTES,
  normalizeSecret,
  secretProblem,
  splitAppKeys,
} from './secret-strength';

/** The secrets Strapi needs. */
export const SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;
export type SecretName = (typeof SECRET_NAMES)[number];
export type Secrets = Record<SecretName, string>;

const DEV_APP_KEYS = 4;

const isProduction = () => process.env.NODE_ENV === 'production';
const devSecretsFile = () => path.join(process.cwd(), '.tmp', 'dev-secrets.json');

/** A fresh random value that passes the production rule (src/env/secret-strength.ts). */
export function generateSecret(): string {
  return crypto.randomBytes(MIN_SECRET_BYTES).toString('base64');
}

/** A full set of fresh secrets, APP_KEYS holding several keys. */
export function generateSecrets(): Secrets {
  const appKeys = Array.from({ length: DEV_APP_KEYS }, generateSecret).join(',');
  const entries = SECRET_NAMES.map((name) => [
    name,
    name === 'APP_KEYS' ? appKeys : generateSecret(),
  ]);
  return Object.fromEntries(entries) as Secrets;
}

const passes = (name: SecretName, value: unknown) =>
  typeof value === 'string' &&
  (name === 'APP_KEYS' ? appKeysProblem(value) : secretProblem(value)) === null;

function readJson(file: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Reads the development secrets file, replacing any entry that is missing, unreadable or weaker
 * than the production rule (files from older runs held 24-byte values) with a fresh one. Never
 * throws: development must not refuse to start because of its own generated file, and if the
 * file cannot be written the values still serve this process.
 */
export function loadDevSecrets(file: string): Secrets {
  const stored = readJson(file);
  const replaced = SECRET_NAMES.filter((name) => !passes(name, stored[name]));
  if (replaced.length === 0) return stored as Secrets;
  const fresh = generateSecrets();
  const secrets = Object.fromEntries(
    SECRET_NAMES.map((name) => [name, replaced.includes(name) ? fresh[name] : stored[name]])
  ) as Secrets;
  // Written aside then renamed, so a parallel process never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(partial, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    fs.renameSync(partial, file);
    if (Object.keys(stored).length > 0) {
      console.warn(`Regenerated weak development secrets in ${file}: ${replaced.join(', ')}`);
    }
  } catch (error) {
    if (fs.existsSync(partial)) fs.rmSync(partial);
    console.warn(
      `Could not write ${file} (${(error as Error).message}); using them for this run only`
    );
  }
  return secrets;
}

// One set per process, so every config file and every restart in it sees the same values even
// when another process rewrites the file meanwhile.
let devSecrets: { file: string; secrets: Secrets } | null = null;
function currentDevSecrets(): Secrets {
  const file = devSecretsFile();
  if (devSecrets?.file !== file) devSecrets = { file, secrets: loadDevSecrets(file) };
  return devSecrets.secrets;
}

/** Fails in production unless every secret passes the rule, naming every bad variable at once. */
export function assertProductionSecrets(): void {
  if (!isProduction()) return;
  const issues = checkSecrets(SECRET_NAMES, process.env);
  if (issues.length > 0) throw new Error(describeSecretIssues(issues));
}

/**
 * Returns a secret as the app uses it (without surrounding quotes or spaces). In production every
 * secret is checked first, so whichever config file asks first, the error names all bad ones.
 * Elsewhere an unset or placeholder value is replaced by the generated development value.
 */
export function secret(name: SecretName): string {
  assertProductionSecrets();
  const raw = process.env[name] ?? '';
  const values = name === 'APP_KEYS' ? splitAppKeys(raw) : [normalizeSecret(raw)];
  if (values.some(isUnsetOrPlaceholder)) return currentDevSecrets()[name];
  return values.join(',');
}
