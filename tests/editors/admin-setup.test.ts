import { startApp, stopApp, type TestApp } from '../harness/strapi-app';
import { authorJwt, bearer, editorJwt } from '../harness/callers';
import { CONTENT_TYPES, createCampaignWithColumn } from '../harness/fixtures';
import { applyContentManagerLayouts } from '../../src/bootstrap/content-manager-layouts';
import { applyAdminRoles } from '../../src/bootstrap/admin-roles';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(stopApp);

const CM = '/content-manager';
const cmService = () => app.strapi.plugin('content-manager').service('content-types');
const configOf = async (uid: string) =>
  cmService().findConfiguration(cmService().findContentType(uid));
const permissionRows = (roleCode: string) =>
  app.strapi.db.query('admin::permission').count({ where: { role: { code: roleCode } } });

describe('content manager layouts', () => {
  it('serves Chinese labels, list columns, relation main fields and sort to an editor', async () => {
    const jwt = await editorJwt(app);
    const res = await app
      .http()
      .get(`${CM}/content-types/${CONTENT_TYPES.article}/configuration`)
      .set(bearer(jwt));
    expect(res.status).toBe(200);
    const { contentType, components } = res.body.data;
    expect(contentType.layouts.list).toEqual([
      'title',
      'format',
      'column',
      'campaign',
      'updatedAt',
    ]);
    expect(contentType.settings).toMatchObject({
      mainField: 'title',
      defaultSortBy: 'updatedAt',
      defaultSortOrder: 'DESC',
      pageSize: 20,
    });
    expect(contentType.metadatas.title.edit.label).toBe('标题');
    expect(contentType.metadatas.slug.list.label).toBe('网址别名');
    expect(contentType.metadatas.format.edit.label).toBe('稿件形式');
    expect(contentType.metadatas.column.edit).toMatchObject({
      label: '所属专栏',
      mainField: 'name',
    });
    expect(contentType.metadatas.departments.edit).toMatchObject({
      label: '涉及部门',
      mainField: 'name',
    });
    expect(contentType.layouts.edit[0]).toEqual([{ name: 'title', size: 12 }]);
    expect(contentType.layouts.edit[1]).toEqual([
      { name: 'slug', size: 6 },
      { name: 'format', size: 6 },
    ]);
    // The article's components, with their Chinese labels too.
    expect(Object.keys(components).sort()).toEqual(['credit.byline', 'credit.pickup']);
    expect(components['credit.byline'].metadatas.reporter.edit).toMatchObject({
      label: '作者',
      mainField: 'name',
    });
    expect(components['credit.pickup'].metadatas.level.edit.label).toBe('媒体级别');
  });

  it('configures every type and the components', async () => {
    const episode = await configOf(CONTENT_TYPES.episode);
    expect(episode.layouts.list).toEqual(['title', 'programme', 'number', 'airDate']);
    expect(episode.metadatas.problems.edit.label).toBe('曝光问题');
    expect((await configOf(CONTENT_TYPES.pledge)).metadatas.items.edit.label).toBe('承诺事项');
    expect((await configOf(CONTENT_TYPES.department)).layouts.list).toEqual([
      'name',
      'kind',
      'sortOrder',
    ]);
    const column = await configOf(CONTENT_TYPES.column);
    expect(column.layouts.list).toEqual(['name', 'outlet', 'placement', 'campaign']);
    expect(column.metadatas.outlet.edit.label).toBe('刊播平台');
    expect(column.metadatas.placement.edit.label).toBe('版面位置');
    expect((await configOf(CONTENT_TYPES.campaign)).metadatas.phases.edit.label).toBe('活动阶段');

    const components = app.strapi.plugin('content-manager').service('components');
    const problem = await components.findConfiguration(components.findComponent('episode.problem'));
    expect(problem.settings.mainField).toBe('description');
    expect(problem.metadatas.department.edit).toMatchObject({
      label: '责任部门',
      mainField: 'name',
    });
    const item = await components.findConfiguration(components.findComponent('pledge.item'));
    expect(item.metadatas.content.edit.label).toBe('承诺内容');
  });

  it('is idempotent and keeps what the project does not define', async () => {
    const current = await configOf(CONTENT_TYPES.article);
    await cmService().updateConfiguration(cmService().findContentType(CONTENT_TYPES.article), {
      ...current,
      settings: { ...current.settings, bulkable: false, pageSize: 50 },
    });
    expect(await applyContentManagerLayouts(app.strapi)).toBe(1);
    const after = await configOf(CONTENT_TYPES.article);
    expect(after.settings.bulkable).toBe(false); // an admin's own choice survives
    expect(after.settings.pageSize).toBe(20); // the project's value is put back
    expect(await applyContentManagerLayouts(app.strapi)).toBe(0);
  });

  it('repairs a stored configuration of an unexpected shape instead of crashing boot', async () => {
    const store = app.strapi.store({ type: 'plugin', name: 'content_manager' });
    const key = `configuration_content_types::${CONTENT_TYPES.pledge}`;
    await store.set({ key, value: { settings: 'oops', metadatas: null, layouts: { edit: 'x' } } });
    await expect(applyContentManagerLayouts(app.strapi)).resolves.toBeGreaterThan(0);
    const pledge = await configOf(CONTENT_TYPES.pledge);
    expect(pledge.layouts.list).toEqual(['title', 'department', 'campaign', 'updatedAt']);
    expect(pledge.metadatas.department.edit.mainField).toBe('name');
  });
});

describe('admin roles', () => {
  it('never duplicates permission rows across restarts', async () => {
    const before = [await permissionRows('strapi-editor'), await permissionRows('strapi-author')];
    await applyAdminRoles(app.strapi);
    await applyAdminRoles(app.strapi);
    expect([await permissionRows('strapi-editor'), await permissionRows('strapi-author')]).toEqual(
      before
    );
  });

  it('lets an editor publish and an author only write their own items', async () => {
    const { campaign } = await createCampaignWithColumn(app, '角色测试活动');
    const editor = bearer(await editorJwt(app));
    const author = bearer(await authorJwt(app));
    const base = `${CM}/collection-types/${CONTENT_TYPES.article}`;
    const body = (title: string) => ({
      title,
      format: 'news',
      campaign: { connect: [{ documentId: campaign.documentId }] },
    });

    const byAuthor = await app.http().post(base).set(author).send(body('作者稿件'));
    expect(byAuthor.status).toBe(201);
    const authorDoc = byAuthor.body.data.documentId;
    const edit = await app
      .http()
      .put(`${base}/${authorDoc}`)
      .set(author)
      .send({ title: '作者稿件改' });
    expect(edit.status).toBe(200);
    expect(
      (await app.http().post(`${base}/${authorDoc}/actions/publish`).set(author).send({})).status
    ).toBe(403);
    expect((await app.http().delete(`${base}/${authorDoc}`).set(author)).status).toBe(403);

    const byEditor = await app.http().post(base).set(editor).send(body('编辑稿件'));
    expect(byEditor.status).toBe(201);
    // The is-creator condition: an author cannot touch an editor's item.
    const foreign = await app
      .http()
      .put(`${base}/${byEditor.body.data.documentId}`)
      .set(author)
      .send({ title: 'x' });
    expect(foreign.status).toBe(403);

    const published = await app
      .http()
      .post(`${base}/${authorDoc}/actions/publish`)
      .set(editor)
      .send({});
    expect(published.status).toBe(200);
    expect((await app.http().get(`/api/articles/${authorDoc}`)).status).toBe(200);
  });

  it('lets an author pick campaigns, columns and departments others created', async () => {
    const author = bearer(await authorJwt(app));
    const res = await app
      .http()
      .get(`${CM}/relations/${CONTENT_TYPES.article}/campaign`)
      .query({ pageSize: 50 })
      .set(author);
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { name: string }) => r.name)).toContain('角色测试活动');
  });
});
