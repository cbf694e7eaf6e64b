/** An article's page data without a build. */
import { describe, expect, it } from 'vitest';
import type { News } from '../../src/data/content.ts';
import { newsView } from '../../src/data/news-page.ts';
import { entry } from '../helpers/entries.ts';
import { siteOf } from '../helpers/site.ts';

const org = entry('organizations', 'ubnd-tinh', { name: 'Ủy ban nhân dân tỉnh Mẫu', kind: 'ubnd' });
const plan = entry('documents', 'ke-hoach-01', {
  title: 'Kế hoạch',
  kind: 'ke-hoach',
  issuedAt: '2026-01-10',
  issuer: 'ubnd-tinh',
});
const campaign = entry('campaigns', 'thi-dua-2026', {
  title: 'Thi đua năm 2026',
  kind: 'thuong-xuyen',
  launchedBy: 'ubnd-tinh',
  launchedAt: '2026-01-05',
  period: { start: '2026-01-01' },
});
const article = entry('news', 'tin-1', {
  title: 'Tin một',
  summary: 'Tóm tắt.',
  publishedAt: '2026-02-01',
  category: 'hoat-dong',
  campaigns: ['thi-dua-2026', 'chua-dang'],
  documents: ['ke-hoach-01', 'ban-nhap'],
}) as News;
const s = siteOf([org, plan, campaign, article] as never[]);

describe('newsView', () => {
  it("links the published campaigns and documents it mentions, with each document's issuer", () => {
    const v = newsView(article, s);
    expect(v.campaigns).toEqual([{ href: '/phong-trao/thi-dua-2026/', name: 'Thi đua năm 2026' }]);
    expect(v.documents.map(({ doc, issuer }) => [doc.id, issuer?.id])).toEqual([['ke-hoach-01', 'ubnd-tinh']]);
    expect(v.exemplars).toEqual([]);
  });
});
