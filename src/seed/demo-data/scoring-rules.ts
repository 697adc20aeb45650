/**
 * Two versions of a demo 稿件考核 rule (numbers of the kind county centres use, not any centre's
 * own): the second, from 1 May, raises short video and national 上稿. Stories first published
 * before 1 May keep the first version's points.
 */
const TRIAL = {
  name: '2019年稿件考核办法（试行）',
  effectiveFrom: '2019-01-01',
  note: '演示数据',
  formatPoints: [
    { format: 'news', points: 10 },
    { format: 'commentary', points: 15 },
    { format: 'interview', points: 15 },
    { format: 'reprint', points: 2 },
    { format: 'image-text', points: 8 },
    { format: 'short-video', points: 12 },
    { format: 'long-image', points: 10 },
    { format: 'episode', points: 30 },
  ],
  outletFactors: [
    { outlet: 'tv', factor: 1.2 },
    { outlet: 'newspaper', factor: 1.1 },
    { outlet: 'weibo', factor: 0.8 },
  ],
  placementFactors: [
    { placement: 'headline', factor: 1.5 },
    { placement: 'key-programme', factor: 1.2 },
    { placement: 'prominent', factor: 1.1 },
  ],
  pickupBonuses: [
    { level: 'city', points: 5 },
    { level: 'province', points: 10 },
    { level: 'national', points: 20 },
  ],
};

export const DEMO_SCORING_RULES = [
  TRIAL,
  {
    ...TRIAL,
    name: '2019年稿件考核办法（修订）',
    effectiveFrom: '2019-05-01',
    note: '演示数据：短视频基础分提高到15分，中央媒体上稿加分提高到30分',
    formatPoints: TRIAL.formatPoints.map((line) =>
      line.format === 'short-video' ? { ...line, points: 15 } : line
    ),
    pickupBonuses: TRIAL.pickupBonuses.map((line) =>
      line.level === 'national' ? { ...line, points: 30 } : line
    ),
  },
];
