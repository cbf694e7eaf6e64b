/** An organization's page data without a build (entries parsed through the real schemas). */
import { describe, expect, it } from 'vitest';
import type { Org } from '../../src/data/content.ts';
import { organizationView } from '../../src/data/organization-page.ts';
import { entry } from '../helpers/entries.ts';
import { siteOf } from '../helpers/site.ts';
import { issuerCodeOfNumber } from '../../src/vocabulary/document-number.ts';

const ubnd = entry('organizations', 'ubnd-tinh', { name: 'Ủy ban nhân dân tỉnh Mẫu', kind: 'ubnd' });
const soNoiVu = entry('organizations', 'so-noi-vu', {
  name: 'Sở Nội vụ tỉnh Mẫu',
  kind: 'so-nganh',
  parent: 'ubnd-tinh',
  website: 'https://snv.mau.gov.vn/',
}) as Org;
const plan = entry('documents', 'ke-hoach-01', {
  title: 'Kế hoạch thi đua năm 2026',
  kind: 'ke-hoach',
  issuedAt: '2026-01-10',
  issuer: 'ubnd-tinh',
  deadlines: [
    { date: '2026-02', task: 'Đăng ký thi đua', assignee: 'so-noi-vu' },
    { date: '2026-06-30', task: 'Sơ kết 6 tháng', assignee: 'so-noi-vu' },
    { date: '2026-01-20', task: 'Phổ biến kế hoạch', assignee: 'so-noi-vu' },
    { date: '2026-12-15', task: 'Tổng kết năm', assignee: 'so-noi-vu' },
    { date: '2026-03-01', task: 'Việc của đơn vị khác', assignee: 'ubnd-tinh' },
  ],
});
const s = siteOf([ubnd, soNoiVu, plan] as never[]);

describe('organizationView', () => {
  it('lists upcoming deadlines soonest first, then past ones latest first, each marked', () => {
    const v = organizationView(soNoiVu, s, '2026-03-01');
    expect(v.deadlines.map((d) => [d.date, d.past])).toEqual([
      ['2026-06-30', false],
      ['2026-12-15', false],
      ['2026-02', true],
      ['2026-01-20', true],
    ]);
    expect(v.deadlines.every((d) => d.doc.id === 'ke-hoach-01')).toBe(true);
  });

  it('a month-only deadline is not past until the month is over', () => {
    expect(organizationView(soNoiVu, s, '2026-02-28').deadlines.find((d) => d.date === '2026-02')?.past).toBe(false);
  });

  it('links the parent and the children, and gives the website as a link', () => {
    const v = organizationView(soNoiVu, s, '2026-03-01');
    expect(v.parent).toEqual({ href: '/co-quan/ubnd-tinh/', name: 'Ủy ban nhân dân tỉnh Mẫu' });
    expect(v.website).toBe('https://snv.mau.gov.vn/');
    const parent = organizationView(ubnd as Org, s, '2026-03-01');
    expect(parent.children).toEqual([{ href: '/co-quan/so-noi-vu/', name: 'Sở Nội vụ tỉnh Mẫu' }]);
    expect(parent.issued.map((d) => d.id)).toEqual(['ke-hoach-01']);
    expect(parent.deadlines.map((d) => d.task)).toEqual(['Việc của đơn vị khác']);
  });

  it('reads the code its documents carry for it from their numbers, most used first', () => {
    const doc = (id: string, number: string | undefined) =>
      entry('documents', id, {
        title: `Văn bản ${id}`,
        kind: 'cong-van',
        issuedAt: '2026-01-10',
        issuer: 'so-noi-vu',
        ...(number ? { number } : {}),
      });
    const site = siteOf([
      ubnd,
      soNoiVu,
      doc('a', '1015/BC-SNV'),
      doc('b', '85/SNV-TĐKT'),
      doc('c', '12/HD-SNV'),
      doc('d', '7/KH-NV'),
      doc('e', undefined),
    ] as never[]);
    expect(organizationView(soNoiVu, site, '2026-03-01').codes).toEqual(['SNV', 'NV']);
    expect(organizationView(ubnd as Org, site, '2026-03-01').codes).toEqual([]);
  });
});

describe('issuerCodeOfNumber', () => {
  it.each([
    ['1015/BC-SNV', 'SNV'],
    ['85/SNV-TĐKT', 'SNV'],
    ['4210/UBND-NV', 'UBND'],
    ['01/2026/QĐ-UBND', 'UBND'],
    ['15-KH/TĐTN-PT', 'TĐTN'],
    ['18/TB-HĐTĐKT', 'HĐTĐKT'],
    ['21', undefined],
  ])('%s → %s', (number, code) => {
    expect(issuerCodeOfNumber(number)).toBe(code);
  });
});
