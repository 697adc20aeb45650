import type { WordCategory, WordLevel } from '../../../shared/word-check';

type Starter = [
  word: string,
  category: WordCategory,
  level: WordLevel,
  replacement: string,
  note: string,
];

const AD_LAW = '《广告法》第九条禁用的绝对化用语；新闻报道中如属客观事实可保留';
const TYPO = '常见错别字';

/**
 * The list a new library starts with, written for this project from public sources: the
 * Advertising Law's absolute terms (warn: a news story may state a fact), common 错别字 (block:
 * they are never right) and 规范表述 from the public style guides of the national news agency.
 * No politically sensitive words ship: a centre adds its own.
 */
export const STARTER_WORDS: Starter[] = [
  ['最佳', 'advertising', 'warn', '', AD_LAW],
  ['最好', 'advertising', 'warn', '', AD_LAW],
  ['最优', 'advertising', 'warn', '', AD_LAW],
  ['最先进', 'advertising', 'warn', '先进', AD_LAW],
  ['最高级', 'advertising', 'warn', '', AD_LAW],
  ['顶级', 'advertising', 'warn', '', AD_LAW],
  ['极品', 'advertising', 'warn', '', AD_LAW],
  ['国家级', 'advertising', 'warn', '', AD_LAW],
  ['世界级', 'advertising', 'warn', '', AD_LAW],
  ['独一无二', 'advertising', 'warn', '', AD_LAW],
  ['全网第一', 'advertising', 'warn', '', AD_LAW],
  ['第一品牌', 'advertising', 'warn', '', AD_LAW],
  ['史无前例', 'advertising', 'warn', '', AD_LAW],
  ['万能', 'advertising', 'warn', '', AD_LAW],
  ['再接再励', 'typo', 'block', '再接再厉', TYPO],
  ['迫不急待', 'typo', 'block', '迫不及待', TYPO],
  ['按步就班', 'typo', 'block', '按部就班', TYPO],
  ['一愁莫展', 'typo', 'block', '一筹莫展', TYPO],
  ['美仑美奂', 'typo', 'block', '美轮美奂', TYPO],
  ['默守成规', 'typo', 'block', '墨守成规', TYPO],
  ['谈笑风声', 'typo', 'block', '谈笑风生', TYPO],
  ['脍灸人口', 'typo', 'block', '脍炙人口', TYPO],
  ['走头无路', 'typo', 'block', '走投无路', TYPO],
  ['直接了当', 'typo', 'block', '直截了当', TYPO],
  ['融汇贯通', 'typo', 'block', '融会贯通', TYPO],
  ['既使', 'typo', 'warn', '即使', '常见错别字：表示假设让步用「即使」'],
  ['必需遵守', 'typo', 'warn', '必须遵守', '「必须」表示一定要；「必需」表示不可缺少'],
  ['其它同志', 'typo', 'warn', '其他同志', '指人用「其他」'],
  ['残废人', 'normative', 'block', '残疾人', '规范表述：不使用歧视性称谓'],
  ['一带一路战略', 'normative', 'warn', '“一带一路”倡议', '规范表述'],
  ['两会期间', 'normative', 'warn', '全国两会期间', '规范表述：首次出现时写明全称或范围'],
];

/** Longer terms that contain a listed word and are right as they are. */
export const STARTER_ALLOWED: Array<[term: string, note: string]> = [
  ['第一书记', '驻村第一书记'],
  ['最好成绩', '体育报道中的客观成绩'],
  ['国家级非物质文化遗产', '法定名称'],
  ['国家级经济技术开发区', '法定名称'],
  ['国家级新区', '法定名称'],
];
