/** What the honor roll page shows, without a build: its counts, its years and forms, its consultations. */
import { describe, expect, it } from 'vitest';
import { honorRollView } from '../../src/data/honors.ts';
import { entry } from '../helpers/entries.ts';
import { siteOf } from '../helpers/site.ts';

const org = entry('organizations', 'ubnd-tinh', { name: 'Ủy ban nhân dân tỉnh Mẫu', kind: 'ubnd' });
const decision = (id: string, issuedAt: string, awardees: object[]) =>
  entry('documents', id, { title: `Quyết định ${id}`, kind: 'quyet-dinh', issuedAt, issuer: 'ubnd-tinh', awardees });
const consultation = (id: string, until: string) =>
  entry('documents', id, {
    title: `Thông báo ${id}`,
    kind: 'thong-bao',
    issuedAt: '2026-11-01',
    issuer: 'ubnd-tinh',
    consultation: {
      until,
      contact: 'Sở Nội vụ',
      proposed: [{ name: 'Hợp tác xã Mẫu', kind: 'tap-the', award: 'Huân chương Lao động hạng Ba' }],
    },
  });
const person = entry('exemplars', 'ho-thi-mai', {
  name: 'Hồ Thị Mai',
  kind: 'ca-nhan',
  consent: true,
  summary: 'Việc tốt.',
  locality: { province: 'Mẫu' },
  publishedAt: '2026-01-01',
  awards: [
    { title: 'Bằng khen của Chủ tịch UBND tỉnh', year: 2025, decision: 'qd-2025' },
    { title: 'Chiến sĩ thi đua cơ sở', year: 2023 },
  ],
});

const s = siteOf([
  org,
  person,
  decision('qd-2025', '2025-12-20', [
    { name: 'Hồ Thị Mai', kind: 'ca-nhan', award: 'Bằng khen của Chủ tịch UBND tỉnh', exemplar: 'ho-thi-mai' },
    { name: 'Trường Tiểu học A', kind: 'tap-the', award: 'Bằng khen của Chủ tịch UBND tỉnh' },
    { name: 'Trường Tiểu học B', kind: 'tap-the', award: 'Cờ thi đua của UBND tỉnh' },
  ]),
  decision('qd-2026', '2026-10-01', [{ name: 'Lê Văn Hòa', kind: 'ca-nhan', award: 'Giấy khen của Giám đốc Sở' }]),
  consultation('lay-y-kien-muon', '2026-12-05'),
  consultation('lay-y-kien-som', '2026-11-25'),
  consultation('lay-y-kien-het', '2026-11-19'),
] as never[]);

describe('honorRollView', () => {
  const v = honorRollView(s, '2026-11-20');

  it('counts every honor once, an award both in a profile and in its decision included', () => {
    expect(v.total).toBe(5);
    expect(v.totals).toEqual([
      { id: 'co-thi-dua', label: 'Cờ thi đua', count: 1 },
      { id: 'chien-si-thi-dua', label: 'Chiến sĩ thi đua', count: 1 },
      { id: 'bang-khen', label: 'Bằng khen', count: 2 },
      { id: 'giay-khen', label: 'Giấy khen', count: 1 },
    ]);
  });

  it('lists the years newest first, each with its count and its forms highest first', () => {
    expect(v.years.map((y) => [y.year, y.count, y.forms.map((f) => [f.id, f.honors.length])])).toEqual([
      [2026, 1, [['giay-khen', 1]]],
      [
        2025,
        3,
        [
          ['co-thi-dua', 1],
          ['bang-khen', 2],
        ],
      ],
      [2023, 1, [['chien-si-thi-dua', 1]]],
    ]);
  });

  it('announces the consultations open on the build date, the soonest to close first', () => {
    expect(v.consultations.map((d) => d.id)).toEqual(['lay-y-kien-som', 'lay-y-kien-muon']);
    expect(honorRollView(s, '2026-11-26').consultations.map((d) => d.id)).toEqual(['lay-y-kien-muon']);
  });
});
