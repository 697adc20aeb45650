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

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'campaign.phase': CampaignPhase;
      'credit.byline': CreditByline;
      'credit.pickup': CreditPickup;
      'episode.problem': EpisodeProblem;
      'pledge.item': PledgeItem;
    }
  }
}
