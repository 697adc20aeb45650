import fc from 'fast-check';
import { normalise } from '../normalise';
import { WordMatcher, type LibraryWord } from '../word-matcher';
import { checkedText } from '../checked-text';

const entry = (word: string, level: LibraryWord['level'] = 'warn'): LibraryWord => ({
  word,
  category: 'custom',
  level,
  replacement: null,
  note: null,
});

/** What the text holds where a hit says it is. */
const found = (m: WordMatcher, text: string) =>
  m.find(text).map((h) => [text.slice(h.offset, h.offset + h.length), h.entry.word]);

// Han characters from the common block; never punctuation, so a word made of them stays a word.
const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
const word = fc.array(han, { minLength: 2, maxLength: 5 }).map((cs) => cs.join(''));
const filler = fc.constantFrom(
  ' ',
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff',
  '，',
  '、',
  '·',
  '\u3000',
  '-',
  '*'
);

describe('normalise', () => {
  it('folds full-width forms and case, converts traditional to simplified, drops what sits between', () => {
    expect(normalise('ＡＢＣ１２３').text).toBe('abc123');
    expect(normalise('國家級').text).toBe('国家级');
    expect(normalise('最 \u200b，佳').text).toBe('最佳');
  });

  it('keeps, for every unit it outputs, the offset of the character it came from', () => {
    const { text, origin } = normalise('𠮷最 佳');
    expect(text).toBe('𠮷最佳');
    expect(origin).toEqual([0, 0, 2, 4]);
  });
});

describe('WordMatcher', () => {
  it('finds a word with any ignorable characters between its characters, where it was written', () => {
    fc.assert(
      fc.property(
        word,
        fc.array(fc.array(filler, { maxLength: 3 }), { minLength: 4, maxLength: 4 }),
        fc.string({ maxLength: 10 }).filter((s) => !/[\u4e00-\u9fa5]/.test(s)),
        (w, gaps, before) => {
          const chars = [...w];
          const written = chars
            .map((c, i) => (i === 0 ? c : gaps[(i - 1) % 4].join('') + c))
            .join('');
          const text = `${before}${written}。`;
          const hits = new WordMatcher([entry(w)], []).find(text);
          expect(hits.length).toBeGreaterThanOrEqual(1);
          const hit = hits.find((h) => h.offset === text.indexOf(written.charAt(0), before.length));
          expect(hit && text.slice(hit.offset, hit.offset + hit.length)).toBe(written);
        }
      )
    );
  });

  it('finds nothing in text that does not hold the word in any form', () => {
    fc.assert(
      fc.property(word, fc.string({ maxLength: 30 }), (w, text) => {
        fc.pre(!normalise(text).text.includes(normalise(w).text));
        expect(new WordMatcher([entry(w)], []).find(text)).toEqual([]);
      })
    );
  });

  it('does not report a word inside an allowed longer term, and does outside it', () => {
    const m = new WordMatcher([entry('第一')], ['第一书记']);
    expect(found(m, '驻村第一书记获评第一')).toEqual([['第一', '第一']]);
    expect(m.find('驻村第一书记获评第一')[0].offset).toBe(8);
    expect(found(m, '驻村第 一 书 记')).toEqual([]);
  });

  it('reports each entry of a word listed twice, and keeps block and warn apart', () => {
    const m = new WordMatcher([entry('最佳', 'warn'), entry('最 佳', 'block')], []);
    expect(
      m
        .find('最佳')
        .map((h) => h.entry.level)
        .sort()
    ).toEqual(['block', 'warn']);
  });

  it('ignores a library word that is only punctuation', () => {
    expect(new WordMatcher([entry('，，')], []).find('，，')).toEqual([]);
  });
});

describe('checkedText', () => {
  it('reads title, summary, each body block and each component entry, named in Chinese', () => {
    expect(
      checkedText('api::episode.episode', {
        title: '标题',
        summary: '',
        problems: [{ description: '问题', resolution: '整改' }, { description: null }],
      }).map((s) => [s.field, s.fieldLabel, s.text])
    ).toEqual([
      ['title', '标题', '标题'],
      ['problems[0].description', '问题1·问题描述', '问题'],
      ['problems[0].resolution', '问题1·整改情况', '整改'],
    ]);
    expect(
      checkedText('api::article.article', {
        body: [
          { type: 'list', children: [{ children: [{ text: '甲' }, { text: '乙' }] }] },
          { type: 'paragraph', children: [{ text: '丙' }] },
        ],
      }).map((s) => [s.field, s.fieldLabel, s.text])
    ).toEqual([
      ['body[0]', '正文第1段', '甲乙'],
      ['body[1]', '正文第2段', '丙'],
    ]);
  });
});
