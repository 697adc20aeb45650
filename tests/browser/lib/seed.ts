import { createDoc, link, UIDS, type Doc } from './content';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export interface SeededCampaign {
  campaign: Doc;
  columns: Doc[];
  departments: Doc[];
  reporters: Doc[];
  articles: Doc[];
  drafts: Doc[];
  episode: Doc;
  pledge: Doc;
}

/**
 * A small campaign of its own for one test: three departments, two columns on two outlets,
 * seven published articles over four formats (one with no column, one with no department), one
 * draft article that must not count, a published episode with problems in every state and a
 * published pledge. Names carry `tag`, so tests never see each other's documents by name.
 */
export async function seedCampaign(
  token: string,
  tag: string,
  { startsInDays = -40 }: { startsInDays?: number } = {}
): Promise<SeededCampaign> {
  const start = startsInDays;
  const departments = [];
  for (const [name, kind] of [
    ['区发展改革局', 'district-department'],
    ['马尚街道', 'street'],
    ['中埠镇', 'town'],
  ] as const) {
    departments.push(await createDoc(token, UIDS.department, { name: `${name}${tag}`, kind }));
  }
  const reporters = [
    await createDoc(token, UIDS.reporter, { name: `王琳${tag}`, kind: 'staff', unit: '新闻部' }),
    await createDoc(token, UIDS.reporter, {
      name: `周敏${tag}`,
      kind: 'correspondent',
      department: link(departments[0]),
    }),
  ];
  const campaign = await createDoc(token, UIDS.campaign, {
    name: `优化营商环境专项活动${tag}`,
    summary: '浏览器测试自建的专项活动。',
    startDate: day(start),
    endDate: day(start + 80),
    phases: [
      { name: '学习讨论', startDate: day(start), endDate: day(start + 30) },
      { name: '查摆整改', startDate: day(start + 31), endDate: day(start + 80) },
    ],
  });
  const columns = [
    await createDoc(token, UIDS.column, {
      name: `爱张店APP专栏${tag}`,
      outlet: 'app',
      placement: 'headline',
      campaign: link(campaign),
    }),
    await createDoc(token, UIDS.column, {
      name: `张店新闻专栏${tag}`,
      outlet: 'tv',
      placement: 'key-programme',
      campaign: link(campaign),
    }),
  ];
  const [app, tv] = columns;
  const [bureau, street, town] = departments;
  const articleSpecs: Array<[string, string, Doc | null, Doc[]]> = [
    ['全区优化营商环境大会召开', 'news', app, [bureau]],
    ['马尚街道走访企业', 'news', tv, [street]],
    ['中埠镇推行帮办代办', 'image-text', app, [town, bureau]],
    ['营商环境短视频', 'short-video', app, [bureau]],
    ['评论：把企业的事当自己的事', 'commentary', tv, [street]],
    ['图解重点任务清单', 'image-text', null, [bureau]],
    ['部门动态汇总', 'news', app, []],
  ];
  const articles = [];
  for (const [title, format, column, depts] of articleSpecs) {
    articles.push(
      await createDoc(token, UIDS.article, {
        title: `${title}${tag}`,
        format,
        summary: '测试稿件摘要。',
        source: '张店区融媒体中心',
        campaign: link(campaign),
        ...(column ? { column: link(column) } : {}),
        departments: link(...depts),
        // The first story has two bylines (shares split equally) and two 上稿 records.
        ...(articles.length === 0
          ? {
              bylines: [
                { reporter: link(reporters[0]), role: 'writer' },
                { reporter: link(reporters[1]), role: 'photographer' },
              ],
              pickups: [
                { level: 'city', media: '淄博日报', date: day(-2) },
                { level: 'province', media: '大众日报', date: day(-1) },
              ],
            }
          : {}),
      })
    );
  }
  const drafts = [
    await createDoc(
      token,
      UIDS.article,
      { title: `未发布的草稿${tag}`, format: 'interview', campaign: link(campaign) },
      { draft: true }
    ),
  ];
  const episode = await createDoc(token, UIDS.episode, {
    title: `《张店民声》营商环境专题${tag}`,
    programme: '张店民声',
    // Unique per programme (the episode-number rule): one per seeded campaign.
    number: Number(String(Date.now()).slice(-7)),
    airDate: day(-3),
    campaign: link(campaign),
    departments: link(bureau, street),
    problems: [
      { description: '审批材料重复提交', status: 'open', department: link(bureau) },
      { description: '企业诉求回应慢', status: 'rectifying', department: link(street) },
      { description: '窗口指引不清', status: 'resolved', department: link(bureau) },
    ],
  });
  const pledge = await createDoc(token, UIDS.pledge, {
    title: `区发展改革局承诺事项${tag}`,
    department: link(bureau),
    campaign: link(campaign),
    items: [
      { content: '投资项目审批时限压缩一半', status: 'fulfilled' },
      { content: '每月走访重点企业', status: 'in-progress' },
    ],
  });
  return { campaign, columns, departments, reporters, articles, drafts, episode, pledge };
}

let tags = 0;
/** A tag unique to this run and test, for document names: digits only, no Latin letters. */
export const uniqueTag = () => `（${String(Date.now()).slice(-6)}${(tags += 1)}）`;
