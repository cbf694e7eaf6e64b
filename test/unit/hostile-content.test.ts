/**
 * Content is input: a standing suite of hostile and careless content, each case as a
 * clerk's browser or a copied web page could produce it. Every case is checked in one
 * run of the checker (as `npm run check` and the build run it), and each must be
 * reported with its file, line and field in Vietnamese. Nothing here needs a build:
 * test/build/broken-content.test.ts proves the build stops on the same messages, and
 * test/build/fixture-site.test.ts scans a real dist/ for what must never reach it.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, runCheck, type CheckResult } from '../../src/lib/check/index.ts';

let root: string;
let result: CheckResult;
let lines: string[];

const org = 'name: Ủy ban nhân dân tỉnh\nkind: ubnd\n';
const doc = (slug: string, extra = '', body = 'Nội dung.\n') =>
  `---\ntitle: Văn bản ${slug}\nkind: cong-van\nnumber: ${slug}/UBND\nissuedAt: 2026-03-01\nissuer: ubnd-tinh\n${extra}---\n${body}`;
const news = (extra = '', body = 'Nội dung.\n') =>
  `---\ntitle: Tin\nsummary: Tóm tắt.\npublishedAt: 2026-01-01\ncategory: hoat-dong\n${extra}---\n${body}`;
const exemplar = (extra: string) =>
  `---\nname: Tổ tự quản\nkind: tap-the\nsummary: Việc tốt.\nlocality:\n  province: Lâm Đồng\npublishedAt: 2026-01-01\n${extra}---\nx\n`;
const mdx = (body: string) => news('', body);

/** Files of the hostile site, relative to its `content/`; `null` marks files made below (links, images). */
const files: Record<string, string> = {
  'organizations/ubnd-tinh.yaml': org,
  'documents/hop-le.md': doc('01'),
  'documents/ban-nhap.md': doc('02', 'draft: true\n'),
  // The content boundary.
  'documents/dinh-kem-ngoai.md': doc('03', 'attachments:\n  - file: ../../../ngoai/bi-mat.pdf\n    title: Toàn văn\n'),
  'documents/dinh-kem-lien-ket.md': doc('04', 'attachments:\n  - file: ./lien-ket.pdf\n    title: Toàn văn\n'),
  'exemplars/anh-ngoai.md': exemplar('photo: ../../../ngoai/anh.jpg\nphotoAlt: Ảnh\n'),
  'exemplars/anh-svg.md': exemplar('photo: ./so-do.svg\nphotoAlt: Sơ đồ\n'),
  'exemplars/anh-hong.md': exemplar('photo: ./hong.jpg\nphotoAlt: Ảnh hỏng\n'),
  'exemplars/anh-gia.md': exemplar('photo: ./gia.png\nphotoAlt: Ảnh giả\n'),
  'news/anh-trong-bai-svg.md': news('', 'Xem sơ đồ.\n\n![Sơ đồ tổ chức](./so-do.svg)\n'),
  'news/anh-trong-bai-ngoai.md': news('', '![Ảnh](../../../ngoai/anh.jpg)\n'),
  'documents/TEN-HOA.MD': doc('05'),
  // Hostile markup in Markdown bodies.
  'news/chuyen-huong.md': news('', 'Đoạn một.\n\n<meta http-equiv="refresh" content="0;url=https://example.com/">\n'),
  'news/ma-script.md': news('', 'Đoạn một.\n\n<script>alert(1)</script>\n'),
  'news/thuoc-tinh-su-kien.md': news('', 'Đoạn một.\n\n<p onclick="alert(1)">Bấm</p>\n'),
  'news/khung-nhung.md': news('', 'Một.\n\nHai.\n\n<iframe src="https://example.com/"></iframe>\n'),
  'news/doi-tuong.md': news('', '<object data="x.swf"></object>\n\n<embed src="x.swf">\n'),
  'news/bieu-mau.md': news('', '<form action="https://example.com/"><input name="q"></form>\n'),
  'news/kieu-rieng.md': news('', '<style>body { display: none }</style>\n'),
  'news/the-base.md': news('', '<base href="https://example.com/">\n'),
  'news/lien-ket-js.md': news('', 'Bấm [vào đây](javascript:alert(1)).\n'),
  'news/lien-ket-js-tho.md': news('', 'Bấm <a href=" JaVaScRiPt:alert(1)">vào đây</a>.\n'),
  'news/anh-data.md': news('', '<img src="data:image/png;base64,AAAA" alt="x">\n'),
  'news/svg-nhung.md': news('', '<svg><circle r="1" onload="alert(1)"/></svg>\n'),
  // Links to held-back or missing entries, in every form.
  'news/lien-ket-tham-chieu.md': news('', 'Xem [văn bản][vb].\n\n[vb]: /van-ban/ban-nhap/\n'),
  'news/lien-ket-the-a.md': news('', 'Xem <a href="/van-ban/ban-nhap/">văn bản</a>.\n'),
  'news/lien-ket-khong-co.md': news('', 'Xem [văn bản](/van-ban/khong-co/#muc-1).\n'),
  // A malformed percent escape is reported, not a crash of the whole check.
  'news/phan-tram-hong.md': news(
    '',
    '<img src="./50%.jpg" alt="Biểu đồ 50%">\n\nXem <a href="/van-ban/50%/">kết quả</a>.\n',
  ),
  'news/lien-ket-hop-le.md': news('', 'Xem [văn bản](/van-ban/hop-le/) và [danh sách](/van-ban/loai/ke-hoach/).\n'),
  // MDX is code.
  'news/mdx-doc-tep.mdx': mdx("import fs from 'node:fs'\n\nNội dung {fs.readFileSync('/etc/passwd', 'utf8')}\n"),
  'news/mdx-bieu-thuc.mdx': mdx(
    "Nội dung {globalThis.process.getBuiltinModule('fs').readFileSync('/etc/passwd', 'utf8')}\n",
  ),
  'news/mdx-export.mdx': mdx('export const x = 1\n\nNội dung.\n'),
  'news/mdx-goi-thu-vien.mdx': mdx("import yaml from 'js-yaml'\n\nNội dung.\n"),
  'news/mdx-sai-cu-phap.mdx': mdx('Đoạn một.\n\nĐoạn <b>hai chưa đóng thẻ.\n'),
  'news/mdx-chua-nhap.mdx': mdx('Đoạn một.\n\n<Hop tieuDe="x" />\n'),
  'news/mdx-nhap-thieu.mdx': mdx("import Khung from '../../src/components/KhongCo.astro'\n\n<Khung />\n"),
  'news/mdx-hop-le.mdx': mdx(
    'import Hop from \'../../src/components/Hop.astro\'\n\n{/* ghi chú */}\n\n<Hop tieuDe="Lưu ý" so={3} />\n',
  ),
  'news/mdx-thuoc-tinh-ma.mdx': mdx(
    "import Hop from '../../src/components/Hop.astro'\n\n<Hop tieuDe={process.env.HOME} />\n",
  ),
  // One file with a schema error and other errors: all are reported in one run.
  'documents/nhieu-loi.md': `---
title: Văn bản nhiều lỗi
kind: cong-vann
issuedAt: 2026-03-01
issuer: ubnd-khong-co
attachments:
  - file: ./khong-co.pdf
    title: Toàn văn
---
![](./khong-co.jpg)
`,
  // Bounds.
  'documents/bom-bi-danh.md': `---
title: Văn bản
kind: cong-van
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
issuedAt: *d
issuer: ubnd-tinh
---
x
`,
  'documents/tieu-de-dai.md': `---\ntitle: ${'Kế hoạch '.repeat(6000)}\nkind: cong-van\nissuedAt: 2026-03-01\nissuer: ubnd-tinh\n---\nx\n`,
  'organizations/trang-web-js.yaml': 'name: Sở Y tế\nkind: so-nganh\nwebsite: javascript:alert(1)//https://x.vn\n',
  'organizations/trang-web-mat-khau.yaml':
    'name: Sở Tài chính\nkind: so-nganh\nwebsite: https://user:pass@stc.lamdong.gov.vn/\n',
  // Nothing dropped silently: an unknown key inside a group is an error too.
  'exemplars/khoa-la-trong-nhom.md': exemplar('').replace(
    'province: Lâm Đồng',
    'province: Lâm Đồng\n  huyen: Đức Trọng',
  ),
  'exemplars/dia-phuong-dau-cham.md': exemplar('fields: ["???"]\n').replace(
    'province: Lâm Đồng',
    'province: Lâm Đồng\n  commune: "..."',
  ),
};

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'thidua-hostile-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, 'content', file)), { recursive: true });
    writeFileSync(path.join(root, 'content', file), text);
  }
  const outside = path.join(root, 'ngoai');
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'bi-mat.pdf'), '%PDF-1.4 BÍ MẬT NGOÀI NỘI DUNG');
  await sharp({ create: { width: 4, height: 4, channels: 3, background: '#c00' } })
    .jpeg()
    .toFile(path.join(outside, 'anh.jpg'));
  symlinkSync(path.join(outside, 'bi-mat.pdf'), path.join(root, 'content/documents/lien-ket.pdf'));
  symlinkSync(path.join(root, 'content/documents/hop-le.md'), path.join(root, 'content/documents/ban-sao-lien-ket.md'));
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>';
  writeFileSync(path.join(root, 'content/exemplars/so-do.svg'), svg);
  writeFileSync(path.join(root, 'content/news/so-do.svg'), svg);
  writeFileSync(path.join(root, 'content/exemplars/gia.png'), svg);
  const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#0a0' } })
    .jpeg()
    .toBuffer();
  writeFileSync(path.join(root, 'content/exemplars/hong.jpg'), jpeg.subarray(0, 200));
  mkdirSync(path.join(root, 'src/components'), { recursive: true });
  writeFileSync(path.join(root, 'src/components/Hop.astro'), '<aside><slot /></aside>\n');
  const started = performance.now();
  result = await runCheck({ root });
  lines = result.problems.map(formatProblem);
  expect(performance.now() - started).toBeLessThan(20_000);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Each case: the problem line it must produce (`tệp:dòng: trường: lỗi`). */
const cases: [string, RegExp][] = [
  [
    'attachment outside content/',
    /^content\/documents\/dinh-kem-ngoai\.md:8: attachments\[0\]\.file: Tệp đính kèm phải nằm trong thư mục content\//,
  ],
  [
    'symlinked attachment',
    /^content\/documents\/dinh-kem-lien-ket\.md:8: attachments\[0\]\.file: Tệp đính kèm phải là một tệp thật/,
  ],
  ['the symlink itself', /^content\/documents\/lien-ket\.pdf:1: Không dùng liên kết tượng trưng \(symlink\)/],
  ['symlinked entry', /^content\/documents\/ban-sao-lien-ket\.md:1: Không dùng liên kết tượng trưng/],
  ['photo outside content/', /^content\/exemplars\/anh-ngoai\.md:8: photo: Ảnh phải nằm trong thư mục content\//],
  ['SVG photo', /^content\/exemplars\/anh-svg\.md:8: photo: Không dùng ảnh SVG/],
  ['corrupt JPEG', /^content\/exemplars\/anh-hong\.md:8: photo: Không đọc được tệp ảnh/],
  ['SVG named .png', /^content\/exemplars\/anh-gia\.md:8: photo: Tệp này thực chất là ảnh SVG/],
  ['SVG body image', /^content\/news\/anh-trong-bai-svg\.md:9: \(nội dung\): Không dùng ảnh SVG/],
  [
    'body image outside content/',
    /^content\/news\/anh-trong-bai-ngoai\.md:7: \(nội dung\): Ảnh trong bài phải nằm trong thư mục content\//,
  ],
  ['upper-case extension', /^content\/documents\/TEN-HOA\.MD:1: Đuôi tệp phải viết thường.*cần: TEN-HOA\.md/],
  ['meta refresh', /^content\/news\/chuyen-huong\.md:9: \(nội dung\): Nội dung không được chứa thẻ <meta>/],
  ['script', /^content\/news\/ma-script\.md:9: \(nội dung\): Nội dung không được chứa thẻ <script>/],
  ['event handler', /^content\/news\/thuoc-tinh-su-kien\.md:9: \(nội dung\): Thẻ <p> có thuộc tính onclick/i],
  ['iframe', /^content\/news\/khung-nhung\.md:11: \(nội dung\): Nội dung không được chứa thẻ <iframe>/],
  ['object', /^content\/news\/doi-tuong\.md:7: \(nội dung\): Nội dung không được chứa thẻ <object>/],
  ['embed', /^content\/news\/doi-tuong\.md:9: \(nội dung\): Nội dung không được chứa thẻ <embed>/],
  ['form', /^content\/news\/bieu-mau\.md:7: \(nội dung\): Nội dung không được chứa thẻ <form>/],
  ['inline style', /^content\/news\/kieu-rieng\.md:7: \(nội dung\): Nội dung không được chứa thẻ <style>/],
  ['base', /^content\/news\/the-base\.md:7: \(nội dung\): Nội dung không được chứa thẻ <base>/],
  [
    'javascript: Markdown link',
    /^content\/news\/lien-ket-js\.md:7: \(nội dung\): Địa chỉ trong thẻ <a> \(href\) dùng giao thức không an toàn/,
  ],
  [
    'javascript: raw link, mixed case and space',
    /^content\/news\/lien-ket-js-tho\.md:7: \(nội dung\): Địa chỉ trong thẻ <a> \(href\) dùng giao thức không an toàn/,
  ],
  [
    'data: image',
    /^content\/news\/anh-data\.md:7: \(nội dung\): Địa chỉ trong thẻ <img> \(src\) dùng giao thức không an toàn/,
  ],
  ['inline SVG handler', /^content\/news\/svg-nhung\.md:7: \(nội dung\): Thẻ <circle> có thuộc tính onload/i],
  [
    'reference link to a held-back entry',
    /^content\/news\/lien-ket-tham-chieu\.md:7: \(nội dung\): Liên kết tới một mục chưa xuất bản \(đang có: \/van-ban\/ban-nhap\/\)/,
  ],
  [
    'raw <a> to a held-back entry',
    /^content\/news\/lien-ket-the-a\.md:7: \(nội dung\): Liên kết tới một mục chưa xuất bản/,
  ],
  [
    'link to a missing page',
    /^content\/news\/lien-ket-khong-co\.md:7: \(nội dung\): Liên kết tới một trang không có trên cổng/,
  ],
  [
    'malformed % in a raw <img>',
    /^content\/news\/phan-tram-hong\.md:7: \(nội dung\): Không tìm thấy tệp ảnh dùng trong bài.*đang có: \.\/50%\.jpg/,
  ],
  [
    'malformed % in a raw <a href>',
    /^content\/news\/phan-tram-hong\.md:9: \(nội dung\): Liên kết tới một trang không có trên cổng \(đang có: \/van-ban\/50%\/\)/,
  ],
  [
    'MDX importing node:fs',
    /^content\/news\/mdx-doc-tep\.mdx:7: \(nội dung\): MDX chỉ được nhập \(import\) thành phần \.astro.*đang có: node:fs/,
  ],
  ['MDX expression', /^content\/news\/mdx-bieu-thuc\.mdx:7: \(nội dung\): Biểu thức \{…\} trong MDX là mã/],
  ['MDX export', /^content\/news\/mdx-export\.mdx:7: \(nội dung\): MDX chỉ được có dòng import/],
  [
    'MDX importing a package',
    /^content\/news\/mdx-goi-thu-vien\.mdx:7: \(nội dung\): MDX chỉ được nhập.*đang có: js-yaml/,
  ],
  ['MDX syntax error', /^content\/news\/mdx-sai-cu-phap\.mdx:9: \(nội dung\): Nội dung MDX viết sai cú pháp/],
  [
    'MDX component not imported',
    /^content\/news\/mdx-chua-nhap\.mdx:9: \(nội dung\): Thẻ <Hop> là một thành phần chưa được nhập/,
  ],
  [
    'MDX import of a missing component',
    /^content\/news\/mdx-nhap-thieu\.mdx:7: \(nội dung\): Không tìm thấy thành phần được nhập/,
  ],
  ['MDX expression attribute', /^content\/news\/mdx-thuoc-tinh-ma\.mdx:9: \(nội dung\): Thuộc tính dạng biểu thức/],
  [
    'schema error',
    /^content\/documents\/nhieu-loi\.md:3: kind: Giá trị không nằm trong danh sách cho phép; có phải ý bạn là “cong-van”\?/,
  ],
  [
    '…with its dangling reference',
    /^content\/documents\/nhieu-loi\.md:5: issuer: Không có cơ quan, đơn vị nào tên “ubnd-khong-co”/,
  ],
  [
    '…its missing attachment',
    /^content\/documents\/nhieu-loi\.md:7: attachments\[0\]\.file: Không tìm thấy tệp đính kèm/,
  ],
  ['…its image without alt text', /^content\/documents\/nhieu-loi\.md:10: \(nội dung\): Ảnh trong bài chưa có mô tả/],
  [
    '…and its missing body image',
    /^content\/documents\/nhieu-loi\.md:10: \(nội dung\): Không tìm thấy tệp ảnh dùng trong bài/,
  ],
  ['YAML alias bomb', /^content\/documents\/bom-bi-danh\.md:2: Phần thông tin dùng bí danh YAML/],
  [
    'a 54,000-character title',
    /^content\/documents\/tieu-de-dai\.md:2: title: Quá dài \(cần: tối đa 500 ký tự; đang có: 53999 ký tự: "Kế hoạch/,
  ],
  ['javascript: website', /^content\/organizations\/trang-web-js\.yaml:3: website: /],
  ['website with a password', /^content\/organizations\/trang-web-mat-khau\.yaml:3: website: /],
  [
    'unknown key inside locality',
    /^content\/exemplars\/khoa-la-trong-nhom\.md:7: locality\.huyen: Trường lạ, không có trong mẫu nội dung/,
  ],
  [
    'punctuation-only field',
    /^content\/exemplars\/dia-phuong-dau-cham\.md:\d+: fields\[0\]: Giá trị dùng để lọc phải có ít nhất một chữ cái hoặc chữ số/,
  ],
  [
    'punctuation-only commune',
    /^content\/exemplars\/dia-phuong-dau-cham\.md:\d+: locality\.commune: Giá trị dùng để lọc/,
  ],
];

describe('hostile and malformed content', () => {
  it.each(cases)('%s is reported with file, line and field', (_, expected) => {
    expect(
      lines.filter((l) => expected.test(l)),
      lines.join('\n'),
    ).not.toEqual([]);
  });

  it('every problem here is an error, and valid files give none', () => {
    const clean = ['hop-le.md', 'ban-nhap.md', 'lien-ket-hop-le.md', 'mdx-hop-le.mdx', 'ubnd-tinh.yaml'];
    expect(result.problems.filter((p) => clean.includes(path.basename(p.file))).map(formatProblem)).toEqual([]);
    for (const [file] of Object.entries(files)) {
      if (clean.includes(path.basename(file))) continue;
      expect(
        result.problems.some((p) => p.file === `content/${file}` && p.severity === 'error'),
        file,
      ).toBe(true);
    }
  });

  it('never echoes a huge value back: each message stays under 400 characters', () => {
    for (const l of lines) expect(l.length, l.slice(0, 200)).toBeLessThan(400);
  });
});
