import type { Knex } from 'knex';
import type { PlannedDoc } from './data-plan';
import type { Structure } from './structure';
import type { TableMap } from './table-map';

type Row = Record<string, unknown>;
const TITLES = {
  article: '专栏稿件',
  episode: '张店民声 问政',
  pledge: '区直部门承诺事项',
} as const;
/**
 * Topics an archive's headlines spread over, so a search word matches a share of the archive as
 * it would in a real one (营商 is in one topic of 40: 2.5% of articles), not every row.
 */
const TOPICS = [
  '优化营商环境',
  '政务服务提速',
  '项目建设攻坚',
  '招商引资签约',
  '民生实事落地',
  '乡村振兴示范',
  '文明城市创建',
  '安全生产检查',
  '生态环境治理',
  '老旧小区改造',
  '教育资源扩容',
  '医疗卫生服务',
  '养老服务提质',
  '就业创业帮扶',
  '交通路网完善',
  '城市更新行动',
  '社区网格治理',
  '文化惠民演出',
  '全民健身赛事',
  '科技创新平台',
  '人才引进计划',
  '金融助企纾困',
  '农业产业升级',
  '消费市场回暖',
  '法治宣传进社区',
  '信访矛盾化解',
  '防汛抗旱准备',
  '食品安全抽检',
  '物业服务规范',
  '垃圾分类推进',
  '志愿服务活动',
  '退役军人服务',
  '残疾人关爱',
  '妇女儿童权益',
  '青年发展友好',
  '非遗传承保护',
  '旅游线路推介',
  '夜间经济繁荣',
  '数字政府建设',
  '基层党建引领',
] as const;
const topicOf = (index: number) => TOPICS[(index * 7 + 3) % TOPICS.length];
const body = (title: string) =>
  JSON.stringify([
    {
      type: 'paragraph',
      children: [{ type: 'text', text: `${title}：聚焦企业反映的堵点难点，推动问题整改落实。` }],
    },
  ]);

/** Builds the content rows and link rows of a batch of documents, exactly as Strapi stores them. */
export function createRowBuilder(
  map: TableMap,
  structure: Structure,
  dialect: 'sqlite' | 'postgres',
  firstId: number
) {
  const time = (ms: number | null) =>
    ms === null ? null : dialect === 'sqlite' ? ms : new Date(ms);
  const inverseOrder = new Map<string, number>();
  const nextOrder = (key: string) => {
    const n = (inverseOrder.get(key) ?? 0) + 1;
    inverseOrder.set(key, n);
    return n;
  };
  let nextId = firstId;
  const col = map.column;
  const campaignLink = map.link('campaign');
  const columnLink = map.has('column') ? map.link('column') : null;
  const departmentsLink = map.has('departments') ? map.link('departments') : map.link('department');

  function contentRow(doc: PlannedDoc, id: number, published: boolean): Row {
    const title =
      doc.type === 'article'
        ? `${topicOf(doc.index)}${TITLES.article} 第${doc.index + 1}号`
        : `${TITLES[doc.type]} 第${doc.index + 1}号`;
    const updated = doc.publishedAt ?? doc.firstPublishedAt ?? doc.createdAt;
    const row: Row = {
      id,
      document_id: doc.documentId,
      [col('title')]: title,
      [col('slug')]: `${doc.type}-${doc.index + 1}`,
      [col('createdAt')]: time(doc.createdAt),
      [col('updatedAt')]: time(updated),
      [col('publishedAt')]: published ? time(doc.publishedAt) : null,
      [col('firstPublishedAt')]: time(doc.firstPublishedAt),
      [col('locale')]: null,
    };
    if (doc.type === 'article') {
      Object.assign(row, {
        [col('summary')]: `${title}摘要`,
        [col('body')]: body(title),
        [col('format')]: doc.format,
        [col('author')]: '融媒记者',
        [col('source')]: '区融媒体中心',
      });
    } else if (doc.type === 'episode') {
      const day = new Date(doc.createdAt).toISOString().slice(0, 10);
      Object.assign(row, {
        [col('programme')]: '张店民声',
        [col('number')]: doc.index + 1,
        [col('airDate')]: day,
        [col('summary')]: `${title}摘要`,
      });
    } else {
      row[col('summary')] = `${title}摘要`;
    }
    return row;
  }

  function link(
    l: { table: string; owner: string; target: string; order?: string; inverseOrder?: string },
    owner: number,
    target: number,
    order: number
  ): Row {
    const row: Row = { [l.owner]: owner, [l.target]: target };
    if (l.order) row[l.order] = order;
    if (l.inverseOrder) row[l.inverseOrder] = nextOrder(`${l.table}:${target}`);
    return row;
  }

  /** Rows of one batch, grouped by table, parents before links. */
  function build(docs: PlannedDoc[]): Map<string, Row[]> {
    const out = new Map<string, Row[]>([
      [map.table, []],
      [campaignLink.table, []],
      [departmentsLink.table, []],
    ]);
    if (columnLink) out.set(columnLink.table, []);
    const push = (table: string, row: Row) => (out.get(table) as Row[]).push(row);
    for (const doc of docs) {
      const versions = doc.publishedAt === null ? [false] : [false, true];
      for (const published of versions) {
        const id = nextId++;
        push(map.table, contentRow(doc, id, published));
        const campaign = structure.campaigns[doc.campaign];
        push(
          campaignLink.table,
          link(campaignLink, id, published ? campaign.published : campaign.draft, 1)
        );
        if (columnLink && doc.column !== null) {
          const column = structure.columns[doc.column];
          push(
            columnLink.table,
            link(columnLink, id, published ? column.published : column.draft, 1)
          );
        }
        doc.departments.forEach((d, k) =>
          push(departmentsLink.table, link(departmentsLink, id, structure.departments[d].id, k + 1))
        );
      }
    }
    return out;
  }

  return { build };
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Multi-row `INSERT … VALUES (…), (…)`, as many rows per statement as the driver's parameter
 * limit allows (knex's SQLite builder would emit UNION ALL, capped at 500 terms).
 */
export async function insertRows(
  db: Knex | Knex.Transaction,
  table: string,
  rows: Row[],
  dialect: 'sqlite' | 'postgres'
) {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]);
  const maxParams = dialect === 'sqlite' ? 32_000 : 65_000;
  const perStatement = Math.max(1, Math.min(5000, Math.floor(maxParams / columns.length)));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const slice = rows.slice(i, i + perStatement);
    const sql = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES ${slice.map(() => tuple).join(', ')}`;
    try {
      await db.raw(
        sql,
        slice.flatMap((row) =>
          columns.map((c) => (row[c] === undefined ? null : row[c]))
        ) as Knex.RawBinding[]
      );
    } catch (error) {
      // The driver quotes the whole statement in its message; keep only the cause.
      throw new Error(
        `bench: insert into ${table} failed: ${String((error as Error).message).slice(-300)}`
      );
    }
  }
}
