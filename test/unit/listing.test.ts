import { describe, expect, it } from 'vitest';
import { listingPaths, type Facet, type ListingPage } from '../../src/lib/listing.ts';

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
    expect(byPath.get('nam/2025')!.filter).toEqual({ key: 'nam', label: 'Năm', value: '2025', valueLabel: '2025' });
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
