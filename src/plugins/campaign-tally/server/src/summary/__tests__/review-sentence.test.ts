import { formatDuration, hoursOf } from '../../../../shared/labels';
import type { ReviewMetrics } from '../../../../shared/contracts';
import { reviewSentence } from '../summary-text';

const metrics = (over: Partial<ReviewMetrics>): ReviewMetrics => ({
  submitted: 12,
  approved: 9,
  rejected: 3,
  superseded: 0,
  pending: 0,
  rejectionRate: 0.25,
  published: 9,
  medianSecondsToPublish: 5400,
  levels: [],
  ...over,
});

describe('the 三审 sentence of the summary', () => {
  it('says what was submitted, passed and returned, with the rate and the median', () => {
    expect(reviewSentence(metrics({}))).toBe(
      '严格落实稿件三审制度，送审12件次，终审通过9件次，退回修改3件次（退回率25%），从送审到发布用时中位数1.5小时。'
    );
  });

  it('leaves out what it cannot say, and says nothing without submissions or review', () => {
    expect(reviewSentence(metrics({ rejectionRate: null, medianSecondsToPublish: null }))).toBe(
      '严格落实稿件三审制度，送审12件次，终审通过9件次，退回修改3件次。'
    );
    expect(reviewSentence(metrics({ submitted: 0 }))).toBeNull();
    expect(reviewSentence(null)).toBeNull();
  });
});

describe('review durations', () => {
  it('reads minutes under an hour, hours under two days, then days', () => {
    expect(formatDuration(12)).toBe('不到1分钟');
    expect(formatDuration(2700)).toBe('45分钟');
    expect(formatDuration(5400)).toBe('1.5小时');
    expect(formatDuration(47 * 3600)).toBe('47小时');
    expect(formatDuration(3 * 86400)).toBe('3天');
    expect(hoursOf(5400)).toBe(1.5);
  });
});
