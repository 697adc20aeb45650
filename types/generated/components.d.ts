import type { Schema, Struct } from '@strapi/strapi';

export interface CampaignPhase extends Struct.ComponentSchema {
  collectionName: 'components_campaign_phases';
  info: {
    description: '\u4E13\u9879\u6D3B\u52A8\u7684\u9636\u6BB5\uFF08\u5982 \u5B66\u4E60\u8BA8\u8BBA\u3001\u67E5\u6446\u6574\u6539\u3001\u603B\u7ED3\u63D0\u5347\uFF09\uFF0C\u6309\u9636\u6BB5\u7EDF\u8BA1\u65F6\u4F7F\u7528';
    displayName: '\u6D3B\u52A8\u9636\u6BB5';
  };
  attributes: {
    endDate: Schema.Attribute.Date & Schema.Attribute.Required;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    startDate: Schema.Attribute.Date & Schema.Attribute.Required;
  };
}

export interface CreditByline extends Struct.ComponentSchema {
  collectionName: 'components_credit_bylines';
  info: {
    description: '\u4E00\u4F4D\u4F5C\u8005\u5728\u7A3F\u4EF6\u4E2D\u7684\u5206\u5DE5\u4E0E\u8003\u6838\u4EFD\u989D';
    displayName: '\u7F72\u540D';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    reporter: Schema.Attribute.Relation<'manyToOne', 'api::reporter.reporter'>;
    role: Schema.Attribute.Enumeration<['writer', 'photographer', 'camera', 'editor', 'host']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'writer'>;
    share: Schema.Attribute.Decimal &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 0;
        },
        number
      >;
  };
}

export interface CreditPickup extends Struct.ComponentSchema {
  collectionName: 'components_credit_pickups';
  info: {
    description: '\u4E0A\u7EA7\u5A92\u4F53\u91C7\u7528\uFF08\u8F6C\u8F7D\u3001\u64AD\u53D1\uFF09\u672C\u7A3F\u7684\u8BB0\u5F55';
    displayName: '\u4E0A\u7A3F';
  };
  attributes: {
    date: Schema.Attribute.Date;
    level: Schema.Attribute.Enumeration<['city', 'province', 'national']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'city'>;
    media: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface CreditUnitTerm extends Struct.ComponentSchema {
  collectionName: 'components_credit_unit_terms';
  info: {
    description: '\u8BB0\u8005\u8C03\u52A8\u524D\u6240\u5728\u7684\u79D1\u5BA4\u53CA\u5176\u622A\u6B62\u65E5\u671F\uFF1A\u7A3F\u4EF6\u6309\u9996\u6B21\u53D1\u5E03\u5F53\u65E5\u6240\u5728\u79D1\u5BA4\u8BA1\u5165';
    displayName: '\u66FE\u4EFB\u79D1\u5BA4';
  };
  attributes: {
    unit: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    until: Schema.Attribute.Date & Schema.Attribute.Required;
  };
}

export interface EpisodeProblem extends Struct.ComponentSchema {
  collectionName: 'components_episode_problems';
  info: {
    description: '\u95EE\u653F\u8282\u76EE\u66DD\u5149\u7684\u95EE\u9898\u53CA\u6574\u6539\u60C5\u51B5';
    displayName: '\u95EE\u653F\u95EE\u9898';
  };
  attributes: {
    department: Schema.Attribute.Relation<'oneToOne', 'api::department.department'>;
    description: Schema.Attribute.Text & Schema.Attribute.Required;
    dueDate: Schema.Attribute.Date;
    resolution: Schema.Attribute.Text;
    status: Schema.Attribute.Enumeration<['open', 'rectifying', 'resolved']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'open'>;
  };
}

export interface PledgeItem extends Struct.ComponentSchema {
  collectionName: 'components_pledge_items';
  info: {
    description: '\u90E8\u95E8\u627F\u8BFA\u7684\u5355\u9879\u4E8B\u9879';
    displayName: '\u627F\u8BFA\u4E8B\u9879';
  };
  attributes: {
    content: Schema.Attribute.Text & Schema.Attribute.Required;
    dueDate: Schema.Attribute.Date;
    status: Schema.Attribute.Enumeration<['pledged', 'in-progress', 'fulfilled', 'overdue']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'pledged'>;
  };
}

export interface ScoringFormatPoints extends Struct.ComponentSchema {
  collectionName: 'components_scoring_format_points';
  info: {
    description: '\u6BCF\u79CD\u7A3F\u4EF6\u5F62\u5F0F\u4E00\u7BC7\u7684\u57FA\u7840\u5206';
    displayName: '\u57FA\u7840\u5206';
  };
  attributes: {
    format: Schema.Attribute.Enumeration<
      [
        'news',
        'commentary',
        'interview',
        'reprint',
        'image-text',
        'short-video',
        'long-image',
        'episode',
      ]
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'news'>;
    points: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 10000;
          min: 0;
        },
        number
      >;
  };
}

export interface ScoringOutletFactor extends Struct.ComponentSchema {
  collectionName: 'components_scoring_outlet_factors';
  info: {
    description: '\u6309\u520A\u64AD\u5E73\u53F0\u4E58\u7684\u7CFB\u6570\uFF1B\u672A\u5217\u51FA\u7684\u5E73\u53F0\u6309 1';
    displayName: '\u5E73\u53F0\u7CFB\u6570';
  };
  attributes: {
    factor: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 0;
        },
        number
      >;
    outlet: Schema.Attribute.Enumeration<
      ['app', 'tv', 'radio', 'newspaper', 'wechat', 'weibo', 'web']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'app'>;
  };
}

export interface ScoringPickupBonus extends Struct.ComponentSchema {
  collectionName: 'components_scoring_pickup_bonuses';
  info: {
    description: '\u88AB\u4E0A\u7EA7\u5A92\u4F53\u91C7\u7528\u7684\u52A0\u5206\uFF1B\u4E00\u7BC7\u7A3F\u4EF6\u53EA\u6309\u6700\u9AD8\u4E00\u7EA7\u52A0\u4E00\u6B21';
    displayName: '\u4E0A\u7A3F\u52A0\u5206';
  };
  attributes: {
    level: Schema.Attribute.Enumeration<['city', 'province', 'national']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'city'>;
    points: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 10000;
          min: 0;
        },
        number
      >;
  };
}

export interface ScoringPlacementFactor extends Struct.ComponentSchema {
  collectionName: 'components_scoring_placement_factors';
  info: {
    description: '\u6309\u680F\u76EE\u7684\u7248\u9762\u4F4D\u7F6E\u4E58\u7684\u7CFB\u6570\uFF1B\u672A\u5217\u51FA\u7684\u4F4D\u7F6E\u6309 1';
    displayName: '\u7248\u9762\u7CFB\u6570';
  };
  attributes: {
    factor: Schema.Attribute.Decimal &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          max: 100;
          min: 0;
        },
        number
      >;
    placement: Schema.Attribute.Enumeration<['headline', 'key-programme', 'prominent', 'regular']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'regular'>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'campaign.phase': CampaignPhase;
      'credit.byline': CreditByline;
      'credit.pickup': CreditPickup;
      'credit.unit-term': CreditUnitTerm;
      'episode.problem': EpisodeProblem;
      'pledge.item': PledgeItem;
      'scoring.format-points': ScoringFormatPoints;
      'scoring.outlet-factor': ScoringOutletFactor;
      'scoring.pickup-bonus': ScoringPickupBonus;
      'scoring.placement-factor': ScoringPlacementFactor;
    }
  }
}
