/** A campaign's page data without a build. */
import { describe, expect, it } from 'vitest';
import { campaignShown } from '../../src/data/facets.ts';
import type { Campaign } from '../../src/data/content.ts';
import { campaignView } from '../../src/data/campaign-page.ts';
import { entry } from '../helpers/entries.ts';
import { siteOf } from '../helpers/site.ts';

const org = entry('organizations', 'ubnd-tinh', { name: 'Ủy ban nhân dân tỉnh Mẫu', kind: 'ubnd' });
const campaign = entry('campaigns', 'thi-dua-2026', {
  title: 'Thi đua năm 2026',
  kind: 'thuong-xuyen',
  launchedBy: 'ubnd-tinh',
  launchedAt: '2026-01-05',
  period: { start: '2026-01-01', end: '2026-12-31' },
}) as Campaign;
const docs = Array.from({ length: 12 }, (_, i) =>
  entry('documents', `van-ban-${i + 1}`, {
    title: `Văn bản ${i + 1}`,
    kind: 'cong-van',
    issuedAt: '2026-02-01',
    issuer: 'ubnd-tinh',
    campaigns: ['thi-dua-2026'],
  }),
);
const s = siteOf([org, campaign, ...docs] as never[]);

describe('campaignView', () => {
  const v = campaignView(campaign, s, '2026-06-01');
  it('says who launched it and its state on the build date', () => {
    expect(v.launcher).toEqual({ href: '/co-quan/ubnd-tinh/', name: 'Ủy ban nhân dân tỉnh Mẫu' });
    expect(v.status).toBe('dang-trien-khai');
    expect(campaignView(campaign, s, '2027-01-01').status).toBe('da-tong-ket');
  });
  it('shows the first documents with their issuers, and links the full list when some are left out', () => {
    expect(v.documents.total).toBe(12);
    expect(v.documents.items).toHaveLength(campaignShown.documents);
    expect(v.documents.items[0]!.issuer?.id).toBe('ubnd-tinh');
    expect(v.documents.all).toBe('/van-ban/phong-trao/thi-dua-2026/');
    expect(v.news).toEqual({ items: [], total: 0, all: undefined });
  });
});
