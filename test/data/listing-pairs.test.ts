/**
 * The library's pages filtered by two facets, without a build: which pairs have a page,
 * and how such a page is named in its heading, `<title>` and breadcrumbs.
 */
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/data/content.ts';
import { listingPages, listingView } from '../../src/data/listing-pages.ts';
import type { ListingPage } from '../../src/lib/listing.ts';
import { entry } from '../helpers/entries.ts';
import { siteOf } from '../helpers/site.ts';

const org = entry('organizations', 'ubnd-tinh', { name: 'Ủy ban nhân dân tỉnh Mẫu', kind: 'ubnd' });
// 21 plans of 2026: one more than a page; one decision of 2025.
const plans = Array.from({ length: 21 }, (_, i) =>
  entry('documents', `ke-hoach-${i + 1}`, {
    title: `Kế hoạch ${i + 1}`,
    kind: 'ke-hoach',
    issuedAt: '2026-01-10',
    issuer: 'ubnd-tinh',
  }),
);
const decision = entry('documents', 'quyet-dinh-1', {
  title: 'Quyết định',
  kind: 'quyet-dinh',
  issuedAt: '2025-05-01',
  issuer: 'ubnd-tinh',
});
const s = siteOf([org, ...plans, decision] as never[]);
const pages = listingPages(s, 'documents');
const page = (path: string) => pages.find((p) => p.params.path === path)?.props as ListingPage<Doc> | undefined;

describe('pages of two document filters', () => {
  it('has a page, paginated, for each pair of kind, year and issuer with documents, and no other', () => {
    const paths = pages.map((p) => p.params.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'loai/ke-hoach/nam/2026',
        'loai/ke-hoach/nam/2026/trang-2',
        'loai/ke-hoach/co-quan/ubnd-tinh',
        'nam/2025/co-quan/ubnd-tinh',
        'loai/quyet-dinh/nam/2025',
      ]),
    );
    expect(paths).not.toContain('loai/ke-hoach/nam/2025');
    expect(paths.filter((p) => p?.includes('phong-trao/') && p.split('/').length > 2)).toEqual([]);
    expect(page('loai/quyet-dinh/nam/2025')!.items.map((d) => d.id)).toEqual(['quyet-dinh-1']);
  });

  it('names both filters in the heading, the title and the breadcrumbs', () => {
    const v = listingView('documents', page('loai/ke-hoach/nam/2026/trang-2')!);
    expect(v.heading).toBe('Văn bản: Kế hoạch, năm 2026');
    expect(v.title).toBe('Văn bản: Kế hoạch, năm 2026 (trang 2)');
    expect(v.breadcrumbs).toEqual([
      { href: '/van-ban/', label: 'Văn bản' },
      { href: '/van-ban/loai/ke-hoach/', label: 'Kế hoạch' },
      { label: 'năm 2026' },
    ]);
    const byIssuer = listingView('documents', page('nam/2025/co-quan/ubnd-tinh')!);
    expect(byIssuer.heading).toBe('Văn bản: năm 2025, Ủy ban nhân dân tỉnh Mẫu');
  });
});
