import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../shared/constants';

/** Every text of the plugin's screens. The newsroom works in Chinese; ids let a centre reword them. */
export const MESSAGES = {
  'plugin.name': '三审',
  'queue.title': '待我审核',
  'queue.subtitle': '等待您所持审核级别签署的稿件，按等待时间排序',
  'queue.empty': '没有等待您审核的稿件',
  'queue.type': '类型',
  'queue.campaign': '专项活动 ID',
  'queue.waiting': '等待时间',
  'queue.waiting.any': '不限',
  'queue.waiting.hour': '超过 1 小时',
  'queue.waiting.day': '超过 1 天',
  'queue.waiting.three': '超过 3 天',
  'queue.col.title': '标题',
  'queue.col.stage': '阶段',
  'queue.col.since': '进入本阶段',
  'queue.col.waiting': '已等待',
  'queue.open': '打开审核',
  'tabs.queue': '待我审核',
  'tabs.audit': '操作日志',
  'tabs.sheets': '签发单导出',
  'audit.title': '操作日志',
  'audit.subtitle': '每一次新建、修改、送审、审核、发布、撤稿、删除和定时，只增不改',
  'audit.action': '操作',
  'audit.origin': '途径',
  'audit.from': '起始日期',
  'audit.to': '结束日期',
  'audit.any': '全部',
  'audit.more': '下一页',
  'audit.first': '回到第一页',
  'audit.csv': '导出 CSV',
  'audit.xlsx': '导出 XLSX',
  'audit.col.time': '时间',
  'audit.col.user': '操作人',
  'audit.col.role': '角色',
  'audit.col.ip': 'IP',
  'audit.col.fields': '修改字段',
  'audit.col.title': '标题',
  'audit.col.detail': '说明',
  'audit.empty': '没有符合条件的日志',
  'sheets.title': '签发单导出',
  'sheets.subtitle': '所选日期内每次发布的签发单，一行一份',
  'sheets.export': '导出签发单 XLSX',
  'panel.title': '三审',
  'panel.levels': '本类型需 {levels} 级审核',
  'panel.off': '本类型无需审核',
  'panel.stage': '当前阶段',
  'panel.words': '字数',
  'panel.note': '说明',
  'panel.submit': '送审',
  'panel.approve': '通过',
  'panel.reject': '退回修改',
  'panel.withdraw': '撤稿',
  'panel.opinion': '审核意见（可选）',
  'panel.reason': '原因（必填）',
  'panel.cancel': '取消',
  'panel.confirm': '确定',
  'panel.signoffs': '本轮签字',
  'panel.none': '暂无签字',
  'panel.sheet': '最近一次签发单',
  'panel.print': '打印签发单',
  'panel.save.first': '请先保存草稿再送审',
  'panel.done': '已完成：{stage}',
  'panel.failed': '操作失败',
  'print.heading': '稿件签发单',
  'print.print': '打印',
  'widget.title': '待审稿件',
  'widget.link': '进入待我审核',
  'widget.empty': '没有等待您审核的稿件',
  'widget.count': '{count} 篇稿件等待您审核',
} as const;

export type MessageKey = keyof typeof MESSAGES;

export const messageId = (key: MessageKey) => `${PLUGIN_ID}.${key}`;

/** `t('key', values)`: the plugin's message, formatted by react-intl. */
export const useReviewMessages = () => {
  const { formatMessage } = useIntl();
  return {
    t: (key: MessageKey, values?: Record<string, string | number>) =>
      formatMessage({ id: messageId(key), defaultMessage: MESSAGES[key] }, values),
  };
};
