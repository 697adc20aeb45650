/// <reference lib="dom" />
import type { Page } from '@playwright/test';

/**
 * Latin words an editor may see on a Chinese screen, each with the reason it stays. Anything
 * else in Latin letters on a page fails the walk.
 */
export const ALLOWED_LATIN: Record<string, string> = {
  APP: 'part of the district app’s name, 爱张店APP',
  ID: 'the usual abbreviation in the ID and 文档 ID columns',
  CSV: 'an export format’s name (导出 CSV)',
  Excel: 'an export format’s name (导出 Excel)',
  JSON: 'an export format’s name (导出 JSON)',
  // @strapi/design-system 2.2.4 hard-codes its combobox spinner's label; a screen reader reads it
  // while a relation picker loads, the eye sees only the spinner.
  Loading: 'the design system’s hidden spinner label in relation pickers, not translatable',
  // The rich-text editor's hint for moving blocks names keys as they are printed on keyboards.
  Command: 'a key name in the rich-text editor’s keyboard hint',
  Ctrl: 'a key name in the rich-text editor’s keyboard hint',
  Shift: 'a key name in the rich-text editor’s keyboard hint',
  // The counting rule under the tally page is the plugin server's text (labels.ts countingRule).
  documentId: 'the counting rule names the document id field it counts by',
  Asia: 'the counting rule quotes its IANA time zone, Asia/Shanghai',
  Shanghai: 'the counting rule quotes its IANA time zone, Asia/Shanghai',
};

/** The page's visible text, and the Latin words in it that are not allowed. */
export async function visibleEnglish(
  page: Page,
  content: string[] = []
): Promise<{ words: string[]; text: string }> {
  let text = await page.evaluate(() => document.body.innerText);
  // Values the test stored (pinyin slugs in the 网址别名 column) are content, not interface text.
  for (const value of content) text = text.split(value).join(' ');
  // Addresses are the users' own data (the profile card shows the Editor's), not interface text.
  const words = [
    ...new Set(text.replace(/[\w.+-]+@[\w.-]+/g, '').match(/[A-Za-z][A-Za-z'’-]*/g) ?? []),
  ].filter((word) => !(word in ALLOWED_LATIN));
  return { words, text };
}

/** For the failure message: each offending word with the text around its first appearance. */
export const inContext = (text: string, words: string[]) =>
  words.map((word) => {
    const at = text.indexOf(word);
    return `${word}: …${text.slice(Math.max(0, at - 30), at + word.length + 30).replace(/\s+/g, ' ')}…`;
  });
