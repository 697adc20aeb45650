import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

type Node = {
  type?: string;
  text?: string;
  level?: number;
  format?: string;
  url?: string;
  image?: { url?: string; alternativeText?: string | null };
  children?: Node[];
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
};

export interface PreviewItem {
  typeLabel: string;
  title: string;
  summary: string | null;
  body: unknown;
  coverUrl: string | null;
  videoUrl: string | null;
  byline: string | null;
  columnName: string | null;
  wordCount: number;
  status: 'draft' | 'published';
  /** Extra sections: episode problems, pledge items. */
  sections: Array<{ heading: string; lines: string[] }>;
}

/** Only web and mail links and paths on this site: never javascript: or data:. */
const safeHref = (url: string | undefined) =>
  url && /^(https?:|mailto:|\/(?!\/))/i.test(url) ? url : undefined;

function inline(node: Node, key: number): ReactNode {
  if (node.type === 'link')
    return h('a', { key, href: safeHref(node.url) }, (node.children ?? []).map(inline));
  let out: ReactNode = node.text ?? '';
  if (node.code) out = h('code', null, out);
  if (node.bold) out = h('strong', null, out);
  if (node.italic) out = h('em', null, out);
  if (node.underline) out = h('u', null, out);
  if (node.strikethrough) out = h('s', null, out);
  return h('span', { key }, out);
}

/** One block of Strapi's blocks editor, as the app shows it. React escapes every text. */
function block(node: Node, key: number): ReactNode {
  const children = (node.children ?? []).map(inline);
  switch (node.type) {
    case 'heading':
      return h(`h${Math.min(Math.max(node.level ?? 2, 2), 6)}`, { key }, children);
    case 'list':
      return h(
        node.format === 'ordered' ? 'ol' : 'ul',
        { key },
        (node.children ?? []).map((item, i) =>
          h('li', { key: i }, (item.children ?? []).map(inline))
        )
      );
    case 'quote':
      return h('blockquote', { key }, children);
    case 'code':
      return h('pre', { key }, (node.children ?? []).map((c) => c.text ?? '').join(''));
    case 'image':
      return node.image?.url
        ? h('img', { key, src: safeHref(node.image.url), alt: node.image.alternativeText ?? '' })
        : null;
    default:
      return h('p', { key }, children);
  }
}

const CSS = `
body{margin:0;background:#f3f3f3;font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#222}
main{max-width:430px;margin:0 auto;background:#fff;min-height:100vh;padding:16px 18px 40px;box-sizing:border-box}
.badge{display:inline-block;font-size:12px;padding:2px 8px;border-radius:10px;background:#fde7e7;color:#c0392b;margin-right:6px}
.meta{font-size:13px;color:#888;margin:6px 0 12px}
h1{font-size:22px;line-height:1.4;margin:8px 0}
.summary{font-size:15px;color:#555;background:#f7f7f7;padding:10px 12px;border-radius:6px}
article{font-size:17px;line-height:1.8}
img,video{max-width:100%;border-radius:6px}
blockquote{border-left:3px solid #d33;margin:0;padding-left:12px;color:#555}
h2,h3{font-size:18px}
`;

/** The item at phone width, as the 爱张店 app lays it out: a standalone page, no scripts. */
export function renderPreview(item: PreviewItem): string {
  const blocks = Array.isArray(item.body) ? (item.body as Node[]) : [];
  const page = h(
    'html',
    { lang: 'zh-CN' },
    h(
      'head',
      null,
      h('meta', { charSet: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', null, `预览：${item.title}`),
      h('style', { dangerouslySetInnerHTML: { __html: CSS } })
    ),
    h(
      'body',
      null,
      h(
        'main',
        null,
        h(
          'div',
          null,
          h('span', { className: 'badge' }, item.status === 'draft' ? '草稿预览' : '已发布版本'),
          h('span', { className: 'badge' }, item.typeLabel),
          item.columnName ? h('span', { className: 'badge' }, item.columnName) : null
        ),
        h('h1', null, item.title),
        h(
          'div',
          { className: 'meta' },
          [item.byline, `字数 ${item.wordCount}`].filter(Boolean).join(' · ')
        ),
        item.coverUrl ? h('img', { src: safeHref(item.coverUrl), alt: '封面' }) : null,
        item.summary ? h('p', { className: 'summary' }, item.summary) : null,
        item.videoUrl ? h('video', { src: safeHref(item.videoUrl), controls: true }) : null,
        h('article', null, blocks.map(block)),
        ...item.sections.map((s, i) =>
          h(
            'section',
            { key: i },
            h('h2', null, s.heading),
            h(
              'ol',
              null,
              s.lines.map((line, j) => h('li', { key: j }, line))
            )
          )
        )
      )
    )
  );
  return `<!doctype html>${renderToStaticMarkup(page)}`;
}
