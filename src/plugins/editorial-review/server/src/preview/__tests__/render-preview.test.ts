import { renderPreview, type PreviewItem } from '../render-preview';

const item = (body: unknown): PreviewItem => ({
  typeLabel: '稿件',
  title: '标题',
  summary: null,
  body,
  coverUrl: null,
  videoUrl: null,
  byline: null,
  columnName: null,
  wordCount: 2,
  status: 'draft',
  sections: [],
});

describe('renderPreview', () => {
  it('renders blocks as the app lays them out: headings, lists, quotes, marks', () => {
    const html = renderPreview(
      item([
        { type: 'heading', level: 2, children: [{ text: '小标题' }] },
        { type: 'list', format: 'ordered', children: [{ children: [{ text: '第一项' }] }] },
        { type: 'quote', children: [{ text: '引语', italic: true }] },
      ])
    );
    expect(html).toContain('<h2><span>小标题</span></h2>');
    expect(html).toContain('<ol><li><span>第一项</span></li></ol>');
    expect(html).toContain('<blockquote><span><em>引语</em></span></blockquote>');
  });

  it('keeps web links and drops script and data links', () => {
    const link = (url: string) => ({ type: 'link', url, children: [{ text: '链接' }] });
    const html = renderPreview(
      item([
        {
          type: 'paragraph',
          children: [
            link('https://www.zhangdian.gov.cn/'),
            link('javascript:alert(1)'),
            link('data:text/html,x'),
            link('//evil.example'),
          ],
        },
      ])
    );
    expect(html).toContain('href="https://www.zhangdian.gov.cn/"');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:text');
    expect(html).not.toContain('evil.example');
  });
});
