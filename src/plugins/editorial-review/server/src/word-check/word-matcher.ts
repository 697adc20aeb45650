import { AhoCorasick } from '@monyone/aho-corasick';
import type { WordCategory, WordLevel } from '../../../shared/word-check';
import { normalise } from './normalise';

export interface LibraryWord {
  word: string;
  category: WordCategory;
  level: WordLevel;
  replacement: string | null;
  note: string | null;
}

/** A hit in one text: offsets in the text as written. */
export interface TextHit {
  offset: number;
  length: number;
  entry: LibraryWord;
}

type Pattern = { kind: 'word'; entry: LibraryWord } | { kind: 'allowed' };

/**
 * The library compiled into one Aho-Corasick automaton (@monyone/aho-corasick) over normalised
 * text. Allowed terms are patterns too: a word found inside an allowed term (第一 in 第一书记)
 * is no hit.
 */
export class WordMatcher {
  private readonly automaton: AhoCorasick | null;
  /** Normalised pattern to what it stands for: a word can be listed under several entries. */
  private readonly patterns = new Map<string, Pattern[]>();

  constructor(words: LibraryWord[], allowedTerms: string[]) {
    const add = (key: string, pattern: Pattern) => {
      if (!key) return; // A word of punctuation alone normalises to nothing.
      const list = this.patterns.get(key);
      if (list) list.push(pattern);
      else this.patterns.set(key, [pattern]);
    };
    for (const entry of words) add(normalise(entry.word).text, { kind: 'word', entry });
    for (const term of allowedTerms) add(normalise(term).text, { kind: 'allowed' });
    this.automaton = this.patterns.size > 0 ? new AhoCorasick([...this.patterns.keys()]) : null;
  }

  get size(): number {
    return this.patterns.size;
  }

  find(text: string): TextHit[] {
    if (!this.automaton || !text) return [];
    const { text: folded, origin } = normalise(text);
    const found = this.automaton.matchInText(folded);
    const allowed = found.filter((f) =>
      this.patterns.get(f.keyword)?.some((p) => p.kind === 'allowed')
    );
    const hits: TextHit[] = [];
    for (const f of found) {
      for (const pattern of this.patterns.get(f.keyword) ?? []) {
        if (pattern.kind !== 'word') continue;
        if (allowed.some((a) => a.begin <= f.begin && a.end >= f.end)) continue;
        // Back to the text as written: from the first matched unit's character to past the last's.
        const offset = origin[f.begin];
        const last = origin[f.end - 1];
        const end = last + String.fromCodePoint(text.codePointAt(last)!).length;
        hits.push({ offset, length: end - offset, entry: pattern.entry });
      }
    }
    return hits.sort((a, b) => a.offset - b.offset || b.length - a.length);
  }
}
