import { BY } from './authors';
import type { DraftArticleSpec } from './types';

/** Written and saved, never published: they must never reach the app or the tallies. */
export const DRAFT_ARTICLES: DraftArticleSpec[] = [
  {
    title: '我区营商环境评价指标体系（试行）即将出台',
    format: 'news',
    column: 'tv',
    departments: ['区发展和改革局'],
    author: BY.wang,
    summary: '指标体系拟从企业全生命周期角度设置评价指标，定期开展第三方评估。',
    text: ['待有关部门审定后播发。'],
  },
  {
    title: '长图｜下半年优化营商环境重点任务清单',
    format: 'long-image',
    column: 'app',
    author: BY.newMedia,
    summary: '梳理下半年持续深入优化营商环境的重点任务和责任部门。',
    text: ['待任务清单印发后推送。'],
  },
  {
    title: '企业家访谈：在张店办厂的这些年',
    format: 'interview',
    column: 'paper',
    author: BY.zhang,
    summary: '一位在张店办厂多年的企业负责人，讲述他对营商环境变化的切身感受。',
    text: ['稿件待受访者审核。'],
  },
  {
    title: '本报评论员：持续优化营商环境永远在路上',
    format: 'commentary',
    column: 'paper',
    author: BY.paperCommentator,
    summary: '优化营商环境只有进行时，没有完成时。',
    text: ['待定稿。'],
  },
  {
    title: '短视频｜《张店民声》问政“回头看”预告',
    format: 'short-video',
    column: 'wechat',
    author: BY.newMedia,
    summary: '“回头看”节目将回访第一期问政曝光问题的整改情况。',
    text: ['待节目录制完成后发布。'],
  },
];
