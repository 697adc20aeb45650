import crypto from 'crypto';
import {
  appKeysProblem,
  checkSecrets,
  describeSecretIssues,
  normalizeSecret,
  secretProblem,
} from '../secret-strength';

/** Fixed 32-byte values: sha256 of a label, so every run checks the same bytes. */
const bytes32 = (label: string) => crypto.createHash('sha256').update(label).digest();
const b64 = (label: string) => bytes32(label).toString('base64');
const hex = (label: string) => bytes32(label).toString('hex');

describe('secretProblem', () => {
  it('accepts 32 random bytes as base64, base64url or hex', () => {
    expect(secretProblem(b64('a'))).toBeNull();
    expect(secretProblem(bytes32('a').toString('base64url'))).toBeNull();
    expect(secretProblem(hex('a'))).toBeNull();
    expect(secretProblem(hex('a').toUpperCase())).toBeNull();
  });

  it('refuses placeholders in any case, quoted or padded', () => {
    for (const value of ['tobemodified', 'TOBEMODIFIED', 'toBeModified1', '"tobemodified"']) {
      expect(secretProblem(value)).toBe('is a placeholder');
    }
    expect(secretProblem(" 'ToBeModified2' ")).toBe('is a placeholder');
  });

  it('refuses missing and empty values, quotes included', () => {
    expect(secretProblem(undefined)).toBe('is missing');
    expect(secretProblem('')).toBe('is missing');
    expect(secretProblem('  ""  ')).toBe('is missing');
  });

  it('refuses values that encode fewer than 32 bytes', () => {
    expect(secretProblem('x')).toBe('is too short, 0 bytes where 32 are needed');
    expect(secretProblem(crypto.createHash('md5').update('a').digest('base64'))).toBe(
      'is too short, 16 bytes where 32 are needed'
    );
    // 63 hex digits are read as hex (31 bytes), not as 47 bytes of base64.
    expect(secretProblem(hex('a').slice(1))).toBe('is too short, 31 bytes where 32 are needed');
    expect(secretProblem(b64('a').slice(0, 42))).toMatch(/^is too short, 31 bytes/);
  });

  it('refuses text that is not hex or base64', () => {
    expect(secretProblem('correct horse battery staple, said often enough')).toBe(
      'is not hex or base64'
    );
    expect(secretProblem(`${b64('a')}!`)).toBe('is not hex or base64');
  });

  it('refuses long values with too few distinct bytes', () => {
    expect(secretProblem('A'.repeat(64))).toBe('is repetitive, not random');
    expect(secretProblem('ab'.repeat(40))).toBe('is repetitive, not random');
    expect(secretProblem('passwordpassword'.repeat(4))).toBe('is repetitive, not random');
  });

  it('passes what the documented generate command prints', () => {
    for (let i = 0; i < 200; i += 1) {
      expect(secretProblem(crypto.randomBytes(32).toString('base64'))).toBeNull();
    }
  });
});

describe('normalizeSecret', () => {
  it('strips surrounding whitespace and quotes only', () => {
    expect(normalizeSecret(` "${b64('a')}" `)).toBe(b64('a'));
    expect(normalizeSecret(`'${b64('a')}'`)).toBe(b64('a'));
    expect(normalizeSecret(b64('a'))).toBe(b64('a'));
  });
});

describe('appKeysProblem', () => {
  it('accepts two or more strong keys, however quoted', () => {
    expect(appKeysProblem(`${b64('k1')},${b64('k2')}`)).toBeNull();
    expect(appKeysProblem(`"${b64('k1')},${b64('k2')}"`)).toBeNull();
    expect(appKeysProblem(`"${b64('k1')}", "${b64('k2')}", ${hex('k3')}`)).toBeNull();
  });

  it('refuses a single key, even a strong one', () => {
    expect(appKeysProblem(b64('k1'))).toBe('has 1 key where at least 2 are needed');
  });

  it('names each weak key by position', () => {
    expect(appKeysProblem(`"tobemodified,TOBEMODIFIED"`)).toBe(
      'key 1 of 2 is a placeholder, key 2 of 2 is a placeholder'
    );
    expect(appKeysProblem(`${b64('k1')},x,`)).toBe(
      'key 2 of 3 is too short, 0 bytes where 32 are needed, key 3 of 3 is missing'
    );
  });

  it('refuses a repeated key and a missing value', () => {
    expect(appKeysProblem(`${b64('k1')},${b64('k1')}`)).toBe('repeats a key');
    expect(appKeysProblem(undefined)).toBe('is missing');
    expect(appKeysProblem(' ')).toBe('is missing');
  });
});

describe('checkSecrets', () => {
  const names = ['APP_KEYS', 'JWT_SECRET', 'ADMIN_JWT_SECRET', 'ENCRYPTION_KEY'];
  const strong = {
    APP_KEYS: `${b64('k1')},${b64('k2')}`,
    JWT_SECRET: b64('jwt'),
    ADMIN_JWT_SECRET: b64('admin'),
    ENCRYPTION_KEY: hex('enc'),
  };

  it('finds nothing wrong with strong, distinct secrets', () => {
    expect(checkSecrets(names, strong)).toEqual([]);
  });

  it('names every bad variable, in order', () => {
    const issues = checkSecrets(names, { JWT_SECRET: 'TOBEMODIFIED', ENCRYPTION_KEY: '"a"' });
    expect(issues.map((issue) => issue.name)).toEqual(names);
  });

  it('refuses a value shared by two secrets, APP_KEYS included', () => {
    const shared = {
      ...strong,
      ADMIN_JWT_SECRET: `"${strong.JWT_SECRET}"`,
      ENCRYPTION_KEY: b64('k2'),
    };
    expect(checkSecrets(names, shared)).toEqual([
      { name: 'ADMIN_JWT_SECRET', problem: 'has the same value as JWT_SECRET' },
      { name: 'ENCRYPTION_KEY', problem: 'has the same value as APP_KEYS' },
    ]);
  });

  it('describes the issues without any secret value', () => {
    const weak = 'c2hvcnQtYnV0LXZhbGlk'; // base64 of "short-but-valid", 15 bytes
    const message = describeSecretIssues(
      checkSecrets(names, { ...strong, JWT_SECRET: weak, ADMIN_JWT_SECRET: b64('k1') })
    );
    expect(message).toContain('2 secret(s) unusable: JWT_SECRET is too short, 15 bytes where 32');
    expect(message).toContain('ADMIN_JWT_SECRET has the same value as APP_KEYS');
    for (const value of [weak, b64('k1'), b64('k2')]) expect(message).not.toContain(value);
  });
});
