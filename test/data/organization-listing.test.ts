/** The organizations listing's groups and counts without a build. */
import { describe, expect, it } from 'vitest';
import { organizationListingView } from '../../src/data/organization-listing.ts';
import { entry } from '../helpers/entries.ts';
import { siteOf } from '../helpers/site.ts';

const org = (id: string, name: string, kind: string) => entry('organizations', id, { name, kind });
const doc = (id: string, issuer: string) =>
  entry('documents', id, { title: id, kind: 'cong-van', issuedAt: '2026-01-10', issuer });

// In the site's order: by name.
const s = siteOf([
  org('hoi-dong-tdkt', 'Hội đồng Thi đua - Khen thưởng tỉnh Mẫu', 'hoi-dong'),
  org('so-giao-duc', 'Sở Giáo dục và Đào tạo', 'so-nganh'),
  org('so-noi-vu', 'Sở Nội vụ', 'so-nganh'),
  org('ubnd-tinh', 'Ủy ban nhân dân tỉnh Mẫu', 'ubnd'),
  doc('cv-1', 'ubnd-tinh'),
  doc('cv-2', 'so-noi-vu'),
  doc('cv-3', 'ubnd-tinh'),
  doc('cv-4', 'ubnd-tinh'),
] as never[]);

describe('organizationListingView', () => {
  const groups = organizationListingView(s);

  it('groups organizations by kind in the order of the vocabulary, leaving out kinds without any', () => {
    expect(groups.map((g) => [g.kind, g.label])).toEqual([
      ['ubnd', 'Ủy ban nhân dân'],
      ['so-nganh', 'Sở, ban, ngành'],
      ['hoi-dong', 'Hội đồng'],
    ]);
    expect(groups[1]!.organizations.map((o) => o.name)).toEqual(['Sở Giáo dục và Đào tạo', 'Sở Nội vụ']);
  });

  it('links each organization and counts the documents it issued', () => {
    expect(groups.flatMap((g) => g.organizations)).toEqual([
      { href: '/co-quan/ubnd-tinh/', name: 'Ủy ban nhân dân tỉnh Mẫu', issued: 3 },
      { href: '/co-quan/so-giao-duc/', name: 'Sở Giáo dục và Đào tạo', issued: 0 },
      { href: '/co-quan/so-noi-vu/', name: 'Sở Nội vụ', issued: 1 },
      { href: '/co-quan/hoi-dong-tdkt/', name: 'Hội đồng Thi đua - Khen thưởng tỉnh Mẫu', issued: 0 },
    ]);
  });
});
