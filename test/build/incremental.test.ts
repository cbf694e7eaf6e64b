/**
 * Incremental builds (src/data/page-keys.ts, docs/adr/0008-incremental-builds.md): after
 * editors change entries that other pages show (an organisation's name, a cited
 * document's title, a campaign's title, a new article about an exemplar, a document's
 * text), a rebuild that copies unchanged pages from the previous build must give exactly
 * the files a full build of the same content gives, while really skipping pages.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, prepareSite, projectRoot, type BuiltSite } from '../helpers/build.ts';

const BUILD_TIMEOUT = 240_000;

let incremental: BuiltSite;
let full: BuiltSite;
let second: BuiltSite;

const edits: [file: string, edit: (text: string) => string][] = [
  // An issuer's name: shown on the pages of its documents and in lists.
  ['organizations/so-noi-vu.yaml', (t) => t.replace(/^name: .*$/m, 'name: Sở Nội vụ tỉnh Lâm Đồng (tên mới)')],
  // A document cited by another one in its legal bases.
  ['documents/ke-hoach-trien-khai-phong-trao-thi-dua-nam-2026.md', (t) => t.replace(/^title: .*$/m, 'title: "Triển khai phong trào thi đua năm 2026 (đã sửa trích yếu)"')],
  // A campaign named on documents, exemplars and news.
  ['campaigns/thi-dua-thuc-hien-thang-loi-nhiem-vu-nam-2026.md', (t) => t.replace(/^title: .*$/m, 'title: "Thi đua thực hiện thắng lợi nhiệm vụ năm 2026 (tên mới)"')],
  // Only the text of a document.
  ['documents/cong-van-dang-ky-thi-dua-ky-giao-uoc-nam-2026.md', (t) => `${t.trimEnd()}\n\nĐoạn bổ sung khi biên tập lại.\n`],
];

/** A new article about an exemplar who already has one: their page and the other article's related news change. */
const newArticle = `---
title: "Bếp cơm của bà Sen đón thêm tình nguyện viên"
summary: "Sinh viên các trường ở Phan Thiết thay phiên phụ bếp cơm 2.000 đồng vào cuối tuần."
publishedAt: 2026-11-02
category: guong-sang
author: "Minh Châu"
exemplars:
  - hoang-thi-sen
---

Từ tháng 10, mỗi sáng thứ bảy có thêm mười sinh viên đến phụ bà Sen nhặt rau, chia cơm.
`;

function applyEdits(root: string): void {
  const content = path.join(root, 'content');
  for (const [file, edit] of edits) {
    const full = path.join(content, file);
    const before = readFileSync(full, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`the edit of ${file} changed nothing: the sample content has moved on`);
    writeFileSync(full, after);
  }
  writeFileSync(path.join(content, 'news/bep-com-ba-sen-don-them-tinh-nguyen-vien.md'), newArticle);
}

/** Astro prints "(restored)" for each page copied from the previous build. */
const restored = (output: string) => [...output.matchAll(/─ (\S+) \(restored\)/g)].map((m) => m[1]!);

const htmlOf = (dist: string) => listFiles(dist).filter((f) => f.endsWith('.html'));

beforeAll(() => {
  const root = prepareSite('incremental', path.join(projectRoot, 'content'));
  const first = buildSite(root);
  if (first.status !== 0) throw new Error(first.output);
  // An unchanged rebuild first: every entry page is restored.
  second = buildSite(root);
  applyEdits(root);
  incremental = buildSite(root);

  // The same content, built from scratch with an empty cache.
  full = buildSite(prepareSite('incremental-full', path.join(root, 'content')));
}, BUILD_TIMEOUT * 2);

describe('incremental build', () => {
  it('restores every entry page when nothing changed', () => {
    expect(second.status, second.output).toBe(0);
    const pages = restored(second.output);
    for (const section of ['van-ban', 'guong-dien-hinh', 'phong-trao', 'tin-tuc']) {
      expect(pages.filter((p) => p.startsWith(`/${section}/`)).length, section).toBeGreaterThan(2);
    }
  });

  it('after edits, renders again the pages that show an edited entry and restores the others', () => {
    expect(incremental.status, incremental.output).toBe(0);
    const pages = restored(incremental.output);
    expect(pages.length).toBeGreaterThan(20);
    // Pages that show what was edited are rendered, not restored.
    for (const page of [
      '/van-ban/cong-van-dang-ky-thi-dua-ky-giao-uoc-nam-2026/index.html',
      '/van-ban/ke-hoach-trien-khai-phong-trao-thi-dua-nam-2026/index.html',
      '/phong-trao/thi-dua-thuc-hien-thang-loi-nhiem-vu-nam-2026/index.html',
      '/guong-dien-hinh/hoang-thi-sen/index.html',
      '/tin-tuc/bep-com-2000-dong-o-phan-thiet/index.html',
    ]) {
      expect(pages, page).not.toContain(page);
      expect(incremental.output, page).toContain(`─ ${page} (+`);
    }
  });

  it('gives exactly the pages a full build of the edited content gives', () => {
    expect(full.status, full.output).toBe(0);
    const files = htmlOf(full.dist);
    expect(htmlOf(incremental.dist)).toEqual(files);
    const differ = files.filter((f) => !readFileSync(path.join(incremental.dist, f)).equals(readFileSync(path.join(full.dist, f))));
    expect(differ).toEqual([]);
    // The edits are there (the comparison above is not between two stale builds).
    expect(readFileSync(path.join(full.dist, 'guong-dien-hinh/hoang-thi-sen/index.html'), 'utf8')).toContain('đón thêm tình nguyện viên');
  });

  it('still writes the share image of every restored page', () => {
    for (const page of restored(incremental.output).filter((p) => /^\/(van-ban|guong-dien-hinh|phong-trao|tin-tuc)\//.test(p))) {
      const dir = path.join(incremental.dist, path.dirname(page));
      expect(existsSync(path.join(dir, 'anh-chia-se.png')) || existsSync(path.join(dir, 'anh-chia-se.jpg')), page).toBe(true);
    }
  });
});
