import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { binary } from '../harness/callers';
import { createCampaignWithColumn, type CreatedDocument } from '../harness/fixtures';
import {
  ARTICLE,
  CM,
  newsroom,
  reviewCalls,
  REVIEW,
  scheduleCalls,
  type Newsroom,
} from './newsroom';

const WORD = 'plugin::editorial-review.word';
const ALLOWED = 'plugin::editorial-review.allowed-term';
const PLEDGE = 'api::pledge.pledge';

let app: TestApp;
let people: Newsroom;
let calls: ReturnType<typeof reviewCalls>;
let campaign: CreatedDocument;

beforeAll(async () => {
  // Pledges are not reviewed here: the 错敏词 rule still holds at their publish.
  app = await startApp({ REVIEW_LEVELS: 'article:3,episode:3,pledge:0' });
  people = await newsroom(app);
  calls = reviewCalls(app);
  ({ campaign } = await createCampaignWithColumn(app, '错敏词测试活动'));
});
afterAll(stopApp);

let wordCounter = 0;
/** A word of its own for each case (two rare characters and a counter), added by the 总编辑. */
async function addWord(level: 'block' | 'warn', extra: Record<string, string> = {}) {
  const word = `鼋鼍${'甲乙丙丁戊己庚辛壬癸'[wordCounter++ % 10]}${wordCounter}`;
  await app
    .http()
    .post(CM(WORD))
    .set(people.chief.auth)
    .send({ word, category: 'custom', level, replacement: '规范词', note: '测试', ...extra })
    .expect(201);
  return word;
}

/** The word with a space, a zero-width space and full-width punctuation between its characters. */
const disguised = (word: string) => [...word].join(' \u200b，');

async function draft(title: string, body: string): Promise<string> {
  const res = await app
    .http()
    .post(CM(ARTICLE))
    .set(people.reporter.auth)
    .send({
      title,
      format: 'news',
      summary: '摘要',
      body: [
        { type: 'paragraph', children: [{ type: 'text', text: '第一段。' }] },
        { type: 'paragraph', children: [{ type: 'text', text: body }] },
      ],
      campaign: { connect: [{ documentId: campaign.documentId }] },
    })
    .expect(201);
  return res.body.data.documentId as string;
}

const check = (who: { auth: Record<string, string> }, uid: string, id: string, body: object = {}) =>
  app.http().post(`/editorial-review/word-check/${uid}/${id}`).set(who.auth).send(body);

async function throughLevels(id: string, levels: number) {
  await calls.submit(people.reporter, ARTICLE, id).expect(200);
  const reviewers = [people.editor, people.director, people.chief];
  for (const reviewer of reviewers.slice(0, levels))
    await calls.approve(reviewer, ARTICLE, id).expect(200);
}

const publish = (id: string) =>
  app
    .http()
    .post(`${CM(ARTICLE)}/${id}/actions/publish`)
    .set(people.chief.auth)
    .send({});

describe('错敏词: the library and the check', () => {
  it('starts with the starter list, in Chinese categories, with nothing political', async () => {
    const words = await app.strapi.db.connection('editorial_review_words').select('*');
    expect(words.length).toBeGreaterThan(20);
    expect(new Set(words.map((w: { category: string }) => w.category))).toEqual(
      new Set(['advertising', 'typo', 'normative'])
    );
    expect(words.find((w: { word: string }) => w.word === '再接再励')).toMatchObject({
      level: 'block',
      replacement: '再接再厉',
    });
  });

  it('finds a word added in the admin, written with spaces and zero-width characters between its characters', async () => {
    const word = await addWord('block');
    const id = await draft('检查测试', `前文${disguised(word)}后文`);
    const res = await check(people.reporter, ARTICLE, id).expect(200);
    expect(res.body.meta).toMatchObject({ checked: 'draft', blocking: 1 });
    const [hit] = res.body.data;
    expect(hit).toMatchObject({
      field: 'body[1]',
      fieldLabel: '正文第2段',
      offset: 2,
      text: disguised(word),
      word,
      context: { before: '前文', after: '后文' },
      level: 'block',
      levelLabel: '禁用',
      category: 'custom',
      categoryLabel: '自定义',
      replacement: '规范词',
    });
  });

  it('matches traditional and full-width forms, and checks form values before they are saved', async () => {
    const id = await draft('繁体测试', '正文');
    const res = await check(people.reporter, ARTICLE, id, {
      data: { title: '本店商品國家級，服務ＮＯ．１', summary: '再接再励' },
    }).expect(200);
    expect(res.body.meta.checked).toBe('form');
    expect(
      res.body.data.map((h: { field: string; word: string; text: string }) => [
        h.field,
        h.word,
        h.text,
      ])
    ).toEqual([
      ['title', '国家级', '國家級'],
      ['summary', '再接再励', '再接再励'],
    ]);
  });

  it('lets an allow-listed longer term through, and a word added later applies without a restart', async () => {
    const word = await addWord('warn');
    const longer = `${word}示范区`;
    const id = await draft('白名单测试', `${longer}与${word}`);
    expect((await check(people.reporter, ARTICLE, id).expect(200)).body.data).toHaveLength(2);
    await app.http().post(CM(ALLOWED)).set(people.chief.auth).send({ term: longer }).expect(201);
    const after = (await check(people.reporter, ARTICLE, id).expect(200)).body.data;
    expect(after.map((h: { offset: number }) => h.offset)).toEqual([longer.length + 1]);
    // Another instance's write reaches this one through the shared database's stamp.
    await app.strapi.db.connection('editorial_review_words').insert({
      document_id: 'zzzzzzzzzzzzzzzzzzzzzzzz',
      word: '白名单测试',
      category: 'custom',
      level: 'warn',
      created_at: new Date(),
      updated_at: new Date(Date.now() + 1000),
    });
    const fields = (await check(people.reporter, ARTICLE, id).expect(200)).body.data.map(
      (h: { field: string }) => h.field
    );
    expect(fields).toContain('title');
  });

  it('answers bad input with a 400 that names it, and hides drafts from those who may not read them', async () => {
    const id = await draft('输入测试', '正文');
    expect((await check(people.reporter, 'api::campaign.campaign', id)).status).toBe(400);
    expect((await check(people.reporter, ARTICLE, 'BAD')).body.error.message).toContain('文档编号');
    expect((await check(people.reporter, ARTICLE, id, { text: 'x' })).body.error.message).toContain(
      'text'
    );
    expect((await check(people.reporter, ARTICLE, 'a'.repeat(24))).status).toBe(404);
    expect((await app.http().post(`/editorial-review/word-check/${ARTICLE}/${id}`)).status).toBe(
      401
    );
    // A path spelled in upper case is the same route, with the same guards.
    const upper = `/EDITORIAL-REVIEW/WORD-CHECK/${ARTICLE}/${id}`;
    expect((await app.http().post(upper)).status).toBe(401);
    const other = await draft('他人稿件', '正文');
    const outsider = await app
      .http()
      .post(upper.replace(id, other))
      .set(people.reporter.auth)
      .send({});
    expect(outsider.status).toBe((await check(people.reporter, ARTICLE, other)).status);
  });
});

describe('错敏词 routes under fuzzed input', () => {
  it('answer any body, query or file name with a 2xx or a 4xx, never a 500', async () => {
    const id = await draft('模糊测试', '正文');
    const json = (body: unknown) => JSON.stringify(body) ?? 'null';
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.jsonValue(), fc.record({ data: fc.jsonValue() })),
        fc.dictionary(fc.constantFrom('list', 'format', 'x', 'list[]'), fc.string()),
        fc.string({ maxLength: 20 }),
        async (body, query, name) => {
          const checked = await app
            .http()
            .post(`/editorial-review/word-check/${ARTICLE}/${id}`)
            .set(people.reporter.auth)
            .set('Content-Type', 'application/json')
            .send(json(body));
          const exported = await app
            .http()
            .get('/editorial-review/word-library/export')
            .query(query)
            .set(people.chief.auth);
          const imported = await app
            .http()
            .post('/editorial-review/word-library/import')
            .query({ list: 'allowed' })
            .set(people.chief.auth)
            .attach('file', Buffer.from(name), `${name || 'x'}.csv`);
          expect([checked.status, exported.status, imported.status].every((s) => s < 500)).toBe(
            true
          );
        }
      ),
      { numRuns: 40 }
    );
  });
});

describe('错敏词 in the 三审 chain and at publish', () => {
  it('records the hits at submission, refuses 终审 on a block-level word, and takes an override with a reason', async () => {
    const warn = await addWord('warn');
    const block = await addWord('block');
    const id = await draft(`放行测试${warn}`, `正文含${block}。`);
    await throughLevels(id, 2);
    const state = (await calls.state(people.chief, ARTICLE, id).expect(200)).body.data;
    expect(state.words.atSubmission.map((h: { word: string }) => h.word)).toEqual([warn, block]);
    expect(state.words.blocking.map((h: { fieldLabel: string }) => h.fieldLabel)).toEqual([
      '正文第2段',
    ]);

    const refused = await calls.approve(people.chief, ARTICLE, id).expect(400);
    expect(refused.body.error.message).toContain(`「${block}」（正文第2段）`);
    expect((await publish(id)).status).toBe(403);
    // Only 终审 lets a word go, and a reason is needed.
    const shortReason = await app
      .http()
      .post(`${REVIEW(ARTICLE, id)}/approve`)
      .set(people.chief.auth)
      .send({ overrideReason: '可' });
    expect(shortReason.status).toBe(400);

    await app
      .http()
      .post(`${REVIEW(ARTICLE, id)}/approve`)
      .set(people.chief.auth)
      .send({ opinion: '同意', overrideReason: '引用原文，不作修改' })
      .expect(200);
    await publish(id).expect(200);
    const audit = await app.strapi.db
      .connection('editorial_review_audit')
      .where({ item_document_id: id, action: 'override' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ user_name: '赵总编' });
    expect(audit[0].detail).toContain(block);
    expect(audit[0].detail).toContain('引用原文，不作修改');
    const sheet = (await calls.state(people.chief, ARTICLE, id).expect(200)).body.data.sheet;
    expect(sheet.wordOverride).toMatchObject({ words: [block], reason: '引用原文，不作修改' });
  });

  it('refuses an override below 终审, and an override where no word blocks', async () => {
    const block = await addWord('block');
    const id = await draft('越级放行测试', `含${block}`);
    await calls.submit(people.reporter, ARTICLE, id).expect(200);
    const early = await app
      .http()
      .post(`${REVIEW(ARTICLE, id)}/approve`)
      .set(people.editor.auth)
      .send({ overrideReason: '初审不能放行' })
      .expect(400);
    expect(early.body.error.message).toContain('只有终审');
    const clean = await draft('无需放行测试', '干净的正文');
    await throughLevels(clean, 2);
    const needless = await app
      .http()
      .post(`${REVIEW(ARTICLE, clean)}/approve`)
      .set(people.chief.auth)
      .send({ overrideReason: '没有禁用词也放行' })
      .expect(400);
    expect(needless.body.error.message).toContain('无需放行');
  });

  it('refuses to publish an unreviewed type with a block-level word, naming it', async () => {
    const block = await addWord('block');
    const res = await app
      .http()
      .post(CM(PLEDGE))
      .set(people.editor.auth)
      .send({ title: '承诺测试', items: [{ content: `承诺${block}`, status: 'pledged' }] })
      .expect(201);
    const id = res.body.data.documentId as string;
    const refused = await app
      .http()
      .post(`${CM(PLEDGE)}/${id}/actions/publish`)
      .set(people.editor.auth)
      .send({});
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain(`「${block}」（承诺事项1·承诺内容）`);
    expect((await app.http().get(`/api/pledges/${id}`)).status).toBe(404);
  });

  it('checks a scheduled publish when it fires: a word added after 终审 stops it', async () => {
    const later = `鼍鼋定时${Date.now() % 1000}`;
    const id = await draft('定时测试', `正文${later}`);
    await throughLevels(id, 3);
    const scheduled = await scheduleCalls(app)
      .schedule(people.editor, id, new Date(Date.now() + 60_000))
      .expect(201);
    await app
      .http()
      .post(CM(WORD))
      .set(people.chief.auth)
      .send({ word: later, category: 'custom', level: 'block' })
      .expect(201);
    await scheduleCalls(app)
      .fire(scheduled.body.data.documentId as string)
      .catch(() => undefined);
    expect((await app.http().get(`/api/articles/${id}`)).status).toBe(404);
    // The refusal names the word, in the log, from the scheduler (it is written after the rollback).
    let refusal: { detail: string; origin: string } | undefined;
    for (let i = 0; i < 50 && !refusal; i++) {
      refusal = (
        await app.strapi.db.connection('editorial_review_audit').where({ item_document_id: id })
      ).find((e: { detail: string | null }) => e.detail?.includes(later));
      if (!refusal) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(refusal).toMatchObject({ origin: 'scheduler' });
  });
});

describe('错敏词库: import and export', () => {
  it('imports CSV with Chinese labels, reports bad rows by number, and exports what it holds', async () => {
    const csv =
      '\ufeff词语,类别,级别,建议替换,备注\n导入词甲,广告法用语,禁用,替换甲,备注甲\n,自定义,提示,,\n导入词乙,不存在的类别,提示,,\n导入词丙,错别字,warn,,\n';
    const res = await app
      .http()
      .post('/editorial-review/word-library/import')
      .query({ list: 'words' })
      .set(people.chief.auth)
      .attach('file', Buffer.from(csv), '词库.csv')
      .expect(200);
    expect(res.body.data).toEqual({
      created: 2,
      updated: 0,
      rejected: [
        { row: 3, message: '缺少词语' },
        { row: 4, message: '类别「不存在的类别」不存在' },
      ],
    });
    const xlsx = await app
      .http()
      .get('/editorial-review/word-library/export')
      .query({ list: 'words', format: 'xlsx' })
      .set(people.editor.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as ArrayBuffer);
    const rows = book.getWorksheet('错敏词')!.getSheetValues().slice(1) as unknown[][];
    expect(rows[0]?.slice(1)).toEqual(['词语', '类别', '级别', '建议替换', '备注']);
    expect(rows.map((r) => r?.slice(1))).toContainEqual([
      '导入词甲',
      '广告法用语',
      '禁用',
      '替换甲',
      '备注甲',
    ]);
    // The export imports back as it is: every row updates its word, none is new.
    const again = await app
      .http()
      .post('/editorial-review/word-library/import')
      .query({ list: 'words' })
      .set(people.chief.auth)
      .attach('file', xlsx.body as Buffer, '错敏词.xlsx')
      .expect(200);
    expect(again.body.data).toEqual({ created: 0, updated: rows.length - 1, rejected: [] });
    // The imported word applies to the next check.
    const id = await draft('导入词甲', '正文');
    expect((await check(people.reporter, ARTICLE, id).expect(200)).body.meta.blocking).toBe(1);
  });

  it('lets only those who maintain the library import, and names a bad file', async () => {
    const csv = Buffer.from('词语,备注\n第一书记,驻村\n');
    const as = (who: { auth: Record<string, string> }, name = '白名单.csv', list = 'allowed') =>
      app
        .http()
        .post('/editorial-review/word-library/import')
        .query({ list })
        .set(who.auth)
        .attach('file', csv, name);
    expect((await as(people.editor)).status).toBe(403);
    expect((await as(people.reporter)).status).toBe(403);
    expect((await as(people.chief, '白名单.txt')).body.error.message).toContain('.csv 或 .xlsx');
    expect((await as(people.chief, '白名单.csv', 'bogus')).body.error.message).toContain('list');
    expect((await as(people.chief, '坏.xlsx')).body.error.message).toContain('XLSX');
    expect(
      (
        await app
          .http()
          .post('/editorial-review/word-library/import')
          .set(people.chief.auth)
          .send({})
      ).body.error.message
    ).toContain('请上传');
    await as(people.chief).expect(200);
    const csvOut = await app
      .http()
      .get('/editorial-review/word-library/export')
      .query({ list: 'allowed', format: 'csv' })
      .set(people.chief.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect((csvOut.body as Buffer).toString('utf8')).toContain('第一书记,驻村');
  });
});
