/**
 * Incremental builds (opt-in with INCREMENTAL_BUILD=1; src/data/page-keys.ts,
 * docs/adr/0008-incremental-builds.md): after editors change entries that other pages
 * show (an issuer's name, a citing document's title, a document in a campaign's list, a
 * document's text, a new article about an exemplar), a rebuild that copies unchanged
 * pages from the previous build must give exactly the files a default full build of the
 * same content gives, while really skipping pages.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { entryPath } from '../../src/lib/routes.ts';
import { buildSite, listFiles, prepareSite, projectRoot, type BuiltSite } from '../helpers/build.ts';

const BUILD_TIMEOUT = 240_000;
/** Incremental builds are opt-in (astro.config.mjs). */
const INCREMENTAL = { INCREMENTAL_BUILD: '1' };

let incremental: BuiltSite;
let full: BuiltSite;
let second: BuiltSite;
/** The page of every published document, exemplar, campaign and article: the pages with a cache key. */
let entryPages: string[];

/*
 * Each edit reaches the pages that show it through one relation only, so that a key
 * missing that relation leaves a stale page and fails the comparison with a full build.
 */
const edits: [file: string, edit: (text: string) => string][] = [
  // An issuer's short name. Its documents' pages show it directly; the article
  // "nguoi-tho-may-cai-tien-lo-say-ca-phe" shows it two steps away (article → document → issuer).
  ['organizations/lien-doan-lao-dong-tinh.yaml', (t) => t.replace(/^shortName: .*$/m, 'shortName: Công đoàn tỉnh')],
  // A citing document's title: shown on the page of the document it cites
  // ("cong-van-day-manh-tuyen-truyen-guong-dien-hinh-tien-tien"), which refers to nothing edited.
  [
    'documents/huong-dan-thi-dua-khen-thuong-nam-hoc-2025-2026.md',
    (t) => t.replace(/^title: .*$/m, 'title: "Hướng dẫn công tác thi đua, khen thưởng năm học 2025 - 2026 (đã sửa)"'),
  ],
  // A document in a campaign's list of newest documents: the campaign page shows its title.
  [
    'documents/ke-hoach-dot-thi-dua-ky-niem-80-nam-ngay-thuong-binh-liet-si.md',
    (t) =>
      t.replace(
        /^title: .*$/m,
        'title: "Kế hoạch đợt thi đua “Đền ơn đáp nghĩa” kỷ niệm 80 năm Ngày Thương binh - Liệt sĩ (đã sửa)"',
      ),
  ],
  // Only the text of a document.
  [
    'documents/cong-van-dang-ky-thi-dua-ky-giao-uoc-nam-2026.md',
    (t) => `${t.trimEnd()}\n\nĐoạn bổ sung khi biên tập lại.\n`,
  ],
];

/**
 * A new article about K'Tiếp: their page lists it (news about an exemplar), and the other
 * article about them ("nguoi-mo-duong-o-thon-kla-dong") shows it as related news.
 */
const newArticle = `---
title: "K'Tiếp cùng thanh niên thôn K'La Đơng mở thêm đường vào rẫy"
summary: "Sau con đường đầu tiên, anh K'Tiếp vận động thêm mười hộ góp công mở nhánh đường mới vào khu rẫy cà phê."
publishedAt: 2026-11-02
category: guong-sang
author: "Minh Châu"
exemplars:
  - k-tiep
---

Mùa khô năm nay, anh K'Tiếp cùng đoàn viên thanh niên trong thôn góp công mở thêm gần một cây số đường đất.
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
  writeFileSync(path.join(content, 'news/k-tiep-mo-them-duong-vao-ray.md'), newArticle);
}

/** Astro prints "(restored)" for each page copied from the previous build. */
const restored = (output: string) => [...output.matchAll(/─ (\S+) \(restored\)/g)].map((m) => m[1]!);

const htmlOf = (dist: string) => listFiles(dist).filter((f) => f.endsWith('.html'));

beforeAll(() => {
  const root = prepareSite('incremental', path.join(projectRoot, 'content'));
  const { entries } = checkContent({ root });
  entryPages = (['documents', 'exemplars', 'campaigns', 'news'] as const).flatMap((c) =>
    [...entries[c].values()].filter((e) => !e.held).map((e) => `${entryPath(c, e.id)}index.html`),
  );
  const first = buildSite(root, INCREMENTAL);
  if (first.status !== 0) throw new Error(first.output);
  // An unchanged rebuild first: every entry page is restored.
  second = buildSite(root, INCREMENTAL);
  applyEdits(root);
  incremental = buildSite(root, INCREMENTAL);
  // What the rebuild printed, for whoever reads a failure.
  writeFileSync(path.join(root, 'rebuild.log'), incremental.output);

  // The same content, built from scratch with an empty cache, as a default build does.
  full = buildSite(prepareSite('incremental-full', path.join(root, 'content')));
}, BUILD_TIMEOUT * 2);

describe('incremental build', () => {
  it('restores every entry page, and only those, when nothing changed', () => {
    expect(second.status, second.output).toBe(0);
    expect(entryPages.length).toBeGreaterThan(60);
    expect(restored(second.output).sort()).toEqual([...entryPages].sort());
  });

  it('after edits, renders again the pages that show an edited entry and restores the others', () => {
    expect(incremental.status, incremental.output).toBe(0);
    const pages = restored(incremental.output);
    expect(pages.length).toBeGreaterThan(30);
    // Pages that show what was edited are rendered, not restored.
    for (const page of [
      '/guong-dien-hinh/k-tiep/index.html',
      '/tin-tuc/nguoi-mo-duong-o-thon-kla-dong/index.html',
      '/tin-tuc/nguoi-tho-may-cai-tien-lo-say-ca-phe/index.html',
      '/van-ban/cong-van-day-manh-tuyen-truyen-guong-dien-hinh-tien-tien/index.html',
      '/van-ban/cong-van-dang-ky-thi-dua-ky-giao-uoc-nam-2026/index.html',
      '/phong-trao/dot-thi-dua-ky-niem-80-nam-ngay-thuong-binh-liet-si/index.html',
    ]) {
      expect(pages, page).not.toContain(page);
      expect(existsSync(path.join(incremental.dist, page)), page).toBe(true);
    }
  });

  it('gives exactly the pages a full build of the edited content gives', () => {
    expect(full.status, full.output).toBe(0);
    const files = htmlOf(full.dist);
    expect(htmlOf(incremental.dist)).toEqual(files);
    const differ = files.filter(
      (f) => !readFileSync(path.join(incremental.dist, f)).equals(readFileSync(path.join(full.dist, f))),
    );
    expect(differ).toEqual([]);
    // The edits are there (the comparison above is not between two stale builds).
    expect(readFileSync(path.join(full.dist, 'guong-dien-hinh/k-tiep/index.html'), 'utf8')).toContain(
      'mở thêm đường vào rẫy',
    );
    expect(
      readFileSync(path.join(full.dist, 'tin-tuc/nguoi-tho-may-cai-tien-lo-say-ca-phe/index.html'), 'utf8'),
    ).toContain('Công đoàn tỉnh');
  });

  it('still writes the share image of every restored page', () => {
    for (const page of restored(incremental.output).filter((p) =>
      /^\/(van-ban|guong-dien-hinh|phong-trao|tin-tuc)\//.test(p),
    )) {
      const dir = path.join(incremental.dist, path.dirname(page));
      expect(existsSync(path.join(dir, 'anh-chia-se.png')) || existsSync(path.join(dir, 'anh-chia-se.jpg')), page).toBe(
        true,
      );
    }
  });
});
