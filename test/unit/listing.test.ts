import { describe, expect, it } from 'vitest';
import { filterHref, listingPaths, type Facet, type ListingPage } from '../../src/lib/listing.ts';

interface Item {
  id: number;
  kind: string;
  year: string;
}
const items: Item[] = Array.from({ length: 45 }, (_, i) => ({
  id: i,
  kind: i % 3 === 0 ? 'a' : 'b',
  year: i < 20 ? '2026' : '2025',
}));
const facets: Facet<Item>[] = [
  { key: 'loai', label: 'Loại', values: (x) => [x.kind], valueLabel: (v) => v.toUpperCase() },
  { key: 'nam', label: 'Năm', values: (x) => [x.year], valueLabel: (v) => v, compare: (a, b) => Number(b) - Number(a) },
];

describe('static listings', () => {
  const paths = listingPaths(items, facets, 20, '/van-ban/');
  const byPath = new Map(paths.map((p) => [p.params.path ?? '', p.props as ListingPage<Item>]));

  it('paginates the whole list with trang-N pages', () => {
    expect(byPath.get('')!.items).toHaveLength(20);
    expect(byPath.get('trang-3')!.items).toHaveLength(5);
    expect(byPath.get('')!.pageHrefs).toEqual(['/van-ban/', '/van-ban/trang-2/', '/van-ban/trang-3/']);
    expect(byPath.has('trang-4')).toBe(false);
  });

  it('makes one paginated list per facet value, every item in exactly the right lists', () => {
    expect(byPath.get('loai/a')!.total).toBe(15);
    expect(byPath.get('loai/b')!.total).toBe(30);
    expect(byPath.get('loai/b/trang-2')!.items.map((x) => x.kind)).toEqual(Array(10).fill('b'));
    expect(byPath.get('nam/2025')!.filter).toEqual({
      key: 'nam',
      label: 'Năm',
      value: '2025',
      valueLabel: '2025',
      removeHref: '/van-ban/',
    });
  });

  it('summarizes facets with counts and hrefs in the given order', () => {
    const years = byPath.get('')!.facets.find((f) => f.key === 'nam')!;
    expect(years.values.map((v) => [v.value, v.count, v.href])).toEqual([
      ['2026', 20, '/van-ban/nam/2026/'],
      ['2025', 25, '/van-ban/nam/2025/'],
    ]);
  });

  it('still has a first page when the list is empty', () => {
    const empty = listingPaths<Item>([], facets, 20, '/x/');
    expect(empty).toHaveLength(1);
    expect(empty[0]!.props.total).toBe(0);
  });
});

/** Documents by kind, year, issuer and campaign; kind, year and issuer combine, two at a time. */
interface Doc {
  kind: 'ke-hoach' | 'quyet-dinh';
  year: string;
  issuer: 'ubnd' | 'ban';
  campaign: string;
}
const docs: Doc[] = Array.from({ length: 50 }, (_, i) => ({
  kind: i % 2 === 0 ? 'ke-hoach' : 'quyet-dinh',
  // Every plan is from 2026 or 2025; 2024 has decisions only.
  year: i < 30 ? '2026' : i < 44 ? '2025' : i % 2 ? '2024' : '2025',
  issuer: i % 5 === 0 ? 'ban' : 'ubnd',
  campaign: 'thi-dua-yeu-nuoc',
}));
// Given out of the address order on purpose: the address follows `combine`.
const docFacets: Facet<Doc>[] = [
  {
    key: 'nam',
    label: 'Năm ban hành',
    values: (d) => [d.year],
    valueLabel: (v) => v,
    compare: (a, b) => Number(b) - Number(a),
  },
  { key: 'co-quan', label: 'Cơ quan ban hành', values: (d) => [d.issuer], valueLabel: (v) => v.toUpperCase() },
  {
    key: 'loai',
    label: 'Loại văn bản',
    values: (d) => [d.kind],
    valueLabel: (v) => (v === 'ke-hoach' ? 'Kế hoạch' : 'Quyết định'),
  },
  { key: 'phong-trao', label: 'Phong trào', values: (d) => [d.campaign], valueLabel: (v) => v },
];
const combine = ['loai', 'nam', 'co-quan'];

describe('listings filtered by two facets at once', () => {
  const paths = listingPaths(docs, docFacets, 10, '/van-ban/', combine);
  const byPath = new Map(paths.map((p) => [p.params.path ?? '', p.props as ListingPage<Doc>]));
  const matching = (f: Partial<Doc>) =>
    docs.filter((d) => Object.entries(f).every(([k, v]) => d[k as keyof Doc] === v)).length;
  const facet = (path: string, key: string) => byPath.get(path)!.facets.find((f) => f.key === key)!;
  const value = (path: string, key: string, v: string) => facet(path, key).values.find((x) => x.value === v)!;

  it('makes a page for every non-empty pair, keys in the order of the address', () => {
    expect(byPath.get('loai/ke-hoach/nam/2026')!.total).toBe(matching({ kind: 'ke-hoach', year: '2026' }));
    expect(byPath.get('loai/quyet-dinh/co-quan/ban')!.total).toBe(matching({ kind: 'quyet-dinh', issuer: 'ban' }));
    expect(byPath.get('nam/2025/co-quan/ubnd')!.total).toBe(matching({ year: '2025', issuer: 'ubnd' }));
    // One address per pair: never year before kind, issuer before year.
    expect([...byPath.keys()].filter((p) => /^(nam\/[^/]+\/loai|co-quan\/[^/]+\/(loai|nam))/.test(p))).toEqual([]);
    // No plan in 2024: no page for it.
    expect(matching({ kind: 'ke-hoach', year: '2024' })).toBe(0);
    expect(byPath.has('loai/ke-hoach/nam/2024')).toBe(false);
  });

  it('paginates a pair, and combines neither three facets nor one that does not combine', () => {
    const pair = byPath.get('loai/ke-hoach/nam/2026')!;
    expect(pair.total).toBe(15);
    expect(pair.pageHrefs).toEqual(['/van-ban/loai/ke-hoach/nam/2026/', '/van-ban/loai/ke-hoach/nam/2026/trang-2/']);
    expect(byPath.get('loai/ke-hoach/nam/2026/trang-2')!.items).toHaveLength(5);
    expect([...byPath.keys()].filter((p) => p.split('/').filter((s) => combine.includes(s)).length > 2)).toEqual([]);
    expect(
      [...byPath.keys()].filter((p) => p.includes('phong-trao/') && !/^phong-trao\/[^/]+(\/trang-\d+)?$/.test(p)),
    ).toEqual([]);
    expect(byPath.has('phong-trao/thi-dua-yeu-nuoc')).toBe(true);
  });

  it('names the filters in force in the address order, each with the page without it', () => {
    const pair = byPath.get('loai/ke-hoach/nam/2026')!;
    expect(pair.filters.map((f) => [f.key, f.valueLabel, f.removeHref])).toEqual([
      ['loai', 'Kế hoạch', '/van-ban/nam/2026/'],
      ['nam', '2026', '/van-ban/loai/ke-hoach/'],
    ]);
    expect(pair.filter?.key).toBe('loai');
    expect(byPath.get('co-quan/ban')!.filters.map((f) => f.removeHref)).toEqual(['/van-ban/']);
    expect(byPath.get('')!.filters).toEqual([]);
  });

  it('on a filtered page, links another facet to the pair with its count within the filter', () => {
    expect(value('loai/ke-hoach', 'nam', '2026')).toEqual({
      value: '2026',
      label: '2026',
      count: matching({ kind: 'ke-hoach', year: '2026' }),
      current: false,
      href: '/van-ban/loai/ke-hoach/nam/2026/',
    });
    // From the year's page the pair has the same, canonical address.
    expect(value('nam/2026', 'loai', 'ke-hoach').href).toBe('/van-ban/loai/ke-hoach/nam/2026/');
    // An empty combination is shown, with no link.
    expect(value('loai/ke-hoach', 'nam', '2024')).toMatchObject({ count: 0, href: undefined });
    expect(value('nam/2024', 'co-quan', 'ubnd').href).toBe('/van-ban/nam/2024/co-quan/ubnd/');
  });

  it("links the filtered facet's own values to their pages, the current one to none", () => {
    expect(value('loai/ke-hoach', 'loai', 'quyet-dinh')).toMatchObject({
      count: matching({ kind: 'quyet-dinh' }),
      href: '/van-ban/loai/quyet-dinh/',
    });
    expect(value('loai/ke-hoach', 'loai', 'ke-hoach')).toMatchObject({ current: true, href: undefined, count: 25 });
    // On a pair page, another value of one filter keeps the other.
    expect(value('loai/ke-hoach/nam/2026', 'nam', '2025')).toMatchObject({
      count: matching({ kind: 'ke-hoach', year: '2025' }),
      href: '/van-ban/loai/ke-hoach/nam/2025/',
    });
    expect(value('loai/ke-hoach/nam/2026', 'loai', 'quyet-dinh').href).toBe('/van-ban/loai/quyet-dinh/nam/2026/');
  });

  it('leads a facet that cannot be added to its own pages, over the whole list, and says so', () => {
    // Two filters in force: the third leads to the issuer's page.
    const third = facet('loai/ke-hoach/nam/2026', 'co-quan');
    expect(third.replaces).toBe(true);
    expect(value('loai/ke-hoach/nam/2026', 'co-quan', 'ban')).toMatchObject({
      count: matching({ issuer: 'ban' }),
      href: '/van-ban/co-quan/ban/',
    });
    expect(facet('loai/ke-hoach', 'phong-trao').replaces).toBe(true);
    expect(facet('loai/ke-hoach', 'nam').replaces).toBe(false);
    expect(facet('', 'nam').replaces).toBe(false);
    // A campaign's page: the kinds lead to their own pages.
    expect(value('phong-trao/thi-dua-yeu-nuoc', 'loai', 'ke-hoach').href).toBe('/van-ban/loai/ke-hoach/');
  });

  it('counts on every link what the linked page lists', () => {
    const totals = new Map(paths.map((p) => [`/van-ban/${p.params.path ? p.params.path + '/' : ''}`, p.props.total]));
    const wrong: string[] = [];
    for (const [path, page] of byPath) {
      for (const f of page.facets) {
        for (const v of f.values) {
          if (v.href && totals.get(v.href) !== v.count) wrong.push(`${path}: ${v.href} ${v.count}`);
          if (!v.href && !v.current && v.count !== 0) wrong.push(`${path}: ${f.key}=${v.value} unlinked`);
        }
      }
      for (const f of page.filters) if (!totals.has(f.removeHref)) wrong.push(`${path}: ${f.removeHref}`);
    }
    expect(wrong).toEqual([]);
  });

  it('gives each set of filters one address, or none past two or with a facet that does not combine', () => {
    const sel = (...kv: [string, string][]) => new Map(kv);
    expect(filterHref('/v/', sel(['co-quan', 'x'], ['loai', 'k']), combine)).toBe('/v/loai/k/co-quan/x/');
    expect(filterHref('/v/', sel(['nam', '2026']), combine)).toBe('/v/nam/2026/');
    expect(filterHref('/v/', sel(['phong-trao', 'p']), combine)).toBe('/v/phong-trao/p/');
    expect(filterHref('/v/', sel(['phong-trao', 'p'], ['loai', 'k']), combine)).toBeUndefined();
    expect(filterHref('/v/', sel(['loai', 'k'], ['nam', '1'], ['co-quan', 'x']), combine)).toBeUndefined();
    expect(filterHref('/v/', sel(), combine)).toBe('/v/');
  });
});
