/**
 * The honor roll and the open consultations as view-models, from entries parsed through
 * the real schemas, without a build: what test/build/publishing.test.ts checks on the
 * built pages of whatever content there is, here on entries written for each case.
 */
import { describe, expect, it } from 'vitest';
import { openConsultations, siteHonors } from '../../src/data/honors.ts';
import { honorsByYear } from '../../src/lib/honors.ts';
import { entry } from '../helpers/entries.ts';
import { siteOf } from '../helpers/site.ts';

const org = entry('organizations', 'ubnd-tinh-mau', { name: 'Ủy ban nhân dân tỉnh Mẫu', kind: 'ubnd' });
const decision = (id: string, issuedAt: string, awardees: object[], consultation?: string) =>
  entry('documents', id, {
    title: `Quyết định ${id}`,
    kind: consultation ? 'thong-bao' : 'quyet-dinh',
    issuedAt,
    issuer: 'ubnd-tinh-mau',
    awardees,
    ...(consultation
      ? {
          consultation: {
            until: consultation,
            contact: 'Sở Nội vụ tỉnh Mẫu',
            proposed: [{ name: 'Hợp tác xã Mẫu', kind: 'tap-the', award: 'Bằng khen của Thủ tướng Chính phủ' }],
          },
        }
      : {}),
  });
const exemplar = (id: string, name: string, awards: object[]) =>
  entry('exemplars', id, {
    name,
    kind: 'ca-nhan',
    summary: 'Việc tốt.',
    locality: { province: 'Tỉnh Mẫu', commune: 'xã Đắk Sơn' },
    awards,
    consent: true,
    publishedAt: '2026-01-01',
  });

const s = siteOf([
  org,
  decision('qd-2025', '2025-12-20', [
    { name: 'Hồ Thị Mai', kind: 'ca-nhan', award: 'Bằng khen của Chủ tịch UBND tỉnh', exemplar: 'ho-thi-mai' },
    { name: 'Trường Tiểu học Bình Minh', kind: 'tap-the', award: 'Cờ thi đua của UBND tỉnh' },
    { name: 'Trần Văn Bình', kind: 'ca-nhan', award: 'Giấy khen của Giám đốc Sở' },
  ]),
  decision('qd-2026', '2026-10', [
    { name: 'Trần Thị Tuyến', kind: 'ca-nhan', award: 'Giấy khen', exemplar: 'chua-dong-y' },
    { name: 'Lê Văn Hòa', kind: 'ca-nhan', award: 'Huân chương Lao động hạng Ba' },
  ]),
  exemplar('ho-thi-mai', 'Hồ Thị Mai', [
    { title: 'Bằng khen của Chủ tịch UBND tỉnh', year: 2025, decision: 'qd-2025' },
    { title: 'Chiến sĩ thi đua cơ sở', year: 2024 },
  ]),
  decision('lay-y-kien-mo', '2026-11-01', [], '2026-12-02'),
  decision('lay-y-kien-som', '2026-11-05', [], '2026-11-25'),
  decision('lay-y-kien-dong', '2026-06-10', [], '2026-06-30'),
] as never[]);

describe('siteHonors', () => {
  const honors = siteHonors(s);

  it('merges an exemplar award recorded in a decision into one honor linking both', () => {
    const mai = honors.filter((h) => h.name === 'Hồ Thị Mai');
    expect(mai.map((h) => [h.year, h.form, h.exemplar, h.decision?.id])).toEqual([
      [2025, 'bang-khen', 'ho-thi-mai', 'qd-2025'],
      [2024, 'chien-si-thi-dua', 'ho-thi-mai', undefined],
    ]);
  });

  it('links no profile that is not published', () => {
    expect(honors.find((h) => h.name === 'Trần Thị Tuyến')).toMatchObject({
      exemplar: undefined,
      decision: { id: 'qd-2026' },
    });
  });

  it('groups by year, newest first, and each year by form, highest first', () => {
    const years = honorsByYear(honors);
    expect(years.map((y) => y.year)).toEqual([2026, 2025, 2024]);
    const forms = (year: number) => [...new Set(honors.filter((h) => h.year === year).map((h) => h.form))];
    expect(forms(2026)).toEqual(['huan-chuong', 'giay-khen']);
    expect(forms(2025)).toEqual(['co-thi-dua', 'bang-khen', 'giay-khen']);
  });
});

describe('openConsultations', () => {
  it('shows the consultations open on the build date, the soonest to close first, through their last day', () => {
    expect(openConsultations(s, '2026-11-20').map((d) => d.id)).toEqual(['lay-y-kien-som', 'lay-y-kien-mo']);
    expect(openConsultations(s, '2026-11-25').map((d) => d.id)).toEqual(['lay-y-kien-som', 'lay-y-kien-mo']);
    expect(openConsultations(s, '2026-11-26').map((d) => d.id)).toEqual(['lay-y-kien-mo']);
    expect(openConsultations(s, '2026-12-03')).toEqual([]);
  });
});
