/**
 * What stays off the site until an editor has looked at it: the importer's `CẦN SỬA`
 * marks (an error in a published entry, a summary line for drafts) and the organizations
 * it proposes (drafts, held back, and an error when a published entry names one).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { contentSites } from '../helpers/content-site.ts';
import { publishedGlob } from '../../src/data/loader.ts';
import { checkContent, formatProblem } from '../../src/lib/check/index.ts';
import { reportCheck } from '../../src/lib/check/report.ts';
import { findReviewMarks, formatDraftMarks } from '../../src/lib/check/review-marks.ts';
import { emptyEntry } from '../../src/lib/import/draft.ts';
import { writeEntries } from '../../src/lib/import/write.ts';
import { holdReason } from '../../src/lib/visibility.ts';
import { entry } from '../helpers/entries.ts';
import { readEntry } from '../helpers/import-site.ts';

/** A small valid site, as in check.test.ts; each case adds files to it. */
const base: Record<string, string> = {
  'organizations/ubnd-tinh.yaml': 'name: Ủy ban nhân dân tỉnh\nkind: ubnd\n',
  'organizations/so-noi-vu.yaml': 'name: Sở Nội vụ\nkind: so-nganh\nparent: ubnd-tinh\n',
};

const site = contentSites('thidua-marks-');

const errorsOf = (root: string) =>
  checkContent({ root })
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);

/** A document as the importer writes one: a stand-in date and an unsure deadline, marked. */
const marked = (draft: boolean) => `---
title: "Kế hoạch tập huấn nghiệp vụ thi đua"
kind: ke-hoach
# CẦN SỬA: không tìm thấy ngày ban hành; tạm ghi năm 2027
issuedAt: "2027"
issuer: so-noi-vu
deadlines:
  - date: 2027-03-12
    # CẦN SỬA: đọc bằng OCR, chưa chắc chữ “tập huấn”
    task: "Gửi danh sách dự tập huấn"
draft: ${draft}
---

Sở Nội vụ đề nghị các đơn vị cử người dự tập huấn.

## II. CÁC NỘI DUNG CẦN SỬA ĐỔI, BỔ SUNG

Danh sách gửi về Sở Nội vụ (CẦN SỬA: số điện thoại).
`;

describe('CẦN SỬA marks', () => {
  it('a published entry with marks: an error per mark, with file, line and the field under it', () => {
    const errors = errorsOf(site({ ...base, 'documents/tap-huan.md': marked(false) }));
    expect(errors).toEqual([
      expect.stringMatching(
        /^content\/documents\/tap-huan\.md:4: issuedAt: Còn giá trị chưa kiểm tra \(CẦN SỬA\): sửa rồi xóa dòng ghi chú \(đang có: # CẦN SỬA: không tìm thấy ngày ban hành/,
      ),
      expect.stringMatching(
        /^content\/documents\/tap-huan\.md:9: deadlines\[0\]\.task: Còn giá trị chưa kiểm tra \(CẦN SỬA\)/,
      ),
      // The heading in capitals is the paper's own text; the note in brackets is a mark.
      expect.stringMatching(/^content\/documents\/tap-huan\.md:18: \(nội dung\): Còn đoạn chưa kiểm tra \(CẦN SỬA\)/),
    ]);
  });

  it('a mark after a value names that value; one above nothing names no field', () => {
    const marks = findReviewMarks({
      yaml: 'title: "a # CẦN SỬA in quotes"\nissuedAt: 2027 # CẦN SỬA: năm tạm\nsigner:\n  name: X\n# CẦN SỬA: cuối tệp\n',
      yamlStartLine: 2,
      data: { title: 'a # CẦN SỬA in quotes', issuedAt: '2027', signer: { name: 'X' } },
      body: '',
      bodyStartLine: 8,
    });
    expect(marks.map((m) => [m.line, m.field])).toEqual([
      [3, 'issuedAt'],
      [6, ''],
    ]);
  });

  it('a draft with marks: no error, and one summary line counting them', async () => {
    const root = site({ ...base, 'documents/tap-huan.md': marked(true) });
    const result = checkContent({ root });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.draftMarks).toEqual([{ file: 'content/documents/tap-huan.md', count: 3 }]);
    const lines: string[] = [];
    expect(await reportCheck(root, (l) => lines.push(l))).toBe(true);
    expect(lines).toContain(
      '1 bản nháp còn 3 chỗ CẦN SỬA: content/documents/tap-huan.md (3). Sửa rồi xóa dòng ghi chú và dòng review trước khi đổi thành draft: false.',
    );
    expect(lines.at(-1)).toMatch(/0 lỗi, 0 cảnh báo/);
  });

  it('the importer writes its marks as `review` lines too, and the form editor keeps them', () => {
    const root = site(base);
    const main = emptyEntry('documents', 'tap-huan-nghiep-vu');
    main.data = { title: 'Kế hoạch tập huấn', kind: 'ke-hoach', issuedAt: '2027', issuer: 'so-noi-vu' };
    main.comments = { issuedAt: 'CẦN SỬA: không tìm thấy ngày ban hành; tạm ghi năm 2027', title: 'ghi chú thường' };
    main.body = 'Nội dung.';
    const [written] = writeEntries([main], { root, publish: true });
    const raw = readFileSync(path.join(root, written!.file), 'utf8');
    expect(raw).toContain('# CẦN SỬA: không tìm thấy ngày ban hành');
    // `--publish` with a mark that is not a stand-in: written published, and the check stops it.
    expect(jsYaml.load(raw.split('---')[1]!)).toMatchObject({
      draft: false,
      review: ['issuedAt: không tìm thấy ngày ban hành; tạm ghi năm 2027'],
    });
    // Saved by the form editor: comments gone, the list kept.
    const saved = raw.replace(/^\s*# .*\n/gm, '');
    expect(saved).not.toContain('#');
    writeFileSync(path.join(root, written!.file), saved);
    expect(errorsOf(root)).toEqual([
      expect.stringMatching(
        /^content\/documents\/tap-huan-nghiep-vu\.md:\d+: issuedAt: Còn giá trị chưa kiểm tra \(CẦN SỬA\): sửa rồi xóa dòng này trong review/,
      ),
    ]);
  });

  it('a mark both as a comment and a `review` line is one problem, at the list line', () => {
    const both = marked(false).replace(
      'draft: false',
      'draft: false\nreview:\n  - "issuedAt: không tìm thấy ngày ban hành"\n  - "ghi chú không theo mẫu"',
    );
    const errors = errorsOf(site({ ...base, 'documents/tap-huan.md': both }));
    expect(errors.map((e) => e.replace(/: Còn .*/, ''))).toEqual([
      'content/documents/tap-huan.md:9: deadlines[0].task',
      'content/documents/tap-huan.md:13: issuedAt',
      'content/documents/tap-huan.md:14: review[1]',
      'content/documents/tap-huan.md:21: (nội dung)',
    ]);
  });

  it('the summary names ten files and counts the rest', () => {
    const drafts = Array.from({ length: 12 }, (_, i) => ({ file: `content/news/t${i}.md`, count: 1 }));
    expect(formatDraftMarks(drafts)).toMatch(/^12 bản nháp còn 12 chỗ CẦN SỬA: .*t9\.md \(1\) và 2 tệp khác\./);
    expect(formatDraftMarks([])).toBeUndefined();
  });
});

const proposed = 'name: Trường Th cẩm nhượng\nkind: khac\ndraft: true\n';
const doc = (issuer: string, draft: boolean) =>
  `---\ntitle: Thông báo\nkind: thong-bao\nissuedAt: 2027-05\nissuer: ${issuer}\ndraft: ${draft}\n---\nNội dung.\n`;

describe('draft organizations', () => {
  it('are held back, like drafts of every collection', () => {
    const result = checkContent({
      root: site({ ...base, 'organizations/truong-th-cam-nhuong.yaml': proposed }),
    });
    expect(result.problems).toEqual([]);
    expect(result.heldBack).toEqual([
      {
        collection: 'organizations',
        id: 'truong-th-cam-nhuong',
        file: 'content/organizations/truong-th-cam-nhuong.yaml',
        reason: 'draft',
      },
    ]);
    const parsed = entry('organizations', 'truong-th-cam-nhuong', jsYaml.load(proposed) as Record<string, unknown>);
    expect(holdReason('organizations', (parsed as { data: Record<string, unknown> }).data)).toBe('draft');
    const confirmed = entry('organizations', 'so-noi-vu', { name: 'Sở Nội vụ', kind: 'so-nganh' });
    expect((confirmed as { data: { draft: boolean } }).data.draft).toBe(false);
  });

  it('never enter the content store the site reads', async () => {
    const root = site({ ...base, 'organizations/truong-th-cam-nhuong.yaml': proposed });
    const stored = new Map<string, { id: string; data: unknown }>();
    const store = {
      keys: () => stored.keys(),
      get: (id: string) => stored.get(id),
      set: (e: { id: string; data: unknown }) => (stored.set(e.id, e), true),
      delete: (id: string) => stored.delete(id),
      addModuleImport: () => {},
      addAssetImports: () => {},
    };
    const loader = publishedGlob('organizations', {
      pattern: '**/*.{yaml,yml}',
      base: './content/organizations',
      generateId: ({ entry: file }) => file.replace(/^.*\//, '').replace(/\.[^.]+$/, ''),
    });
    const quiet = { warn: () => {}, error: () => {}, info: () => {}, debug: () => {} };
    await loader.load({
      config: { root: pathToFileURL(root + '/'), srcDir: pathToFileURL(path.join(root, 'src') + '/') },
      collection: 'organizations',
      logger: quiet,
      store,
      parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) =>
        (entry('organizations', id, data) as { data: unknown }).data,
      generateDigest: (s: string) => String(s.length),
      entryTypes: new Map([
        [
          '.yaml',
          { getEntryInfo: ({ contents }: { contents: string }) => ({ data: jsYaml.load(contents), body: '' }) },
        ],
      ]),
    } as never);
    expect([...stored.keys()].sort()).toEqual(['so-noi-vu', 'ubnd-tinh']);
  });

  it('a published entry naming one is an error with file, line and field; a draft naming one is not', () => {
    const errors = errorsOf(
      site({
        ...base,
        'organizations/truong-th-cam-nhuong.yaml': proposed,
        'organizations/to-chuyen-mon.yaml': 'name: Tổ chuyên môn\nkind: khac\nparent: truong-th-cam-nhuong\n',
        'documents/thong-bao-da-dang.md': doc('truong-th-cam-nhuong', false),
        'documents/thong-bao-nhap.md': doc('truong-th-cam-nhuong', true),
      }),
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /^content\/documents\/thong-bao-da-dang\.md:5: issuer: Cơ quan, đơn vị “truong-th-cam-nhuong” \(content\/organizations\/truong-th-cam-nhuong\.yaml\) chưa được xác nhận \(draft: true\)/,
      ),
      expect.stringMatching(
        /^content\/organizations\/to-chuyen-mon\.yaml:3: parent: Cơ quan, đơn vị “truong-th-cam-nhuong” .* chưa được xác nhận/,
      ),
    ]);
  });
});

describe('the importer proposing an organization', () => {
  const proposal = () => {
    const org = emptyEntry('organizations', 'truong-th-cam-nhuong');
    org.data = { name: 'Trường Th cẩm nhượng', kind: 'khac' };
    org.comments = { name: 'Đề xuất khi nhập văn bản: kiểm tra tên' };
    org.proposedFor = 'Trường Th cẩm nhượng';
    const main = emptyEntry('documents', 'thong-bao-cua-truong');
    main.data = { title: 'Thông báo', kind: 'thong-bao', issuedAt: '2027-05', issuer: 'truong-th-cam-nhuong' };
    main.body = 'Nội dung.';
    return [main, org];
  };

  it('writes it as a draft with a note saying what to check, and the check passes', () => {
    const root = site(base);
    const outcomes = writeEntries(proposal(), { root });
    expect(outcomes.map((o) => [o.file, o.written, o.draft])).toEqual([
      ['content/documents/thong-bao-cua-truong.md', true, true],
      ['content/organizations/truong-th-cam-nhuong.yaml', true, true],
    ]);
    const written = readEntry(root, 'content/organizations/truong-th-cam-nhuong.yaml');
    expect(written.data).toEqual({ name: 'Trường Th cẩm nhượng', kind: 'khac', draft: true });
    expect(written.raw).toMatch(/^# Đề xuất khi nhập văn bản: kiểm tra tên\nname: /);
    expect(written.raw).toMatch(
      /\n# Cơ quan mới đề xuất, chưa xuất bản: kiểm tra tên \(name\), loại \(kind\) và cơ quan cấp trên \(parent\), rồi đổi thành draft: false\ndraft: true\n$/,
    );
    expect(errorsOf(root)).toEqual([]);
  });

  it('keeps the entry naming it a draft even with --publish, this time and the next', () => {
    const root = site(base);
    const first = writeEntries(proposal(), { root, publish: true });
    expect(first.map((o) => o.draft)).toEqual([true, true]);
    expect(readEntry(root, first[0]!.file).data.draft).toBe(true);
    // Imported again (the organization is on disk now, still a draft): still a draft.
    const again = writeEntries(proposal(), { root, publish: true, force: true });
    expect(again.map((o) => [o.written, o.draft])).toEqual([
      [true, true],
      [false, true],
    ]);
    // Once an editor has confirmed the organization, --publish publishes.
    const orgFile = path.join(root, 'content/organizations/truong-th-cam-nhuong.yaml');
    writeFileSync(orgFile, readFileSync(orgFile, 'utf8').replace('draft: true', 'draft: false'));
    const confirmed = writeEntries(proposal(), { root, publish: true, force: true });
    expect(confirmed[0]!.draft).toBe(false);
    // The note above `draft` is not a CẦN SỬA mark: nothing blocks the confirmed organization.
    expect(errorsOf(root)).toEqual([]);
  });
});
