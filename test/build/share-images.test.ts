/**
 * Share images over a real build of the fixture site: every published document,
 * exemplar, campaign and news page points its `og:image` at a 1200×630 file of its
 * own, and held-back entries get none. Then the rebuild after an editor's changes
 * (test/helpers/rebuild.ts): every image of an unchanged entry is reused byte for byte,
 * and exactly the images of the new and retitled entries are drawn.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckedEntry } from '../../src/lib/check/index.ts';
import { entryPath } from '../../src/lib/routes.ts';
import { fixtureContent, fixtureSite, listFiles, read, type BuiltSite } from '../helpers/build.ts';
import { added, edited, fixtureRebuild, LEFTOVER, type Rebuild } from '../helpers/rebuild.ts';

const SECTIONS = ['documents', 'exemplars', 'campaigns', 'news'] as const;
let first: BuiltSite;
let published: CheckedEntry[];
let held: CheckedEntry[];

/** Every share image in dist/, with a hash of its bytes. */
function shareImages(dist: string): Map<string, string> {
  return new Map(
    listFiles(dist)
      .filter((f) => /(^|\/)anh-chia-se\.(png|jpg)$/.test(f))
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(path.join(dist, f)))
          .digest('hex'),
      ]),
  );
}

/** "Ảnh chia sẻ: 12 tạo mới, 80 dùng lại" from a build's output. */
function summary(output: string): { made: number; reused: number } {
  const m = /Ảnh chia sẻ: (\d+) tạo mới, (\d+) dùng lại/.exec(output);
  if (!m) throw new Error(`no share image summary in the build output:\n${output}`);
  return { made: Number(m[1]), reused: Number(m[2]) };
}

const pageOf = (e: CheckedEntry) => entryPath(e.collection, e.id);
/** The section of each collection's pages. */
const sectionOf = {
  documents: 'van-ban',
  exemplars: 'guong-dien-hinh',
  campaigns: 'phong-trao',
  news: 'tin-tuc',
} as const;

beforeAll(() => {
  const content = checkContent({ root: path.dirname(fixtureContent) });
  const entries = SECTIONS.flatMap((c) => [...content.entries[c].values()]);
  published = entries.filter((e) => !e.held);
  held = entries.filter((e) => e.held);
  first = fixtureSite();
});

describe('share images', () => {
  it('are drawn at build time, one per published entry and one for the site', () => {
    expect(first.status, first.output).toBe(0);
    expect(published.length).toBeGreaterThanOrEqual(4);
    expect(held.length).toBeGreaterThanOrEqual(1);
    expect(summary(first.output)).toEqual({ made: published.length + 1, reused: 0 });
    expect(shareImages(first.dist).size).toBe(published.length + 1);
  });

  it('every published page points og:image and twitter:image at its own 1200×630 file in dist/', async () => {
    for (const entry of published) {
      const page = pageOf(entry);
      const $ = cheerio.load(read(path.join(first.dist, page, 'index.html')));
      const og = (p: string) => $(`meta[property="og:${p}"]`).attr('content');
      const tw = (n: string) => $(`meta[name="twitter:${n}"]`).attr('content');
      const image = new URL(og('image')!);
      expect(image.pathname, page).toMatch(new RegExp(`^${page}anh-chia-se\\.(png|jpg)$`));
      // Absolute, on the site's own address, like the canonical link.
      expect(image.origin).toBe(new URL($('link[rel="canonical"]').attr('href')!).origin);
      expect(og('url')).toBe($('link[rel="canonical"]').attr('href'));
      const meta = await sharp(path.join(first.dist, image.pathname)).metadata();
      expect([meta.width, meta.height], page).toEqual([1200, 630]);
      expect(og('image:type')).toBe(meta.format === 'jpeg' ? 'image/jpeg' : 'image/png');
      expect([og('image:width'), og('image:height')]).toEqual(['1200', '630']);
      expect(og('image:alt')?.length, page).toBeGreaterThan(10);
      expect([og('type'), og('locale'), og('site_name')]).toEqual([
        'article',
        'vi_VN',
        'Thi đua - Khen thưởng Lâm Đồng',
      ]);
      expect(og('title')).toBeTruthy();
      expect(og('description')).toBeTruthy();
      expect(tw('card')).toBe('summary_large_image');
      expect(tw('image')).toBe(og('image'));
      expect(tw('title')).toBe(og('title'));
      expect(tw('description')).toBe(og('description'));
      expect(tw('image:alt')).toBe(og('image:alt'));
    }
  });

  it('cards with a photo are JPEG, the others PNG', () => {
    const withPhoto = published.filter((e) => e.data.photo !== undefined || e.data.cover !== undefined);
    expect(withPhoto.length).toBeGreaterThan(0);
    for (const e of published) {
      const ext = withPhoto.includes(e) ? 'jpg' : 'png';
      expect(listFiles(path.join(first.dist, pageOf(e))), pageOf(e)).toContain(`anh-chia-se.${ext}`);
    }
  });

  it('other pages share the site image', async () => {
    const $ = cheerio.load(read(path.join(first.dist, 'index.html')));
    expect(new URL($('meta[property="og:image"]').attr('content')!).pathname).toBe('/anh-chia-se.png');
    expect($('meta[property="og:type"]').attr('content')).toBe('website');
    const meta = await sharp(path.join(first.dist, 'anh-chia-se.png')).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 630]);
  });

  it('held-back entries get no image (nor anything else)', () => {
    for (const e of held) expect(listFiles(path.join(first.dist, pageOf(e))), pageOf(e)).toEqual([]);
  });
});

describe('share images after an editor’s changes', () => {
  let rebuild: Rebuild;
  /** The share images the changes must redraw: those of the new entries and of the retitled ones. */
  const redrawn = [
    ...[added.notice, added.decision, added.article],
    ...[edited.citingTitle, edited.listedTitle, edited.newsTitle].map(([file]) => file),
  ]
    .map((file) => {
      const [collection, name] = file.split('/') as [keyof typeof sectionOf, string];
      return `${sectionOf[collection]}/${name.replace(/\.md$/, '')}/anh-chia-se.png`;
    })
    .sort();

  beforeAll(() => {
    rebuild = fixtureRebuild();
    expect(rebuild.before.status, rebuild.before.output).toBe(0);
    expect(rebuild.after.status, rebuild.after.output).toBe(0);
  });

  it('the first build draws every image', () => {
    const images = shareImages(rebuild.before.dist);
    expect(summary(rebuild.before.output)).toEqual({ made: images.size, reused: 0 });
  });

  it('the rebuild reuses every image of an unchanged entry, byte for byte, in an output cleared of the first', () => {
    const before = shareImages(rebuild.before.dist);
    const after = shareImages(rebuild.after.dist);
    expect(after.size).toBe(published.length + 1);
    expect(summary(rebuild.after.output)).toEqual({
      made: redrawn.length,
      reused: published.length + 1 - redrawn.length,
    });
    for (const [f, hash] of after) if (!redrawn.includes(f)) expect(before.get(f), f).toBe(hash);
    expect(existsSync(path.join(rebuild.after.dist, LEFTOVER))).toBe(false);
    expect(readdirSync(path.join(rebuild.root, '.cache')).filter((n) => n.startsWith('old-output-'))).toEqual([]);
  });

  it('draws again exactly the images of the new and retitled entries; the stale ones leave the cache', () => {
    const before = shareImages(rebuild.before.dist);
    const after = shareImages(rebuild.after.dist);
    const changed = [...after].filter(([f, hash]) => before.get(f) !== hash).map(([f]) => f);
    expect(changed.sort()).toEqual(redrawn);
    // And they are the images a full build of the same content draws.
    const full = shareImages(fixtureSite().dist);
    for (const f of redrawn) expect(after.get(f), f).toBe(full.get(f));
    expect(readdirSync(path.join(rebuild.root, '.cache/share-images'))).toHaveLength(published.length + 1);
  });
});
