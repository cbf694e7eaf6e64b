/**
 * The faceted listings' pages without a build: which pages there are, what each filtered
 * or numbered page is called, where its breadcrumbs lead, and the issuer beside each
 * document.
 */
import { describe, expect, it } from 'vitest';
import type { Doc, Exemplar, News } from '../../src/data/content.ts';
import { documentListingView, listingPages, listingView } from '../../src/data/listing-pages.ts';
import type { ListingPage } from '../../src/lib/listing.ts';
import { entry } from '../helpers/entries.ts';
import { siteOf } from '../helpers/site.ts';

const org = entry('organizations', 'ubnd-tinh', { name: 'Ủy ban nhân dân tỉnh Mẫu', kind: 'ubnd' });
// 21 plans: one more than a page of the documents listing.
const plans = Array.from({ length: 21 }, (_, i) =>
  entry('documents', `ke-hoach-${i + 1}`, {
    title: `Kế hoạch ${i + 1}`,
    kind: 'ke-hoach',
    issuedAt: '2026-01-10',
    issuer: 'ubnd-tinh',
  }),
);
const letter = entry('documents', 'cong-van-1', {
  title: 'Công văn',
  kind: 'cong-van',
  issuedAt: '2025-05-01',
  issuer: 'cqq-chua-co',
});
const person = entry('exemplars', 'nguyen-thi-mai', {
  name: 'Nguyễn Thị Mai',
  kind: 'ca-nhan',
  consent: true,
  summary: 'Giáo viên dạy giỏi.',
  locality: { province: 'Mẫu', commune: 'Xã Bình Minh' },
  publishedAt: '2026-02-01',
});
const article = entry('news', 'tin-1', {
  title: 'Tin một',
  summary: 'Tóm tắt.',
  publishedAt: '2025-02-01',
  category: 'guong-sang',
});
const s = siteOf([org, ...plans, letter, person, article] as never[]);

/** The props of the page at `path` (`undefined` for the first page of the whole listing). */
function page<C extends 'documents' | 'exemplars' | 'news'>(c: C, path: string | undefined) {
  const found = listingPages(s, c).find((p) => p.params.path === path);
  if (!found) throw new Error(`no page ${path} in ${c}`);
  return found.props;
}

describe('listingPages', () => {
  it('makes the whole listing, each filter, and the numbered pages past the page size', () => {
    const paths = listingPages(s, 'documents').map((p) => p.params.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        undefined,
        'trang-2',
        'loai/ke-hoach',
        'loai/ke-hoach/trang-2',
        'loai/cong-van',
        'nam/2025',
      ]),
    );
    expect(page('documents', 'trang-2').items).toHaveLength(2);
    expect(page('documents', 'loai/cong-van').items.map((d) => d.id)).toEqual(['cong-van-1']);
  });
});

describe('listingView', () => {
  it('names the whole listing after its section, with no link in its breadcrumbs', () => {
    const v = listingView('documents', page('documents', undefined) as ListingPage<Doc>);
    expect([v.heading, v.title]).toEqual(['Văn bản', 'Văn bản']);
    expect(v.breadcrumbs).toEqual([{ label: 'Văn bản' }]);
  });

  it('names a filtered page after its filter, says the page number in the title, and leads back to the section', () => {
    const v = listingView('documents', page('documents', 'loai/ke-hoach/trang-2') as ListingPage<Doc>);
    expect(v.heading).toBe('Văn bản: Kế hoạch');
    expect(v.title).toBe('Văn bản: Kế hoạch (trang 2)');
    expect(v.breadcrumbs).toEqual([{ href: '/van-ban/', label: 'Văn bản' }, { label: 'Kế hoạch' }]);
    expect(v.items.map((d) => d.id)).toEqual(['ke-hoach-21']);
  });

  it('gives the exemplars listing its full name, and a filter its place name', () => {
    const all = listingView('exemplars', page('exemplars', undefined) as ListingPage<Exemplar>);
    expect(all.heading).toBe('Gương điển hình tiên tiến');
    expect(all.breadcrumbs).toEqual([{ label: 'Gương điển hình' }]);
    const place = listingView('exemplars', page('exemplars', 'dia-phuong/xa-binh-minh') as ListingPage<Exemplar>);
    expect(place.heading).toBe('Gương điển hình: Xã Bình Minh');
    expect(place.breadcrumbs).toEqual([
      { href: '/guong-dien-hinh/', label: 'Gương điển hình' },
      { label: 'Xã Bình Minh' },
    ]);
  });

  it('names the news of a year "Tin tức năm …", and a category by its label', () => {
    const year = listingView('news', page('news', 'nam/2025') as ListingPage<News>);
    expect([year.heading, year.title]).toEqual(['Tin tức năm 2025', 'Tin tức năm 2025']);
    expect(year.breadcrumbs).toEqual([{ href: '/tin-tuc/', label: 'Tin tức' }, { label: '2025' }]);
    expect(listingView('news', page('news', 'chuyen-muc/guong-sang') as ListingPage<News>).heading).toBe(
      'Tin tức: Gương sáng',
    );
  });
});

describe('documentListingView', () => {
  it('gives each document its published issuer, as its row shows it', () => {
    const v = documentListingView(page('documents', 'nam/2025') as ListingPage<Doc>, s);
    expect(v.items.map(({ doc, issuer }) => [doc.id, issuer])).toEqual([['cong-van-1', undefined]]);
    const first = documentListingView(page('documents', undefined) as ListingPage<Doc>, s);
    expect(first.items).toHaveLength(20);
    expect(first.items[0]!.issuer?.id).toBe('ubnd-tinh');
    expect(first.title).toBe('Văn bản');
  });
});
