/** The home page's selection rules, without a build. */
import { describe, expect, it } from 'vitest';
import { homeView } from '../../src/data/home-page.ts';
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
const exemplar = (id: string, photo?: string) =>
  entry('exemplars', id, {
    name: id,
    kind: 'tap-the',
    summary: 'Việc tốt.',
    locality: { province: 'Mẫu' },
    publishedAt: '2026-01-01',
    ...(photo ? { photo, photoAlt: 'Ảnh' } : {}),
  });
const doc = (id: string, issuedAt: string, publishedAt?: string, consultation?: string) =>
  entry('documents', id, {
    title: id,
    kind: 'thong-bao',
    issuedAt,
    issuer: 'ubnd-tinh',
    ...(publishedAt ? { publishedAt } : {}),
    ...(consultation
      ? {
          consultation: {
            until: consultation,
            contact: 'Sở Nội vụ',
            proposed: [{ name: 'A', kind: 'ca-nhan', award: 'Bằng khen' }],
          },
        }
      : {}),
  });

const s = siteOf([
  org,
  campaign('dang-chay', '2026-01-01', '2026-12-31'),
  campaign('da-xong', '2025-01-01', '2025-12-31'),
  campaign('sap-toi', '2027-01-01'),
  exemplar('khong-anh-1'),
  exemplar('co-anh', './a.jpg'),
  exemplar('khong-anh-2'),
  doc('cu-dang-muon', '2025-06-01', '2026-05-01'),
  doc('moi', '2026-04-01'),
  doc('lay-y-kien', '2026-03-01', undefined, '2026-05-10'),
  doc('het-han', '2026-02-01', undefined, '2026-03-01'),
] as never[]);

describe('homeView', () => {
  const v = homeView(s, '2026-05-02');
  it('features only the campaigns under way on the build date', () => {
    expect(v.campaigns.map((c) => c.id)).toEqual(['dang-chay']);
  });
  it('puts profiles with a photo first', () => {
    expect(v.exemplars.map((e) => e.id)).toEqual(['co-anh', 'khong-anh-1', 'khong-anh-2']);
  });
  it('orders documents by the date they were posted, not issued', () => {
    expect(v.documents.map((d) => d.id)).toEqual(['cu-dang-muon', 'moi', 'lay-y-kien', 'het-han']);
  });
  it('shows the consultations still open', () => {
    expect(v.consultations.map((d) => d.id)).toEqual(['lay-y-kien']);
    expect(homeView(s, '2026-05-11').consultations).toEqual([]);
  });
});
