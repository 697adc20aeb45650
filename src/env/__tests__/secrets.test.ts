import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { appKeysProblem, secretProblem } from '../secret-strength';
import { generateSecrets, loadDevSecrets, secret, SECRET_NAMES, type Secrets } from '../secrets';

const b64 = (label: string) => crypto.createHash('sha256').update(label).digest('base64');
const problemOf = (name: string, value: string) =>
  name === 'APP_KEYS' ? appKeysProblem(value) : secretProblem(value);

let dir: string;
const savedEnv = { ...process.env };
const savedCwd = process.cwd();
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-secrets-'));
  for (const name of SECRET_NAMES) delete process.env[name];
});
afterEach(() => {
  process.chdir(savedCwd);
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
  fs.rmSync(dir, { recursive: true, force: true });
});

const readFile = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Secrets;

describe('generated secrets', () => {
  it('pass the production rule, with four distinct app keys', () => {
    const secrets = generateSecrets();
    for (const name of SECRET_NAMES) expect(problemOf(name, secrets[name])).toBeNull();
    expect(new Set(secrets.APP_KEYS.split(',')).size).toBe(4);
  });
});

describe('loadDevSecrets', () => {
  it('creates the file on first run with values that pass the rule', () => {
    const file = path.join(dir, '.tmp', 'dev-secrets.json');
    const secrets = loadDevSecrets(file);
    expect(readFile(file)).toEqual(secrets);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    for (const name of SECRET_NAMES) expect(problemOf(name, secrets[name])).toBeNull();
    expect(loadDevSecrets(file)).toEqual(secrets);
  });

  it('replaces only the weak entries of a file from an older run', () => {
    const file = path.join(dir, 'dev-secrets.json');
    // Older runs wrote 24-byte values; one entry here is strong and must survive.
    const old = Object.fromEntries(
      SECRET_NAMES.map((name) => [name, crypto.createHash('sha1').update(name).digest('base64')])
    );
    old.JWT_SECRET = b64('kept');
    fs.writeFileSync(file, JSON.stringify(old));
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const secrets = loadDevSecrets(file);
    expect(secrets.JWT_SECRET).toBe(b64('kept'));
    for (const name of SECRET_NAMES) expect(problemOf(name, secrets[name])).toBeNull();
    expect(readFile(file)).toEqual(secrets);
    expect(warn).toHaveBeenCalledWith(expect.not.stringContaining(b64('kept')));
    expect(warn.mock.calls[0][0]).toMatch(/APP_KEYS, API_TOKEN_SALT, ADMIN_JWT_SECRET/);
    warn.mockRestore();
  });

  it('starts over from a corrupt file and still serves when it cannot write', () => {
    const file = path.join(dir, 'dev-secrets.json');
    fs.writeFileSync(file, '{ not json');
    const secrets = loadDevSecrets(file);
    for (const name of SECRET_NAMES) expect(problemOf(name, secrets[name])).toBeNull();
    const blocked = path.join(dir, 'a-file', 'dev-secrets.json');
    fs.writeFileSync(path.join(dir, 'a-file'), '');
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(problemOf('APP_KEYS', loadDevSecrets(blocked).APP_KEYS)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('secret()', () => {
  it('outside production, stands in generated values for unset or placeholder ones', () => {
    process.env.NODE_ENV = 'development';
    process.chdir(dir);
    process.env.JWT_SECRET = '"TOBEMODIFIED"';
    process.env.APP_KEYS = 'tobemodified,tobemodified';
    process.env.ADMIN_JWT_SECRET = 'dev-only-weak-but-chosen';
    const file = readFileAfter(() => SECRET_NAMES.forEach((name) => secret(name)));
    expect(secret('JWT_SECRET')).toBe(file.JWT_SECRET);
    expect(secret('APP_KEYS')).toBe(file.APP_KEYS);
    expect(secret('ADMIN_JWT_SECRET')).toBe('dev-only-weak-but-chosen');
  });

  it('in production, returns the value unquoted and refuses naming every bad secret', () => {
    process.env.NODE_ENV = 'production';
    process.chdir(dir);
    const strong = Object.fromEntries(SECRET_NAMES.map((name) => [name, b64(name)]));
    Object.assign(process.env, strong, { APP_KEYS: `"${b64('k1')}", "${b64('k2')}"` });
    expect(secret('APP_KEYS')).toBe(`${b64('k1')},${b64('k2')}`);
    expect(secret('JWT_SECRET')).toBe(b64('JWT_SECRET'));
    Object.assign(process.env, { JWT_SECRET: 'Tobemodified', ENCRYPTION_KEY: 'x' });
    delete process.env.APP_KEYS;
    expect(() => secret('ADMIN_JWT_SECRET')).toThrow(
      /3 secret\(s\) unusable: APP_KEYS is missing; JWT_SECRET is a placeholder; ENCRYPTION_KEY is too short/
    );
    expect(fs.existsSync(path.join(dir, '.tmp'))).toBe(false);
  });
});

function readFileAfter(run: () => void): Secrets {
  run();
  return readFile(path.join(dir, '.tmp', 'dev-secrets.json'));
}
