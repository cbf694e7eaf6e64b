/**
 * The fixture site as an editor changes it: built first as it was before a round of
 * edits (a few entries missing, a few fields as they used to be), then the edits made
 * (the fixture content as it is) and built again in the same folder, with the cache and
 * the output of the first build, as a rebuild on an editor's machine or on CI is.
 *
 * Both builds are incremental (INCREMENTAL_BUILD=1, docs/adr/0008-incremental-builds.md)
 * so that the rebuild restores the entry pages whose keys did not change; the content
 * after the edits is the fixture content itself, so `fixtureSite()` (a default full
 * build of it) is what the rebuild must equal. Made once per test run and shared, like
 * `sampleSite()`.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite, fixtureContent, prepareSite, shared, tmpRoot, type BuiltSite } from './build.ts';

/** Incremental builds are opt-in (astro.config.mjs). */
const INCREMENTAL = { INCREMENTAL_BUILD: '1' };

/** Entries the edits add: absent from the first build. */
export const added = {
  /** A notice with a deadline, a timed event and an open public consultation (calendar). */
  notice: 'documents/thong-bao-hoi-nghi-hoa-mai-vang.md',
  /** An award decision that points at a draft, a draft campaign and a profile without consent (open data). */
  decision: 'documents/quyet-dinh-khen-thuong-dien-hinh-moi.md',
  /** A draft with dates: must stay out of the calendar. */
  draft: 'documents/ke-hoach-nhap-tuyet-tung.md',
  /** A second article about Hồ Thị Mai: her page lists it, the first article shows it as related news. */
  article: 'news/ho-thi-mai-huong-dan-hoi-vien-trong-dua.md',
} as const;

/**
 * Fields the edits change, each as [file, the text after the edit, the text before it].
 * Each reaches the pages that show it through one relation, so that a page key missing
 * that relation leaves a stale page (test/build/incremental.test.ts).
 */
export const edited = {
  /** An issuer's short name: its document's rows show it, and the article about that document (two steps away). */
  shortName: ['organizations/lien-doan-lao-dong-tinh-mau.yaml', 'shortName: Công đoàn tỉnh', 'shortName: LĐLĐ tỉnh'],
  /** A citing decision's title: shown on the plan it cites. */
  citingTitle: [
    'documents/quyet-dinh-khen-thuong-nam-2025.md',
    'title: Quyết định khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong đợt thi đua chào mừng Đại hội Đảng bộ tỉnh',
    'title: Quyết định khen thưởng đợt thi đua chào mừng Đại hội Đảng bộ tỉnh',
  ],
  /** A document in a campaign's list of newest documents: the campaign page shows its title. */
  listedTitle: [
    'documents/cong-van-dang-ky-thi-dua-nam-2026.md',
    'title: Công văn về việc đăng ký thi đua và đăng ký danh hiệu thi đua năm 2026',
    'title: Công văn về việc đăng ký thi đua năm 2026',
  ],
  /** Only the text of a document. */
  body: [
    'documents/thong-bao-lay-y-kien-khen-thuong-nam-2026.md',
    '\n\nÝ kiến góp ý gửi bằng văn bản hoặc thư điện tử về Sở Nội vụ tỉnh Mẫu, ghi rõ họ tên và địa chỉ người góp ý.\n',
    '\n',
  ],
  /** A new deadline in front of an existing one (calendar). */
  deadline: ['documents/ke-hoach-mau.md', '  - date: 2026-11\n    task: Rà soát danh sách Hoa Đào Hồng\n', ''],
  /** An article's title (its share image is drawn again). */
  newsTitle: [
    'news/tin-mau.md',
    'title: Tỉnh Mẫu phát động phong trào thi đua yêu nước năm 2026',
    'title: Tin mẫu về phong trào thi đua',
  ],
} as const satisfies Record<string, readonly [file: string, after: string, before: string]>;

/** The fixture content as it was before the edits, written over `content`. */
function undoEdits(content: string): void {
  for (const file of Object.values(added)) rmSync(path.join(content, file));
  for (const [file, after, before] of Object.values(edited)) {
    const full = path.join(content, file);
    const text = readFileSync(full, 'utf8');
    if (!text.includes(after)) throw new Error(`${file} no longer has “${after.trim()}”: the fixture has moved on`);
    writeFileSync(full, text.replace(after, before));
  }
}

export interface Rebuild {
  /** The first build, its output kept in a copy of dist/ (the rebuild replaces dist/). */
  before: BuiltSite;
  /** The rebuild after the edits, in the same folder. */
  after: BuiltSite;
  /** The site folder (its `.cache/` is the rebuild's cache). */
  root: string;
  /** The rebuild's output (`after.dist`). */
  dist: string;
}

/** A file the first build's output did not have, left in dist/ before the rebuild: it must be gone after. */
export const LEFTOVER = 'cu.txt';

export const fixtureRebuild = (): Rebuild =>
  shared('fixture-rebuild', () => {
    const root = prepareSite('fixture-rebuild', fixtureContent);
    const content = path.join(root, 'content');
    undoEdits(content);
    const first = buildSite(root, INCREMENTAL);
    const kept = path.join(tmpRoot, 'fixture-rebuild-before');
    rmSync(kept, { recursive: true, force: true });
    if (existsSync(first.dist)) cpSync(first.dist, kept, { recursive: true });
    const before = { ...first, dist: kept };
    // The edits: the fixture content as it is.
    rmSync(content, { recursive: true, force: true });
    cpSync(fixtureContent, content, { recursive: true });
    // The previous output is moved into the cache folder and deleted there during the build (src/integrations/old-output.ts).
    if (existsSync(first.dist)) writeFileSync(path.join(first.dist, LEFTOVER), 'bản dựng trước');
    const after = buildSite(root, INCREMENTAL);
    // What each build printed, for whoever reads a failure.
    writeFileSync(path.join(root, 'build-before.log'), first.output);
    writeFileSync(path.join(root, 'build-after.log'), after.output);
    return { before, after, root, dist: after.dist };
  });
