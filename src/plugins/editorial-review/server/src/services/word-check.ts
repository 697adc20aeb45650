import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PLUGIN_ID } from '../../../shared/constants';
import {
  CHECKED_FIELDS,
  WORD_CATEGORIES,
  WORD_LEVELS,
  describeHits,
  type WordHit,
  type WordOverride,
} from '../../../shared/word-check';
import { createWordRepository } from '../repositories/word-repository';
import { checkedPopulate, checkedText } from '../word-check/checked-text';
import { createLibraryRevision } from '../word-check/library-revision';
import { STARTER_ALLOWED, STARTER_WORDS } from '../word-check/starter-words';
import { WordMatcher } from '../word-check/word-matcher';

const CONTEXT = 16;

/**
 * The 错敏词 check: the library compiled once per revision, the hits of a draft or of form
 * values, and the publish gate's rule (no block-level word unless the final reviewer let it go).
 */
export const createWordCheckService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repository = createWordRepository(strapi);
  const revision = createLibraryRevision(
    repository,
    strapi.config.get<string>(`plugin::${PLUGIN_ID}.redisUrl`, ''),
    strapi.config.get<string>(`plugin::${PLUGIN_ID}.redisPrefix`, 'cms:cache:')
  );
  let compiled: { revision: string; matcher: WordMatcher } | null = null;
  let compiling: Promise<WordMatcher> | null = null;

  async function compile(at: string): Promise<WordMatcher> {
    const [words, allowed] = await Promise.all([repository.loadWords(), repository.loadAllowed()]);
    const matcher = new WordMatcher(
      words,
      allowed.map((a) => a.term)
    );
    compiled = { revision: at, matcher };
    return matcher;
  }

  /** The matcher of the current revision; concurrent checks share one rebuild. */
  async function matcher(): Promise<WordMatcher> {
    const at = await revision.current();
    if (compiled?.revision === at) return compiled.matcher;
    if (!compiling) compiling = compile(at).finally(() => (compiling = null));
    return compiling;
  }

  function hitsOf(uid: string, data: Record<string, unknown>, m: WordMatcher): WordHit[] {
    const hits: WordHit[] = [];
    for (const segment of checkedText(uid, data)) {
      for (const { offset, length, entry } of m.find(segment.text)) {
        hits.push({
          field: segment.field,
          fieldLabel: segment.fieldLabel,
          offset,
          length,
          text: segment.text.slice(offset, offset + length),
          word: entry.word,
          context: {
            before: segment.text.slice(Math.max(0, offset - CONTEXT), offset),
            after: segment.text.slice(offset + length, offset + length + CONTEXT),
          },
          category: entry.category,
          categoryLabel: WORD_CATEGORIES[entry.category] ?? entry.category,
          level: entry.level,
          levelLabel: WORD_LEVELS[entry.level] ?? entry.level,
          replacement: entry.replacement,
          note: entry.note,
        });
      }
    }
    return hits;
  }

  const service = {
    isChecked: (uid: string) => uid in CHECKED_FIELDS,

    /** Hits in a draft as read, or in values as an edit form holds them. */
    async checkData(uid: string, data: Record<string, unknown>): Promise<WordHit[]> {
      if (!service.isChecked(uid)) return [];
      return hitsOf(uid, data, await matcher());
    },

    /** Hits in the saved draft; null when there is no draft. */
    async checkDraft(uid: string, documentId: string): Promise<WordHit[] | null> {
      if (!service.isChecked(uid)) return [];
      const draft = await strapi.db.query(uid as never).findOne({
        where: { documentId, publishedAt: null },
        populate: checkedPopulate(uid),
      });
      return draft ? service.checkData(uid, draft as Record<string, unknown>) : null;
    },

    blocking: (hits: WordHit[]) => hits.filter((h) => h.level === 'block'),

    /**
     * The gate's 错敏词 rule: a draft with a block-level word is not published, unless the final
     * reviewer overrode exactly these words on exactly this draft. A 400 naming words and fields.
     */
    async assertPublishable(
      uid: string,
      draft: Record<string, unknown>,
      override: { value: WordOverride | null; fingerprint: string }
    ): Promise<void> {
      const blocking = service.blocking(await service.checkData(uid, draft));
      if (blocking.length === 0) return;
      const o = override.value;
      const covered =
        o !== null &&
        o.fingerprint === override.fingerprint &&
        blocking.every((h) => o.words.includes(h.word));
      if (covered) return;
      throw new errors.ValidationError(`不能发布：含禁用词 ${describeHits(blocking)}`, {
        hits: blocking,
      });
    },

    /** A write changed the library: this instance and, through the revision, every other. */
    async libraryChanged(): Promise<void> {
      compiled = null;
      await revision.bump();
    },

    /** A new library starts with the starter list, once: a library emptied later stays empty. */
    async installStarterList(): Promise<number> {
      const marker = strapi.store({ type: 'plugin', name: PLUGIN_ID, key: 'starter-words' });
      if (await marker.get({})) return 0;
      let added = 0;
      if (await repository.isEmpty()) {
        for (const [word, category, level, replacement, note] of STARTER_WORDS)
          await repository.upsertWord({
            word,
            category,
            level,
            replacement: replacement || null,
            note,
          });
        for (const [term, note] of STARTER_ALLOWED) await repository.upsertAllowed({ term, note });
        added = STARTER_WORDS.length + STARTER_ALLOWED.length;
        await service.libraryChanged();
      }
      await marker.set({ value: { installedAt: new Date().toISOString() } });
      return added;
    },

    repository,
    close: () => revision.close(),
  };
  return service;
};

export type WordCheckService = ReturnType<typeof createWordCheckService>;
