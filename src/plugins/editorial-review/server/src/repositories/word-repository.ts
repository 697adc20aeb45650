import type { Core } from '@strapi/strapi';
import { WORD_UIDS, type WordCategory, type WordLevel } from '../../../shared/word-check';
import type { LibraryWord } from '../word-check/word-matcher';
import { readInTransaction } from './read-in-transaction';

export interface AllowedTerm {
  term: string;
  note: string | null;
}

type Row = Record<string, unknown>;
const WORDS_TABLE = 'editorial_review_words';
const ALLOWED_TABLE = 'editorial_review_allowed_terms';

/** The 错敏词 library's reads and writes. Writes go through the Document Service (documentIds). */
export function createWordRepository(strapi: Core.Strapi) {
  const read = readInTransaction(strapi);
  const words = () => strapi.documents(WORD_UIDS.word as never);
  const allowed = () => strapi.documents(WORD_UIDS.allowedTerm as never);

  return {
    async loadWords(): Promise<LibraryWord[]> {
      const rows: Row[] = await read((knex) =>
        knex(WORDS_TABLE).select('word', 'category', 'level', 'replacement', 'note')
      );
      return rows.map((r) => ({
        word: String(r.word),
        category: r.category as WordCategory,
        level: r.level as WordLevel,
        replacement: (r.replacement as string | null) || null,
        note: (r.note as string | null) || null,
      }));
    },

    async loadAllowed(): Promise<AllowedTerm[]> {
      const rows: Row[] = await read((knex) => knex(ALLOWED_TABLE).select('term', 'note'));
      return rows.map((r) => ({ term: String(r.term), note: (r.note as string | null) || null }));
    },

    /**
     * A stamp that changes whenever either list does: rows counted and the latest change. Read by
     * every instance from the shared database, so a word added anywhere is seen everywhere.
     */
    async stamp(): Promise<string> {
      const [w, a] = await read((knex) =>
        Promise.all(
          [WORDS_TABLE, ALLOWED_TABLE].map((table) =>
            knex(table).count({ n: '*' }).max({ at: 'updated_at' }).first()
          )
        )
      );
      const part = (r: Row | undefined) => `${Number(r?.n ?? 0)}@${String(r?.at ?? '')}`;
      return `${part(w)}|${part(a)}`;
    },

    async isEmpty(): Promise<boolean> {
      const [w, a] = await read((knex) =>
        Promise.all([WORDS_TABLE, ALLOWED_TABLE].map((t) => knex(t).count({ n: '*' }).first()))
      );
      return Number(w?.n ?? 0) === 0 && Number(a?.n ?? 0) === 0;
    },

    /** Adds the word, or updates the entry of the same word. Returns whether it was new. */
    async upsertWord(entry: LibraryWord): Promise<'created' | 'updated'> {
      const found = (await words().findFirst({ filters: { word: entry.word } as never })) as {
        documentId: string;
      } | null;
      const data = { ...entry } as never;
      if (found) await words().update({ documentId: found.documentId, data });
      else await words().create({ data });
      return found ? 'updated' : 'created';
    },

    async upsertAllowed(entry: AllowedTerm): Promise<'created' | 'updated'> {
      const found = (await allowed().findFirst({ filters: { term: entry.term } as never })) as {
        documentId: string;
      } | null;
      const data = { ...entry } as never;
      if (found) await allowed().update({ documentId: found.documentId, data });
      else await allowed().create({ data });
      return found ? 'updated' : 'created';
    },
  };
}

export type WordRepository = ReturnType<typeof createWordRepository>;
