/** The campaigns listing's groups without a build. */
import { describe, expect, it } from 'vitest';
import { campaignListingView } from '../../src/data/campaign-listing.ts';
import { entry } from '../helpers/entries.ts';
import { siteOf } from '../helpers/site.ts';

const org = entry('organizations', 'ubnd-tinh', { name: 'Ủy ban nhân dân tỉnh Mẫu', kind: 'ubnd' });
const campaign = (id: string, start: string, end?: string) =>
  entry('campaigns', id, {
    title: id,
    kind: 'thuong-xuyen',
    launchedBy: 'ubnd-tinh',
    launchedAt: start,
    period: { start, ...(end ? { end } : {}) },
  });

// In the site's order: latest start first.
const s = siteOf([
  org,
  campaign('sap-toi', '2027-01-01'),
  campaign('dang-chay-moi', '2026-03-01', '2026'),
  campaign('da-xong', '2025-01-01', '2025-12-31'),
  campaign('dang-chay-cu', '2024-01-01'),
  campaign('xong-som', '2023-01-01', '2023-06'),
] as never[]);

describe('campaignListingView', () => {
  it('groups campaigns by their state on the build date: under way, to come, summed up', () => {
    const v = campaignListingView(s, '2026-11-20');
    expect(v.groups.map((g) => [g.status, g.label, g.campaigns.map((c) => c.id)])).toEqual([
      ['dang-trien-khai', 'Đang triển khai', ['dang-chay-moi', 'dang-chay-cu']],
      ['sap-trien-khai', 'Sắp triển khai', ['sap-toi']],
      ['da-tong-ket', 'Đã tổng kết', ['da-xong', 'xong-som']],
    ]);
    expect(v.empty).toBe(false);
  });

  it('leaves out a state without campaigns, and moves a campaign on as the date passes', () => {
    const v = campaignListingView(s, '2027-02-01');
    expect(v.groups.map((g) => g.status)).toEqual(['dang-trien-khai', 'da-tong-ket']);
    expect(v.groups[0]!.campaigns.map((c) => c.id)).toEqual(['sap-toi', 'dang-chay-cu']);
  });

  it('says when no campaign is published', () => {
    expect(campaignListingView(siteOf([org] as never[]), '2026-11-20')).toEqual({ groups: [], empty: true });
  });
});
