/**
 * Share images over a real build of the fixture site: every published document,
 * exemplar, campaign and news page points its `og:image` at a 1200×630 file of its
 * own, held-back entries get none, and a second build reuses every image byte for
 * byte; editing one title redraws exactly that one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckedEntry } from '../../src/lib/check/index.ts';
import { entryPath } from '../../src/lib/routes.ts';
import { buildSite, listFiles, prepareSite, projectRoot, read, type BuiltSite } from '../helpers/build.ts';

const SECTIONS = ['documents', 'exemplars', 'campaigns', 'news'] as const;
const BUILD_TIMEOUT = 300_000;

let root: string;
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

beforeAll(() => {
  root = prepareSite('share-images', path.join(projectRoot, 'test/fixtures/site/content'));
  const entries = SECTIONS.flatMap((c) => [...checkContent({ root }).entries[c].values()]);
  published = entries.filter((e) => !e.held);
  held = entries.filter((e) => e.held);
  first = buildSite(root);
}, BUILD_TIMEOUT);

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

  it(
    'a second build reuses every image, byte for byte, in an output cleared of the first',
    () => {
      const before = shareImages(first.dist);
      // The previous output is moved into the cache folder and deleted there during the build (src/integrations/old-output.ts).
      writeFileSync(path.join(first.dist, 'cu.txt'), 'bản dựng trước');
      const second = buildSite(root);
      expect(second.status, second.output).toBe(0);
      expect(summary(second.output)).toEqual({ made: 0, reused: published.length + 1 });
      expect(shareImages(second.dist)).toEqual(before);
      expect(existsSync(path.join(second.dist, 'cu.txt'))).toBe(false);
      expect(readdirSync(path.join(root, '.cache')).filter((n) => n.startsWith('old-output-'))).toEqual([]);
    },
    BUILD_TIMEOUT,
  );

  it(
    'after one title changes, exactly that image is drawn again; the stale one leaves the cache',
    () => {
      const before = shareImages(first.dist);
      const file = path.join(root, 'content/news/tin-mau.md');
      writeFileSync(file, read(file).replace(/^title: .*$/m, 'title: Tin mẫu về phong trào thi đua (đã sửa tiêu đề)'));
      const third = buildSite(root);
      expect(third.status, third.output).toBe(0);
      expect(summary(third.output)).toEqual({ made: 1, reused: published.length });
      const after = shareImages(third.dist);
      const changed = [...after].filter(([f, hash]) => before.get(f) !== hash).map(([f]) => f);
      expect(changed).toEqual(['tin-tuc/tin-mau/anh-chia-se.png']);
      expect(readdirSync(path.join(root, '.cache/share-images'))).toHaveLength(published.length + 1);
    },
    BUILD_TIMEOUT,
  );
});
