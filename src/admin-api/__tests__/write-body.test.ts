import {
  checkSelectorBody,
  cleanEntityBody,
  type EntityBodyTarget,
} from '../content-manager/write-body';

const target = (overrides: Partial<EntityBodyTarget> = {}): EntityBodyTarget => ({
  uid: 'api::article.article',
  attributeNames: ['title', 'format', 'publishedAt', 'createdBy', 'updatedBy', 'locale'],
  localized: false,
  documentId: 'own0000000000000000000000',
  rowIds: async () => [7, 8],
  ...overrides,
});
const refusal = (key: string) =>
  expect.objectContaining({ name: 'ValidationError', message: expect.stringContaining(key) });

describe('cleanEntityBody', () => {
  it('drops the ids of the route document and the keys Strapi manages', async () => {
    const body = {
      title: 't',
      documentId: 'own0000000000000000000000',
      id: 8,
      publishedAt: '2001-01-01',
      createdBy: 1,
      updatedBy: 1,
      firstPublishedAt: '2001-01-01',
      locale: null,
      status: 'draft',
    };
    expect(await cleanEntityBody(body, target())).toEqual({ title: 't', status: 'draft' });
  });

  it("refuses another document's documentId or id, and any on a create", async () => {
    await expect(cleanEntityBody({ documentId: 'other' }, target())).rejects.toEqual(
      refusal('documentId')
    );
    await expect(cleanEntityBody({ id: 9 }, target())).rejects.toEqual(refusal('id'));
    const create = target({ documentId: null });
    await expect(cleanEntityBody({ documentId: 'x' }, create)).rejects.toEqual(
      refusal('documentId')
    );
    await expect(cleanEntityBody({ id: 1 }, create)).rejects.toEqual(refusal('id'));
  });

  it('refuses a locale on a type that is not localized, and keeps it on one that is', async () => {
    await expect(cleanEntityBody({ locale: 'en' }, target())).rejects.toEqual(refusal('locale'));
    expect(await cleanEntityBody({ locale: 'en' }, target({ localized: true }))).toEqual({
      locale: 'en',
    });
  });

  it('refuses unknown fields and non-object bodies, naming them', async () => {
    await expect(cleanEntityBody({ titel: 'x', colour: 1 }, target())).rejects.toEqual(
      refusal('titel, colour')
    );
    for (const body of [[1, 2], 'text', null, 3]) {
      await expect(cleanEntityBody(body, target())).rejects.toEqual(refusal('JSON object'));
    }
  });
});

describe('checkSelectorBody', () => {
  const bulk = { uid: 'api::article.article', localized: false, action: 'bulkPublish' };
  it('accepts the keys the action reads and refuses the rest', () => {
    expect(() =>
      checkSelectorBody({ documentIds: ['a'] }, { ...bulk, allowed: ['documentIds'] })
    ).not.toThrow();
    expect(() =>
      checkSelectorBody({ documentIds: ['a'], title: 'x' }, { ...bulk, allowed: ['documentIds'] })
    ).toThrow(/title/);
    expect(() => checkSelectorBody([1], { ...bulk, allowed: ['documentIds'] })).toThrow(
      /JSON object/
    );
  });
});
