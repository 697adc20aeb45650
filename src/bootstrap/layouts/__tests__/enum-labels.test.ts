import fs from 'fs';
import path from 'path';
import { ENUM_LABELS, enumLabel, enumOptionMessages } from '../enum-labels';

const APP = path.resolve(__dirname, '../../../..');
const schema = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(APP, file), 'utf8')) as {
    attributes: Record<string, { type: string; enum?: string[] }>;
  };
const SCHEMAS: Record<string, string> = {
  'api::article.article': 'src/api/article/content-types/article/schema.json',
  'api::special-column.special-column':
    'src/api/special-column/content-types/special-column/schema.json',
  'api::department.department': 'src/api/department/content-types/department/schema.json',
  'episode.problem': 'src/components/episode/problem.json',
  'pledge.item': 'src/components/pledge/item.json',
};

/** Every message id the Strapi admin and its bundled plugins define (keys of their en.json). */
function strapiMessageIds(): string[] {
  const files = [
    '@strapi/admin/dist/admin/admin/src/translations/en.json.js',
    '@strapi/content-manager/dist/admin/translations/en.json.js',
    '@strapi/upload/dist/admin/translations/en.json.js',
    '@strapi/i18n/dist/admin/translations/en.json.js',
    '@strapi/content-releases/dist/admin/translations/en.json.js',
    '@strapi/plugin-users-permissions/dist/admin/translations/en.json.js',
  ];
  return files.flatMap((file) => {
    // By path: the packages' exports maps do not offer their translation files.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require(path.join(APP, 'node_modules', file)) as {
      default?: Record<string, string>;
    };
    return Object.keys(loaded.default ?? loaded);
  });
}

describe('enum labels', () => {
  it('names every option of every enumeration field in the schemas, and nothing else', () => {
    for (const [model, file] of Object.entries(SCHEMAS)) {
      const enums = Object.entries(schema(file).attributes).filter(([, a]) => a.enum);
      const labelled = (ENUM_LABELS as Record<string, Record<string, object>>)[model];
      expect(Object.keys(labelled).sort()).toEqual(enums.map(([name]) => name).sort());
      for (const [field, attribute] of enums) {
        expect(Object.keys(labelled[field]).sort()).toEqual([...(attribute.enum ?? [])].sort());
        for (const value of attribute.enum ?? [])
          expect(enumLabel(model, field, value)).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('gives each bare value one label and takes no message id Strapi already uses', () => {
    const ids = strapiMessageIds();
    expect(ids.length).toBeGreaterThan(1000);
    const messages = enumOptionMessages(ids);
    expect(messages.news).toBe('消息');
    expect(messages.app).toBe('客户端（爱张店APP）');
  });

  it('refuses a value that would replace a Strapi message', () => {
    expect(() => enumOptionMessages(['open'])).toThrow(/"open" is also a Strapi message id/);
  });
});
