/**
 * Each kind of editor mistake must stop a real `astro build` (Astro itself would only
 * log some of them and exit 0), with a message naming the file, the field, what was
 * expected and what was found.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, prepareSite, projectRoot, read, type BuiltSite } from '../helpers/build.ts';

const fixture = path.join(projectRoot, 'test/fixtures/site/content');
let content: string;
let site: BuiltSite;

const breakages: { file: string; text: string; expect: RegExp }[] = [
  {
    file: 'documents/tham-chieu-hong.md',
    text: '---\ntitle: Văn bản\nkind: cong-van\nissuedAt: 2026-03-01\nissuer: ubnd-tinh-khong-co\n---\nx\n',
    expect:
      /content\/documents\/tham-chieu-hong\.md:5: issuer: Không có cơ quan, đơn vị nào tên “ubnd-tinh-khong-co”.*cần: .*đang có: "ubnd-tinh-khong-co"/,
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
    expect:
      /content\/news\/sai-chuyen-muc\.md:5: category: Giá trị không nằm trong danh sách.*đang có: "tin-hoat-dong"/,
  },
  {
    file: 'documents/thieu-dinh-kem.md',
    text: '---\ntitle: Văn bản\nkind: cong-van\nissuedAt: 2026-03-01\nissuer: ubnd-tinh-mau\nattachments:\n  - file: ./khong-co.pdf\n    title: Toàn văn\n---\nx\n',
    expect: /content\/documents\/thieu-dinh-kem\.md:7: attachments\[0\]\.file: Không tìm thấy tệp đính kèm/,
  },
];

/**
 * Hostile content (ADR 0009): each must stop the build with the checker's message, before
 * Astro reads any entry, so nothing of it (nor the file outside content/ it points at)
 * can reach dist/. The unit suite test/unit/hostile-content.test.ts covers every case;
 * these are the ones that used to pass `check` or crash the build with a stack trace.
 */
const SECRET = 'BI-MAT-NGOAI-NOI-DUNG-7f3a';
const hostile: { file: string; text: string; expect: RegExp }[] = [
  {
    file: 'documents/dinh-kem-ngoai.md',
    text: '---\ntitle: Văn bản\nkind: cong-van\nissuedAt: 2026-03-01\nissuer: ubnd-tinh-mau\nattachments:\n  - file: ../../bi-mat.pdf\n    title: Toàn văn\n---\nx\n',
    expect:
      /content\/documents\/dinh-kem-ngoai\.md:7: attachments\[0\]\.file: Tệp đính kèm phải nằm trong thư mục content\//,
  },
  {
    file: 'exemplars/anh-svg.md',
    text: '---\nname: Tổ C\nkind: tap-the\nsummary: Việc tốt.\nlocality:\n  province: Tỉnh Mẫu\nphoto: ./so-do.svg\nphotoAlt: Sơ đồ\npublishedAt: 2026-01-01\n---\nx\n',
    expect: /content\/exemplars\/anh-svg\.md:7: photo: Không dùng ảnh SVG/,
  },
  {
    file: 'exemplars/anh-hong.md',
    text: '---\nname: Tổ D\nkind: tap-the\nsummary: Việc tốt.\nlocality:\n  province: Tỉnh Mẫu\nphoto: ./hong.jpg\nphotoAlt: Ảnh\npublishedAt: 2026-01-01\n---\nx\n',
    expect: /content\/exemplars\/anh-hong\.md:7: photo: Không đọc được tệp ảnh/,
  },
  {
    file: 'news/mdx-doc-tep.mdx',
    text: "---\ntitle: Tin\nsummary: Tóm tắt.\npublishedAt: 2026-01-01\ncategory: hoat-dong\n---\nimport fs from 'node:fs'\n\n{fs.readFileSync('../bi-mat.pdf', 'utf8')}\n",
    expect: /content\/news\/mdx-doc-tep\.mdx:7: \(nội dung\): MDX chỉ được nhập \(import\)/,
  },
  {
    file: 'news/mdx-sai-cu-phap.mdx',
    text: '---\ntitle: Tin\nsummary: Tóm tắt.\npublishedAt: 2026-01-01\ncategory: hoat-dong\n---\nĐoạn <b>chưa đóng.\n',
    expect: /content\/news\/mdx-sai-cu-phap\.mdx:7: \(nội dung\): Nội dung MDX viết sai cú pháp/,
  },
  {
    file: 'news/chuyen-huong.md',
    text: '---\ntitle: Tin\nsummary: Tóm tắt.\npublishedAt: 2026-01-01\ncategory: hoat-dong\n---\n<meta http-equiv="refresh" content="0;url=https://example.com/">\n',
    expect: /content\/news\/chuyen-huong\.md:7: \(nội dung\): Nội dung không được chứa thẻ <meta>/,
  },
  {
    file: 'documents/bom-bi-danh.md',
    text: '---\ntitle: Văn bản\nkind: cong-van\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nissuedAt: *c\nissuer: ubnd-tinh-mau\n---\nx\n',
    expect: /content\/documents\/bom-bi-danh\.md:2: Phần thông tin dùng bí danh YAML/,
  },
  {
    file: 'documents/TEN-HOA.MD',
    text: '---\ntitle: Văn bản\n---\nx\n',
    expect: /content\/documents\/TEN-HOA\.MD:1: Đuôi tệp phải viết thường/,
  },
];
const linked = { expect: /content\/documents\/ban-sao\.md:1: Không dùng liên kết tượng trưng \(symlink\)/ };

beforeAll(() => {
  content = mkdtempSync(path.join(tmpdir(), 'thidua-broken-'));
  cpSync(fixture, content, { recursive: true });
  for (const b of [...breakages, ...hostile]) writeFileSync(path.join(content, b.file), b.text);
  writeFileSync(
    path.join(content, 'exemplars/so-do.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  );
  writeFileSync(
    path.join(content, 'exemplars/hong.jpg'),
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0]),
  );
  const root = prepareSite('broken-site', content);
  writeFileSync(path.join(root, 'bi-mat.pdf'), `%PDF-1.4 ${SECRET}`);
  symlinkSync(path.join(root, 'content/documents/ke-hoach-mau.md'), path.join(root, 'content/documents/ban-sao.md'));
  site = buildSite(root);
});
afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('a build over broken content', () => {
  it('fails', () => {
    expect(site.status).not.toBe(0);
    expect(site.output).toMatch(/Nội dung có \d+ lỗi/);
  });
  it.each([...breakages, ...hostile, linked])('names the file, line and field: $expect', (b) => {
    expect(site.output).toMatch(b.expect);
  });
  it("stops on the checker's messages, not a stack trace from Astro or a library", () => {
    expect(site.output).not.toMatch(/^\s+at .+\(.*node_modules/m);
    expect(site.output).not.toMatch(/RangeError|TypeError|ImageNotFound/);
  });
  it('leaves nothing of the hostile content, or the file outside content/, in dist/', () => {
    const dist = path.join(site.root, 'dist');
    const text = existsSync(dist)
      ? listFiles(dist)
          .map((f) => read(path.join(dist, f)))
          .join('\n')
      : '';
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('http-equiv="refresh"');
  });
});
