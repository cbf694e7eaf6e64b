/**
 * Incremental builds (opt-in with INCREMENTAL_BUILD=1; src/data/page-keys.ts,
 * docs/adr/0008-incremental-builds.md): after editors change entries that other pages
 * show (an issuer's short name, a citing decision's title, a document in a campaign's
 * list, a document's text, a new article about an exemplar; test/helpers/rebuild.ts), a
 * rebuild that copies unchanged pages from the previous build must give exactly the
 * files a default full build of the same content gives (the fixture site), while
 * really skipping pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { entryPath } from '../../src/lib/routes.ts';
import { fixtureContent, fixtureSite, listFiles, type BuiltSite } from '../helpers/build.ts';
import { added, edited, fixtureRebuild, type Rebuild } from '../helpers/rebuild.ts';

let rebuild: Rebuild;
let full: BuiltSite;
/** The page of every published document, exemplar, campaign and article after the edits: the pages with a cache key. */
let entryPages: string[];

/** Astro prints "(restored)" for each page copied from the previous build. */
const restored = (output: string) => [...output.matchAll(/─ (\S+) \(restored\)/g)].map((m) => m[1]!);

const htmlOf = (dist: string) => listFiles(dist).filter((f) => f.endsWith('.html'));
/** The page of a document or an article, from its file under content/. */
const pageOf = (file: string) =>
  `/${file.replace(/\.md$/, '')}/index.html`.replace(/^\/documents\//, '/van-ban/').replace(/^\/news\//, '/tin-tuc/');

/**
 * The entry pages that show something the edits changed, each through the relation
 * named (src/data/page-keys.ts): they must be rendered again, every other entry page
 * restored.
 */
const showingEdits = [
  // The new entries' own pages.
  pageOf(added.notice),
  pageOf(added.decision),
  pageOf(added.article),
  // Edited entries' own pages.
  pageOf(edited.citingTitle[0]),
  pageOf(edited.listedTitle[0]),
  pageOf(edited.body[0]),
  pageOf(edited.deadline[0]),
  pageOf(edited.newsTitle[0]),
  // The issuer's short name: its document, and the article listing that document (two steps away).
  '/van-ban/huong-dan-thi-dua-trong-cong-nhan-lao-dong/index.html',
  '/tin-tuc/cong-nhan-lao-dong-thi-dua-lao-dong-gioi/index.html',
  // The citing decision's title, on the plan it cites.
  '/van-ban/ke-hoach-dot-thi-dua-chao-mung-dai-hoi/index.html',
  // The new article: the exemplar it is about, and the other article about her (related news).
  '/guong-dien-hinh/ho-thi-mai/index.html',
  '/tin-tuc/nguoi-trong-dua-luoi-o-xa-dak-son/index.html',
  // The retitled document in its campaign's list; the new decision in the same campaign,
  // and the retitled article among the campaign's news.
  '/phong-trao/thi-dua-mau-2026/index.html',
  // The new decision awards Hợp tác xã Mẫu; the retitled article is about it.
  '/guong-dien-hinh/tap-the-mau/index.html',
];

/**
 * Entry pages that neither show nor refer to anything edited, even through a listed
 * entry: their keys are unchanged, so they must be restored. The fixture's campaign
 * “Phường Hòa Bình xanh - sạch - đẹp” has a page of each kind, linked among themselves
 * (a plan, a report citing it, a profile, an article about both) and to nothing edited.
 * (A key may change when the page does not: the campaign of Hồ Thị Mai lists her, and
 * her award refers to the retitled decision; that page is in neither list.)
 */
const untouched = [
  '/guong-dien-hinh/nguyen-van-dong-y/index.html',
  '/phong-trao/phong-trao-xanh-sach-dep/index.html',
  '/van-ban/ke-hoach-xanh-sach-dep/index.html',
  '/van-ban/bao-cao-so-ket-xanh-sach-dep/index.html',
  '/guong-dien-hinh/to-dan-pho-hoa-binh/index.html',
  '/tin-tuc/phuong-hoa-binh-ra-quan-xanh-sach-dep/index.html',
];

beforeAll(() => {
  rebuild = fixtureRebuild();
  full = fixtureSite();
  const { entries } = checkContent({ root: path.dirname(fixtureContent) });
  entryPages = (['documents', 'exemplars', 'campaigns', 'news'] as const).flatMap((c) =>
    [...entries[c].values()].filter((e) => !e.held).map((e) => `${entryPath(c, e.id)}index.html`),
  );
});

describe('incremental build', () => {
  it('restores nothing on a first build', () => {
    expect(rebuild.before.status, rebuild.before.output).toBe(0);
    expect(restored(rebuild.before.output)).toEqual([]);
  });

  it('after edits, restores only entry pages, and every one that refers to nothing edited', () => {
    expect(rebuild.after.status, rebuild.after.output).toBe(0);
    for (const page of [...showingEdits, ...untouched]) expect(entryPages, page).toContain(page);
    const pages = restored(rebuild.after.output);
    for (const page of pages) expect(entryPages, page).toContain(page);
    for (const page of untouched) expect(pages, page).toContain(page);
  });

  it('renders again the pages that show an edited entry', () => {
    const pages = restored(rebuild.after.output);
    for (const page of showingEdits) {
      expect(pages, page).not.toContain(page);
      expect(existsSync(path.join(rebuild.after.dist, page)), page).toBe(true);
    }
  });

  it('gives exactly the pages a full build of the edited content gives', () => {
    expect(full.status, full.output).toBe(0);
    const files = htmlOf(full.dist);
    expect(htmlOf(rebuild.after.dist)).toEqual(files);
    const differ = files.filter(
      (f) => !readFileSync(path.join(rebuild.after.dist, f)).equals(readFileSync(path.join(full.dist, f))),
    );
    expect(differ).toEqual([]);
    // The edits are there (the comparison above is not between two stale builds).
    expect(readFileSync(path.join(full.dist, 'guong-dien-hinh/ho-thi-mai/index.html'), 'utf8')).toContain(
      'hướng dẫn hội viên phụ nữ xây nhà màng',
    );
    expect(
      readFileSync(path.join(full.dist, 'tin-tuc/cong-nhan-lao-dong-thi-dua-lao-dong-gioi/index.html'), 'utf8'),
    ).toContain('Công đoàn tỉnh');
    // And the pages really changed between the two builds.
    for (const page of [
      'guong-dien-hinh/ho-thi-mai/index.html',
      'tin-tuc/cong-nhan-lao-dong-thi-dua-lao-dong-gioi/index.html',
      'van-ban/ke-hoach-dot-thi-dua-chao-mung-dai-hoi/index.html',
      'phong-trao/thi-dua-mau-2026/index.html',
    ])
      expect(
        readFileSync(path.join(rebuild.before.dist, page)).equals(readFileSync(path.join(full.dist, page))),
        page,
      ).toBe(false);
  });

  it('still writes the share image of every restored page', () => {
    const pages = restored(rebuild.after.output).filter((p) =>
      /^\/(van-ban|guong-dien-hinh|phong-trao|tin-tuc)\//.test(p),
    );
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const dir = path.join(rebuild.after.dist, path.dirname(page));
      expect(existsSync(path.join(dir, 'anh-chia-se.png')) || existsSync(path.join(dir, 'anh-chia-se.jpg')), page).toBe(
        true,
      );
    }
  });
});
