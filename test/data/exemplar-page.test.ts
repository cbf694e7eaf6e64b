/** An exemplar's profile data without a build. */
import { describe, expect, it } from 'vitest';
import type { Exemplar } from '../../src/data/content.ts';
import { exemplarView } from '../../src/data/exemplar-page.ts';
import { entry } from '../helpers/entries.ts';
import { siteOf } from '../helpers/site.ts';

const org = entry('organizations', 'ubnd-tinh', { name: 'Ủy ban nhân dân tỉnh Mẫu', kind: 'ubnd' });
const decision = entry('documents', 'quyet-dinh-12', {
  title: 'Quyết định khen thưởng',
  kind: 'quyet-dinh',
  number: '12/QĐ-UBND',
  issuedAt: '2025-03-01',
  issuer: 'ubnd-tinh',
});
const unnumbered = entry('documents', 'quyet-dinh-khong-so', {
  title: 'Quyết định tặng Bằng khen',
  kind: 'quyet-dinh',
  issuedAt: '2024-03-01',
  issuer: 'ubnd-tinh',
});
const person = entry('exemplars', 'to-tu-quan', {
  name: 'Tổ tự quản Mẫu',
  kind: 'tap-the',
  summary: 'Việc tốt.',
  locality: { province: 'Mẫu', commune: 'Xã Bình Minh' },
  publishedAt: '2026-01-01',
  awards: [
    { title: 'Giấy khen', year: 2023 },
    { title: 'Bằng khen', year: 2025, decision: 'quyet-dinh-12' },
    { title: 'Bằng khen', year: 2024, decision: 'quyet-dinh-khong-so' },
    { title: 'Cờ thi đua', year: 2022, decision: 'chua-dang' },
  ],
}) as Exemplar;
const s = siteOf([org, decision, unnumbered, person] as never[]);

describe('exemplarView', () => {
  const v = exemplarView(person, s);
  it('lists places from the commune up, each a filter of the listing', () => {
    expect(v.places).toEqual([
      { href: '/guong-dien-hinh/dia-phuong/xa-binh-minh/', name: 'Xã Bình Minh' },
      { href: '/guong-dien-hinh/dia-phuong/mau/', name: 'Mẫu' },
    ]);
  });
  it('lists awards newest first, linked to the decision when it is published', () => {
    expect(v.awards.map((a) => [a.year, a.decision?.name])).toEqual([
      [2025, 'Quyết định số 12/QĐ-UBND'],
      [2024, 'Quyết định tặng Bằng khen'],
      [2023, undefined],
      [2022, undefined],
    ]);
    expect(v.awards[0]!.decision?.href).toBe('/van-ban/quyet-dinh-12/');
  });
});
