import crypto from 'crypto';
import fs from 'fs';
import path from 'path';

/** The secrets Strapi needs, with how many random values each holds in development. */
export const SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

const PLACEHOLDERS = new Set(['', 'tobemodified', 'toBeModified1', 'toBeModified2']);
const DEV_SECRETS_FILE = path.join(process.cwd(), '.tmp', 'dev-secrets.json');

const isProduction = () => process.env.NODE_ENV === 'production';

function isPlaceholder(value: string | undefined): boolean {
  if (value === undefined) return true;
  return value.split(',').some((part) => PLACEHOLDERS.has(part.trim()));
}

function generateDevSecrets(): Record<SecretName, string> {
  const random = () => crypto.randomBytes(24).toString('base64');
  return {
    APP_KEYS: [random(), random(), random(), random()].join(','),
    API_TOKEN_SALT: random(),
    ADMIN_JWT_SECRET: random(),
    TRANSFER_TOKEN_SALT: random(),
    JWT_SECRET: random(),
    ENCRYPTION_KEY: random(),
  };
}

/** Development secrets live in .tmp/ so a fresh clone starts with no hand-made .env. */
function readOrCreateDevSecrets(): Record<SecretName, string> {
  try {
    return JSON.parse(fs.readFileSync(DEV_SECRETS_FILE, 'utf8'));
  } catch {
    const secrets = generateDevSecrets();
    fs.mkdirSync(path.dirname(DEV_SECRETS_FILE), { recursive: true });
    fs.writeFileSync(DEV_SECRETS_FILE, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    return secrets;
  }
}

/**
 * Returns a secret from the environment. In production a missing or template value stops the
 * start with the variable's name; elsewhere a generated development value stands in.
 */
export function secret(name: SecretName): string {
  const value = process.env[name];
  if (!isPlaceholder(value)) return value as string;
  if (isProduction()) {
    throw new Error(
      `${name} is missing or still a placeholder. Set it in the environment before starting in production (see .env.example).`
    );
  }
  return readOrCreateDevSecrets()[name];
}

/** Fails fast in production when any secret is missing, naming every bad variable at once. */
export function assertProductionSecrets(): void {
  if (!isProduction()) return;
  const bad = SECRET_NAMES.filter((name) => isPlaceholder(process.env[name]));
  if (bad.length > 0) {
    throw new Error(
      `Refusing to start in production: missing or placeholder secrets: ${bad.join(', ')}.`
    );
  }
}
