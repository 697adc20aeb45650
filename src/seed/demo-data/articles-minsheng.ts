import { BY } from './authors';
import type { ArticleSpec } from './types';

/** 《张店民声》 专题问政的播出消息和问政追踪. */
export const MINSHENG_ARTICLES: ArticleSpec[] = [
  {
    title: '《张店民声》优化营商环境专题问政第一期播出',
    format: 'news',
    column: 'minsheng',
    at: '04-15 20:30',
    departments: ['区行政审批服务局', '区住房和城乡建设局', '区城市管理局'],
    author: BY.li,
    summary:
      '第一期问政聚焦项目审批和市政配套，曝光企业反映的多个难点堵点问题，相关部门负责人现场作答。',
    text: ['节目播出后，相关部门当即对曝光问题建立整改台账，明确整改时限。'],
  },
  {
    title: '问政追踪｜企业污水管网接入难问题整改有了时间表',
    format: 'short-video',
    column: 'minsheng',
    at: '04-22 20:30',
    departments: ['区住房和城乡建设局', '区水利局'],
    author: BY.li,
    summary: '针对第一期问政曝光的园区企业污水管网接入难问题，相关部门制定了整改方案和时间表。',
    text: ['记者将持续关注整改进展。'],
  },
  {
    title: '《张店民声》优化营商环境专题问政第二期聚焦“中梗阻”',
    format: 'news',
    column: 'minsheng',
    at: '05-14 20:30',
    departments: ['区市场监督管理局', '区交通运输局', '区综合行政执法局'],
    author: BY.li,
    summary: '第二期问政聚焦政策落实中的“中梗阻”，曝光办事环节多、执法不规范等问题。',
    text: ['区直相关部门负责人到场接受问政，对曝光问题逐一表态、承诺整改。'],
  },
  {
    title: '问政追踪｜第二期曝光问题整改进展如何',
    format: 'short-video',
    column: 'minsheng',
    at: '05-27 20:30',
    departments: ['区市场监督管理局', '区综合行政执法局'],
    author: BY.li,
    summary: '记者回访第二期问政曝光的问题现场，部分问题已整改到位，部分正在推进。',
    text: ['对尚未整改到位的问题，节目将在“回头看”中继续跟踪。'],
  },
];
