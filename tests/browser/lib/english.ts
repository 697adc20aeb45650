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
};

/** The page's visible text, and the Latin words in it that are not allowed. */
export async function visibleEnglish(page: Page): Promise<{ words: string[]; text: string }> {
  const text = await page.evaluate(() => document.body.innerText);
  // Addresses are the users' own data (the profile card shows the Editor's), not interface text.
  const words = [...new Set(text.replace(/[\w.+-]+@[\w.-]+/g, '').match(/[A-Za-z][A-Za-z'’-]*/g) ?? [])].filter(
    (word) => !(word in ALLOWED_LATIN)
  );
  return { words, text };
}

/** For the failure message: each offending word with the text around its first appearance. */
export const inContext = (text: string, words: string[]) =>
  words.map((word) => {
    const at = text.indexOf(word);
    return `${word}: …${text.slice(Math.max(0, at - 30), at + word.length + 30).replace(/\s+/g, ' ')}…`;
  });
