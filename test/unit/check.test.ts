import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSites } from '../helpers/content-site.ts';
import { checkContent, formatProblem } from '../../src/lib/check/index.ts';

/** A small valid site; each case below breaks one thing in it. */
const base: Record<string, string> = {
  'organizations/ubnd-tinh.yaml': 'name: Ủy ban nhân dân tỉnh\nkind: ubnd\n',
  'organizations/so-noi-vu.yaml': 'name: Sở Nội vụ\nkind: so-nganh\nparent: ubnd-tinh\n',
  'campaigns/thi-dua-2026.md': `---
title: Phong trào thi đua năm 2026
kind: thuong-xuyen
launchedBy: ubnd-tinh
launchedAt: 2026-01-05
period:
  start: 2026-01-01
---
Nội dung.
`,
  'documents/ke-hoach-01.md': `---
title: Kế hoạch thi đua năm 2026
kind: ke-hoach
number: 01/KH-UBND
issuedAt: 2026-02
issuer: ubnd-tinh
campaigns:
  - thi-dua-2026
---
Nội dung.
`,
};

interface Case {
  name: string;
  file: string;
  source: string;
  /** The field named in the message, and the 1-based line it is reported at. */
  field: string;
  line: number;
  message: RegExp;
}

const doc = (front: string, body = 'Nội dung.') => `---\n${front.trim()}\n---\n${body}\n`;
const validDoc = `title: Văn bản
kind: cong-van
issuedAt: 2026-03-01
issuer: ubnd-tinh`;

const cases: Case[] = [
  {
    name: 'a required field is missing',
    file: 'documents/thieu-tieu-de.md',
    source: doc('kind: ke-hoach\nissuedAt: 2026-01-02\nissuer: ubnd-tinh'),
    field: 'title',
    line: 1,
    message: /Thiếu trường bắt buộc/,
  },
  {
    name: 'an enum value written in Vietnamese',
    file: 'documents/sai-loai.md',
    source: doc('title: Văn bản\nkind: Kế hoạch\nissuedAt: 2026-01-02\nissuer: ubnd-tinh'),
    field: 'kind',
    line: 3,
    message: /có phải ý bạn là “ke-hoach”\?.*cần: một trong: ke-hoach/,
  },
  {
    name: 'an impossible date (js-yaml would roll it over)',
    file: 'documents/ngay-sai.md',
    source: doc('title: Văn bản\nkind: ke-hoach\nissuedAt: 2026-13-01\nissuer: ubnd-tinh'),
    field: 'issuedAt',
    line: 4,
    message: /Ngày phải viết dạng.*đang có: "2026-13-01"/,
  },
  {
    name: 'a misspelled field name',
    file: 'documents/ten-truong-sai.md',
    source: doc(
      `${validDoc}\nsigner:\n  name: Trần Văn An\n  title: Chủ tịch\ndeadline:\n  - date: 2026-04-01\n    task: Báo cáo`,
    ),
    field: 'deadline',
    line: 9,
    message: /Trường lạ.*có phải ý bạn là “deadlines”\?.*đang có: deadline/,
  },
  {
    name: 'a dangling issuer reference',
    file: 'documents/khong-co-co-quan.md',
    source: doc('title: Văn bản\nkind: ke-hoach\nissuedAt: 2026-01-02\nissuer: ubnd-tinh-khac'),
    field: 'issuer',
    line: 5,
    message: /Không có cơ quan, đơn vị nào tên “ubnd-tinh-khac” trong content\/organizations/,
  },
  {
    name: 'a dangling deadline assignee inside a list',
    file: 'documents/han-sai-don-vi.md',
    source: doc(
      `${validDoc}\ndeadlines:\n  - date: 2026-04-01\n    task: Báo cáo\n  - date: 2026-05-01\n    task: Tổng kết\n    assignee: so-khong-co`,
    ),
    field: 'deadlines[1].assignee',
    line: 11,
    message: /“so-khong-co”/,
  },
  {
    name: 'a dangling campaign reference',
    file: 'exemplars/guong-sai-phong-trao.md',
    source: doc(
      `name: Tổ tự quản\nkind: tap-the\nsummary: Giữ gìn an ninh.\nlocality:\n  province: Lâm Đồng\ncampaigns: [phong-trao-khong-co]\npublishedAt: 2026-01-01`,
    ),
    field: 'campaigns[0]',
    line: 7,
    message: /phong trào thi đua nào tên “phong-trao-khong-co”/,
  },
  {
    name: 'a duplicate number from the same issuer',
    file: 'documents/trung-so.md',
    source: doc('title: Kế hoạch khác\nkind: ke-hoach\nnumber: 01/kh-ubnd\nissuedAt: 2026-03-01\nissuer: ubnd-tinh'),
    field: 'number',
    line: 4,
    message: /đã dùng cho văn bản content\/documents\/ke-hoach-01\.md/,
  },
  {
    name: 'a missing image',
    file: 'exemplars/thieu-anh.md',
    source: doc(
      `name: Nguyễn Văn A\nkind: ca-nhan\nsummary: Cứu người.\nlocality:\n  province: Lâm Đồng\nphoto: ./khong-co.jpg\nphotoAlt: Chân dung\nconsent: true\npublishedAt: 2026-01-01`,
    ),
    field: 'photo',
    line: 7,
    message: /Không tìm thấy tệp ảnh.*content\/exemplars\/khong-co\.jpg/,
  },
  {
    name: 'an image without alt text',
    file: 'news/anh-khong-mo-ta.md',
    source: doc(`title: Tin\nsummary: Tóm tắt.\npublishedAt: 2026-01-01\ncategory: hoat-dong\ncover: ./anh.jpg`),
    field: 'coverAlt',
    line: 1,
    message: /cần có mô tả.*coverAlt/,
  },
  {
    name: 'a missing attachment',
    file: 'documents/thieu-dinh-kem.md',
    source: doc(`${validDoc}\nattachments:\n  - file: ./ke-hoach.pdf\n    title: Toàn văn`),
    field: 'attachments[0].file',
    line: 7,
    message: /Không tìm thấy tệp đính kèm/,
  },
  {
    name: 'a body image without alt text',
    file: 'news/anh-trong-bai.md',
    source: doc(
      `title: Tin\nsummary: Tóm tắt.\npublishedAt: 2026-01-01\ncategory: hoat-dong`,
      'Đoạn một.\n\n![](./anh.jpg)',
    ),
    field: '(nội dung)',
    line: 9,
    message: /Ảnh trong bài chưa có mô tả/,
  },
  {
    name: 'a file name that is not a slug',
    file: 'news/Tin Mới.md',
    source: doc(`title: Tin\nsummary: Tóm tắt.\npublishedAt: 2026-01-01\ncategory: hoat-dong`),
    field: '',
    line: 1,
    message: /chữ thường không dấu.*cần: tin-moi\.md/,
  },
  {
    name: 'a list written as text',
    file: 'documents/danh-sach-sai.md',
    source: doc(`${validDoc}\nrecipients: Như trên`),
    field: 'recipients',
    line: 6,
    message: /Sai kiểu giá trị.*cần: một danh sách/,
  },
  {
    name: 'broken YAML',
    file: 'campaigns/yaml-hong.md',
    source: doc('title: "Phong trào\nkind: dot'),
    field: '',
    // js-yaml notices the unclosed quote where the frontmatter ends.
    line: 4,
    message: /viết sai cú pháp/,
  },
  {
    name: 'a file type the site does not read',
    file: 'documents/ghi-chu.txt',
    source: 'ghi chú',
    field: '',
    line: 1,
    message: /không được đọc/,
  },
  {
    name: 'a link in a body to a page that does not exist',
    file: 'news/lien-ket-hong.md',
    source: doc(
      `title: Tin\nsummary: Tóm tắt.\npublishedAt: 2026-01-01\ncategory: hoat-dong`,
      'Xem [kế hoạch](/van-ban/khong-ton-tai/).',
    ),
    field: '(nội dung)',
    line: 7,
    message: /trang không có trên cổng/,
  },
  {
    name: 'a document that replaces itself',
    file: 'documents/tu-thay-the.md',
    source: doc(`${validDoc}\nreplaces:\n  - ke-hoach-01\n  - tu-thay-the`),
    field: 'replaces[1]',
    line: 8,
    message: /không thể tự thay thế chính nó/,
  },
  {
    name: 'a document that cites itself as its basis',
    file: 'documents/tu-can-cu.md',
    source: doc(`${validDoc}\nbasis:\n  - text: Căn cứ chính nó;\n    document: tu-can-cu`),
    field: 'basis[0].document',
    line: 8,
    message: /không thể lấy chính nó làm căn cứ/,
  },
  {
    name: 'a document that ends before it begins',
    file: 'documents/het-truoc-khi-co.md',
    source: doc(`${validDoc}\neffectiveFrom: 2026-03-15\neffectiveUntil: 2026-03-01`),
    field: 'effectiveUntil',
    line: 7,
    message: /Ngày hết hiệu lực \(2026-03-01\) trước ngày có hiệu lực \(2026-03-15\)/,
  },
];

const site = contentSites('thidua-check-');

describe('content check', () => {
  it('accepts the valid base site', () => {
    const result = checkContent({ root: site(base) });
    expect(result.problems).toEqual([]);
    expect(result.fileCount).toBe(4);
  });

  it.each(cases)('reports $name with file, line and field', (c) => {
    const result = checkContent({ root: site({ ...base, [c.file]: c.source }) });
    const errors = result.problems.filter((p) => p.severity === 'error');
    const mine = errors.filter((p) => p.file === `content/${c.file}` && p.field === c.field);
    expect(mine.map(formatProblem).join('\n')).toMatch(c.message);
    expect(mine.some((p) => p.line === c.line)).toBe(true);
    expect(formatProblem(mine[0]!)).toMatch(
      new RegExp(`^content/${c.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: `),
    );
  });

  it('rejects a cycle of replacement once, at the first document of the cycle, and accepts a chain', () => {
    const rel = (key: string, target: string) => doc(`${validDoc}\n${key}:\n  - ${target}`);
    const cycle = checkContent({
      root: site({
        ...base,
        'documents/quy-che-a.md': rel('replaces', 'quy-che-b'),
        'documents/quy-che-b.md': rel('repeals', 'quy-che-c'),
        'documents/quy-che-c.md': rel('replaces', 'quy-che-a'),
      }),
    });
    const errors = cycle.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'content/documents/quy-che-a.md', field: 'replaces[0]', line: 7 });
    expect(errors[0]!.message).toMatch(/Vòng thay thế khép kín: quy-che-a → quy-che-b → quy-che-c → quy-che-a/);
    const chain = checkContent({
      root: site({
        ...base,
        'documents/quy-che-a.md': rel('replaces', 'quy-che-b'),
        'documents/quy-che-b.md': rel('amends', 'quy-che-a'),
      }),
    });
    expect(chain.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('compares partial period dates by the span they cover', () => {
    const campaign = (start: string, end: string) =>
      `---\ntitle: Phong trào\nkind: dot\nlaunchedBy: ubnd-tinh\nlaunchedAt: 2026-01-05\nperiod:\n  start: ${start}\n  end: ${end}\n---\nNội dung.\n`;
    const ok = checkContent({ root: site({ ...base, 'campaigns/thi-dua-2026.md': campaign('2026-01', '2026') }) });
    expect(ok.problems).toEqual([]);
    const bad = checkContent({ root: site({ ...base, 'campaigns/thi-dua-2026.md': campaign('2026-03', '2026-02') }) });
    expect(bad.problems.map((p) => p.field)).toContain('period.end');
  });

  it('reports every problem of every file in one run', () => {
    const files = { ...base, ...Object.fromEntries(cases.map((c) => [c.file, c.source])) };
    const result = checkContent({ root: site(files) });
    const errors = result.problems.filter((p) => p.severity === 'error');
    for (const c of cases) {
      expect(
        errors.some((p) => p.file === `content/${c.file}` && p.field === c.field),
        c.name,
      ).toBe(true);
    }
  });

  it('npm run check prints every problem and exits non-zero on any error, zero when there is none', () => {
    const script = path.resolve(import.meta.dirname, '../../scripts/check-content.ts');
    const broken = spawnSync(
      process.execPath,
      [script, site({ ...base, ...Object.fromEntries(cases.map((c) => [c.file, c.source])) })],
      { encoding: 'utf8' },
    );
    expect(broken.status).toBe(1);
    for (const c of cases) expect(broken.stdout).toContain(`content/${c.file}:`);
    expect(broken.stdout).toMatch(
      /Kiểm tra nội dung: \d+ tệp, \d+ lỗi, \d+ cảnh báo .*Hãy sửa các lỗi trên rồi chạy lại\.\n$/,
    );
    const clean = spawnSync(process.execPath, [script, site(base)], { encoding: 'utf8' });
    expect(clean.status).toBe(0);
    expect(clean.stdout).toMatch(/4 tệp, 0 lỗi, 0 cảnh báo/);
  });

  it('lists drafts and profiles without consent as held back, and warns about links to them', () => {
    const result = checkContent({
      root: site({
        ...base,
        'campaigns/nhap.md': doc(
          'title: Nháp\nkind: dot\nlaunchedBy: ubnd-tinh\nlaunchedAt: 2026-01-01\nperiod:\n  start: 2026-01-01\ndraft: true',
        ),
        'exemplars/chua-dong-y.md': doc(
          'name: Lê Văn B\nkind: ca-nhan\nsummary: Việc tốt.\nlocality:\n  province: Lâm Đồng\npublishedAt: 2026-01-01\ncampaigns: [nhap]',
        ),
      }),
    });
    expect(result.heldBack.map((h) => [h.id, h.reason])).toEqual([
      ['nhap', 'draft'],
      ['chua-dong-y', 'no-consent'],
    ]);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('warns when a published entry links to a held-back one', () => {
    const result = checkContent({
      root: site({
        ...base,
        'campaigns/nhap.md': doc(
          'title: Nháp\nkind: dot\nlaunchedBy: ubnd-tinh\nlaunchedAt: 2026-01-01\nperiod:\n  start: 2026-01-01\ndraft: true',
        ),
        'news/tin.md': doc(
          'title: Tin\nsummary: Tóm tắt.\npublishedAt: 2026-01-01\ncategory: hoat-dong\ncampaigns: [nhap]',
        ),
      }),
    });
    const warning = result.problems.find((p) => p.file === 'content/news/tin.md');
    expect(warning).toMatchObject({ severity: 'warning', field: 'campaigns[0]' });
    expect(warning!.message).toMatch(/chưa xuất bản/);
  });
});
