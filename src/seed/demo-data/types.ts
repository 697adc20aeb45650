/** Shapes of the demo data. Items refer to each other by natural key (name or title), never by id. */
import type { DepartmentName, DistrictDepartmentName } from './departments';

export type ArticleFormat =
  'news' | 'commentary' | 'interview' | 'reprint' | 'image-text' | 'short-video' | 'long-image';

export type ColumnKey = 'app' | 'tv' | 'minsheng' | 'paper' | 'wechat';

export interface CampaignSpec {
  name: string;
  summary: string;
  startDate: string;
  endDate: string;
  phases: Array<{ name: string; startDate: string; endDate: string }>;
}

export interface ColumnSpec {
  key: ColumnKey;
  name: string;
  outlet: 'app' | 'tv' | 'radio' | 'newspaper' | 'wechat' | 'weibo' | 'web';
  placement: 'headline' | 'key-programme' | 'prominent' | 'regular';
  description: string;
}

export interface DepartmentSpec {
  name: string;
  kind: 'district-department' | 'town' | 'street' | 'other';
  sortOrder: number;
}

export interface ArticleSpec {
  title: string;
  format: ArticleFormat;
  column: ColumnKey;
  /** Publication time in Asia/Shanghai, 'MM-DD HH:mm' within 2019. */
  at: string;
  summary: string;
  /** The paragraphs after the lead; the summary is the lead. */
  text: string[];
  departments?: DepartmentName[];
  author?: string;
  source?: string;
  /** Higher-level media that carried the story (上稿), with the day they did. */
  pickups?: Array<{ level: 'city' | 'province' | 'national'; media: string; date: string }>;
  /** An edit made after publishing and left unpublished in the draft. */
  draftEdit?: { summary: string };
}

/** An article that was written but never published. */
export type DraftArticleSpec = Omit<ArticleSpec, 'at' | 'draftEdit'>;

export interface EpisodeSpec {
  title: string;
  programme: string;
  number: number;
  airDate: string;
  summary: string;
  departments: DepartmentName[];
  problems: Array<{
    description: string;
    department: DepartmentName;
    status: 'open' | 'rectifying' | 'resolved';
    dueDate: string;
    resolution?: string;
  }>;
  /** Number of the episode this one revisits (回头看). */
  followUpOf?: number;
  draft?: boolean;
}

export interface PledgeSpec {
  department: DistrictDepartmentName;
  at: string;
  summary: string;
  items: Array<{
    content: string;
    dueDate: string;
    status: 'pledged' | 'in-progress' | 'fulfilled';
  }>;
}
