/**
 * A document page's data without a build: entries parsed through the real schemas,
 * assembled as the site module does, handed to the view-model the page renders.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../../src/data/content.ts';
import { documentView } from '../../src/data/document-page.ts';
import { entry } from '../helpers/entries.ts';
import { siteOf } from '../helpers/site.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'thidua-view-'));
  mkdirSync(path.join(root, 'content/documents'), { recursive: true });
  writeFileSync(path.join(root, 'content/documents/quyet-dinh-05.pdf'), Buffer.alloc(2048));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ubnd = entry('organizations', 'ubnd-tinh', { name: 'Ủy ban nhân dân tỉnh Mẫu', kind: 'ubnd' });
const soNoiVu = entry('organizations', 'so-noi-vu', { name: 'Sở Nội vụ tỉnh Mẫu', kind: 'so-nganh' });
const basis = entry('documents', 'ke-hoach-01', {
  title: 'Kế hoạch thi đua năm 2026',
  kind: 'ke-hoach',
  issuedAt: '2026-01-10',
  issuer: 'ubnd-tinh',
});
const person = entry('exemplars', 'nguyen-thi-mai', {
  name: 'Nguyễn Thị Mai',
  kind: 'ca-nhan',
  consent: true,
  summary: 'Giáo viên dạy giỏi.',
  locality: { province: 'Mẫu' },
  publishedAt: '2026-02-01',
});
const decision = entry('documents', 'quyet-dinh-05', {
  title: 'Quyết định khen thưởng',
  kind: 'quyet-dinh',
  number: '05/QĐ-UBND',
  issuedAt: '2026-03-01',
  issuer: 'ubnd-tinh',
  basis: [
    { text: 'Căn cứ Kế hoạch số 01/KH-UBND', document: 'ke-hoach-01' },
    { text: 'Căn cứ Luật Thi đua, khen thưởng' },
    { text: 'Căn cứ văn bản chưa đăng', document: 'ban-nhap' },
  ],
  deadlines: [
    { date: '2026-03', task: 'Báo cáo tháng 3', assignee: 'so-noi-vu' },
    { date: '2026-12-31', task: 'Tổng kết năm', assignee: 'khong-co' },
  ],
  awardees: [
    { name: 'Nguyễn Thị Mai', kind: 'ca-nhan', award: 'Bằng khen', exemplar: 'nguyen-thi-mai' },
    { name: 'Trường Tiểu học A', kind: 'tap-the', unit: 'xã Mẫu', award: 'Bằng khen' },
  ],
  consultation: {
    until: '2026-04-10',
    contact: 'Sở Nội vụ',
    proposed: [{ name: 'Ông B', kind: 'ca-nhan', award: 'Huân chương Lao động hạng Ba' }],
  },
  attachments: [{ file: './quyet-dinh-05.pdf', title: 'Bản ký số' }],
}) as Doc;
const s = siteOf([ubnd, soNoiVu, basis, person, decision] as never[]);

describe('documentView', () => {
  it('links bases that are published in the library, and only those', () => {
    const v = documentView(decision, s, { root, today: '2026-04-01' });
    expect(v.bases).toEqual([
      { text: 'Căn cứ Kế hoạch số 01/KH-UBND', href: '/van-ban/ke-hoach-01/' },
      { text: 'Căn cứ Luật Thi đua, khen thưởng', href: undefined },
      { text: 'Căn cứ văn bản chưa đăng', href: undefined },
    ]);
  });

  it("judges deadlines against the build date, a month-only one running to the month's end", () => {
    const inMarch = documentView(decision, s, { root, today: '2026-03-31' }).deadlines;
    expect(inMarch.map((d) => d.past)).toEqual([false, false]);
    const inApril = documentView(decision, s, { root, today: '2026-04-01' }).deadlines;
    expect(inApril.map((d) => d.past)).toEqual([true, false]);
    expect(inApril[0]!.assignee).toEqual({ href: '/co-quan/so-noi-vu/', name: 'Sở Nội vụ tỉnh Mẫu' });
    expect(inApril[1]!.assignee).toBeUndefined();
  });

  it('keeps a consultation open through its last day', () => {
    expect(documentView(decision, s, { root, today: '2026-04-10' }).consultation?.open).toBe(true);
    expect(documentView(decision, s, { root, today: '2026-04-11' }).consultation?.open).toBe(false);
  });

  it("links awardees to their published profiles, reads attachments' type and size, and offers the calendar", () => {
    const v = documentView(decision, s, { root, today: '2026-04-01' });
    expect(v.awardees.map((a) => a.href)).toEqual(['/guong-dien-hinh/nguyen-thi-mai/', undefined]);
    expect(v.attachments).toEqual([
      {
        title: 'Bản ký số',
        href: '/van-ban/quyet-dinh-05/quyet-dinh-05.pdf',
        fileName: 'quyet-dinh-05.pdf',
        type: 'PDF',
        bytes: 2048,
      },
    ]);
    expect(v.calendar).toBe('/van-ban/quyet-dinh-05/lich.ics');
    expect(documentView(basis as Doc, s, { root, today: '2026-04-01' }).calendar).toBeUndefined();
  });
});
