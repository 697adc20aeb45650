import type { TalliedType } from '../../../shared/contracts';

/** Design-system palette values (primary600, alternative600, warning600) for the tallied types. */
export const TYPE_COLORS: Record<TalliedType, string> = {
  article: '#4945ff',
  episode: '#9736e8',
  pledge: '#d9822f',
};

export const BAR_COLOR = '#7b79ff';
export const GRID_COLOR = '#eaeaef';
export const AXIS_COLOR = '#666687';
