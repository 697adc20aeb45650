import type { CampaignSpec, ColumnSpec } from './types';

/** The campaign of the centre's own work summary (seeds/000_13e5075fd19567a2.txt). */
export const CAMPAIGN: CampaignSpec = {
  name: '优化营商环境大讨论大反思大提升',
  summary:
    '按照全区优化营商环境大讨论大反思大提升工作部署，区融媒体中心在重要版面、重点栏目、重要位置开设专栏专题，' +
    '集中刊播发反映活动动态进展成效的主题稿件，《张店民声》开设专题问政，对区直部门承诺事项进行刊播发，' +
    '并对各镇、街道负责同志进行专访，营造比学赶超、干事创业的良好舆论氛围。',
  startDate: '2019-03-01',
  endDate: '2019-06-30',
  phases: [
    { name: '学习讨论', startDate: '2019-03-01', endDate: '2019-03-31' },
    { name: '查摆整改', startDate: '2019-04-01', endDate: '2019-05-31' },
    { name: '总结提升', startDate: '2019-06-01', endDate: '2019-06-30' },
  ],
};

export const COLUMNS: ColumnSpec[] = [
  {
    key: 'app',
    name: '爱张店APP·优化营商环境大讨论大反思大提升',
    outlet: 'app',
    placement: 'headline',
    description: '“爱张店”APP首页头条专题，集中推送活动动态、图文链接、短视频和长图等新媒体产品。',
  },
  {
    key: 'tv',
    name: '张店新闻·优化营商环境大讨论大反思大提升',
    outlet: 'tv',
    placement: 'key-programme',
    description: '《张店新闻》重点栏目开设的专栏，播发会议消息、部门动态和镇街负责同志专访。',
  },
  {
    key: 'minsheng',
    name: '《张店民声》·优化营商环境专题问政',
    outlet: 'tv',
    placement: 'key-programme',
    description: '《张店民声》舆论监督专题，曝光优化营商环境中的难点堵点问题并跟踪整改。',
  },
  {
    key: 'paper',
    name: '《今日张店》·优化营商环境大讨论大反思大提升专版',
    outlet: 'newspaper',
    placement: 'prominent',
    description: '《今日张店》要闻版显著位置开设的专版，刊发评论、转发上级评论员文章和深度报道。',
  },
  {
    key: 'wechat',
    name: '“爱张店”微信公众号·营商环境面对面',
    outlet: 'wechat',
    placement: 'regular',
    description: '微信公众号常设栏目，推送政策解读、办事指南和短视频。',
  },
];
