/**
 * Each kind of editor mistake must stop a real `astro build` (Astro itself would only
 * log some of them and exit 0), with a message naming the file, the field, what was
 * expected and what was found.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, prepareSite, projectRoot, type BuiltSite } from '../helpers/build.ts';

const fixture = path.join(projectRoot, 'test/fixtures/site/content');
let content: string;
let site: BuiltSite;

const breakages: { file: string; text: string; expect: RegExp }[] = [
  {
    file: 'documents/tham-chieu-hong.md',
    text: '---\ntitle: Văn bản\nkind: cong-van\nissuedAt: 2026-03-01\nissuer: ubnd-tinh-khong-co\n---\nx\n',
    expect: /content\/documents\/tham-chieu-hong\.md:5: issuer: Không có cơ quan, đơn vị nào tên “ubnd-tinh-khong-co”.*cần: .*đang có: "ubnd-tinh-khong-co"/,
  },
  {
    file: 'documents/trung-so.md',
    text: '---\ntitle: Văn bản trùng số\nkind: ke-hoach\nnumber: 01/KH-UBND\nissuedAt: 2026-03-01\nissuer: ubnd-tinh-mau\n---\nx\n',
    expect: /content\/documents\/trung-so\.md:4: number: Số, ký hiệu “01\/KH-UBND” của ubnd-tinh-mau đã dùng/,
  },
  {
    file: 'exemplars/thieu-anh.md',
    text: '---\nname: Tổ A\nkind: tap-the\nsummary: Việc tốt.\nlocality:\n  province: Tỉnh Mẫu\nphoto: ./khong-co.jpg\nphotoAlt: Ảnh\npublishedAt: 2026-01-01\n---\nx\n',
    expect: /content\/exemplars\/thieu-anh\.md:7: photo: Không tìm thấy tệp ảnh/,
  },
  {
    file: 'exemplars/anh-khong-alt.md',
    text: '---\nname: Tổ B\nkind: tap-the\nsummary: Việc tốt.\nlocality:\n  province: Tỉnh Mẫu\nphoto: ../exemplars/nguyen-van-dong-y.jpg\npublishedAt: 2026-01-01\n---\nx\n',
    expect: /content\/exemplars\/anh-khong-alt\.md:1: photoAlt: Ảnh \(photo\) cần có mô tả/,
  },
  {
    file: 'news/sai-chuyen-muc.md',
    text: '---\ntitle: Tin\nsummary: Tóm tắt.\npublishedAt: 2026-01-01\ncategory: tin-hoat-dong\n---\nx\n',
    expect: /content\/news\/sai-chuyen-muc\.md:5: category: Giá trị không nằm trong danh sách.*đang có: "tin-hoat-dong"/,
  },
  {
    file: 'documents/thieu-dinh-kem.md',
    text: '---\ntitle: Văn bản\nkind: cong-van\nissuedAt: 2026-03-01\nissuer: ubnd-tinh-mau\nattachments:\n  - file: ./khong-co.pdf\n    title: Toàn văn\n---\nx\n',
    expect: /content\/documents\/thieu-dinh-kem\.md:7: attachments\[0\]\.file: Không tìm thấy tệp đính kèm/,
  },
];

beforeAll(() => {
  content = mkdtempSync(path.join(tmpdir(), 'thidua-broken-'));
  cpSync(fixture, content, { recursive: true });
  for (const b of breakages) writeFileSync(path.join(content, b.file), b.text);
  site = buildSite(prepareSite('broken-site', content));
});
afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('a build over broken content', () => {
  it('fails', () => {
    expect(site.status).not.toBe(0);
    expect(site.output).toMatch(/Nội dung có \d+ lỗi/);
  });
  it.each(breakages)('names the file, line and field of $file', (b) => {
    expect(site.output).toMatch(b.expect);
  });
});
