import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { proxySettings } from '../proxy';
import { checkSecrets, GENERATE_COMMAND, secretProblem } from '../secret-strength';
import { SECRET_NAMES } from '../secrets';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const example = fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8');
const settings = Object.fromEntries(
  example
    .split('\n')
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
);
const commands = example
  .split('\n')
  .map((line) => /^#\s+(node -e ".*")$/.exec(line)?.[1])
  .filter((command): command is string => command !== undefined);
const run = (command: string) => {
  const result = spawnSync('sh', ['-c', command], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stdout.trim();
};

describe('.env.example', () => {
  it('offers the same one-value command as the refusal message and docs/production.md', () => {
    expect(commands[0]).toBe(GENERATE_COMMAND);
    const docs = fs.readFileSync(path.join(ROOT, 'docs', 'production.md'), 'utf8');
    expect(docs).toContain(GENERATE_COMMAND);
    expect(secretProblem(run(commands[0]))).toBeNull();
  });

  it('generates all six secrets in a form that passes the production rule', () => {
    expect(commands).toHaveLength(2);
    const lines = run(commands[1]).split('\n');
    const generated = Object.fromEntries(
      lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
    );
    expect(Object.keys(generated)).toEqual([...SECRET_NAMES]);
    expect(generated.APP_KEYS.split(',')).toHaveLength(2);
    expect(checkSecrets(SECRET_NAMES, generated)).toEqual([]);
  });

  it('keeps placeholders that production refuses, and the production proxy defaults', () => {
    expect(checkSecrets(SECRET_NAMES, settings).map((issue) => issue.name)).toEqual([
      ...SECRET_NAMES,
    ]);
    expect(proxySettings(settings, false)).toEqual(proxySettings({}, true));
  });
});
