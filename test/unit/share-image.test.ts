/**
 * Share images: the card is 1200×630 in the format its file name says, every
 * Vietnamese letter has a glyph, the cache key follows what the card shows, and the
 * cache draws a card once and then reuses it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { openSync, type Font } from 'fontkit';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { renderShareImage, shareImageFormat, shareImageKey, type ShareCard } from '../../src/lib/share-image.ts';
import { shareImageFonts } from '../../src/lib/share-image-canvas.ts';
import { fitTitle, titleLines } from '../../src/lib/share-image-layout.ts';
import { ShareImageCache, SHARE_IMAGE_MANIFEST, writeShareImages } from '../../src/lib/share-image-cache.ts';
import { imageSourceFile } from '../../src/data/share.ts';
import { projectRoot } from '../helpers/build.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const photo = path.join(projectRoot, 'test/fixtures/site/content/exemplars/nguyen-van-dong-y.jpg');

const longTitle =
  'Quyết định về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các tập thể, cá nhân có thành tích xuất sắc ' +
  'trong phong trào thi đua “Lâm Đồng chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025, ' +
  'đợt khen thưởng đặc biệt dành cho đồng bào các dân tộc thiểu số ở Đắk Mil, Đơn Dương và Lạc Dương';

const base: ShareCard = {
  kindLabel: 'Quyết định',
  number: '2415/QĐ-UBND',
  title: longTitle,
  line: 'Ngày 10 tháng 12 năm 2025 · Ủy ban nhân dân tỉnh Lâm Đồng',
  boardName: 'Ban Thi đua - Khen thưởng tỉnh Lâm Đồng',
  siteName: 'Thi đua - Khen thưởng Lâm Đồng',
  host: 'thiduakhenthuong.lamdong.gov.vn',
};

const tmp = mkdtempSync(path.join(tmpdir(), 'share-image-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('renderShareImage', () => {
  it('draws a card with a long Vietnamese title and a photo as a 1200×630 JPEG', async () => {
    const card = { ...base, kindLabel: 'Gương điển hình', photo };
    const image = await renderShareImage(card);
    expect(shareImageFormat(card)).toBe('jpg');
    expect(image.subarray(0, 3).equals(JPEG)).toBe(true);
    const meta = await sharp(image).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
    expect(image.length).toBeLessThan(150 * 1024);
  });

  it('draws a card without a photo as a 1200×630 PNG', async () => {
    const image = await renderShareImage(base);
    expect(shareImageFormat(base)).toBe('png');
    expect(image.subarray(0, 8).equals(PNG)).toBe(true);
    const meta = await sharp(image).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    expect(image.length).toBeLessThan(150 * 1024);
  });

  it('shows the photo in the right-hand panel', async () => {
    const withPhoto = await sharp(await renderShareImage({ ...base, photo }))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const without = await sharp(await renderShareImage(base))
      .raw()
      .toBuffer({ resolveWithObject: true });
    // A pixel inside the photo panel, below the texts (x 1000, y 610): white without a photo, not with one.
    const at = (img: typeof without, x: number, y: number) => [
      ...img.data.subarray(
        (y * img.info.width + x) * img.info.channels,
        (y * img.info.width + x) * img.info.channels + 3,
      ),
    ];
    expect(at(without, 1000, 610)).toEqual([255, 255, 255]);
    expect(at(withPhoto, 1000, 610)).not.toEqual([255, 255, 255]);
  });
});

describe('fonts', () => {
  const letters = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
  const all = [...new Set(letters + letters.toLocaleUpperCase('vi') + '0123456789.,:;“”‘’-–—…·/')];

  /** Which letters no file of `files` has a glyph for, read from the fonts' own character maps. */
  function missing(files: { path: string }[]): string[] {
    const faces = files.map((f) => openSync(f.path) as Font);
    return all.filter((c) => !faces.some((face) => face.hasGlyphForCodePoint(c.codePointAt(0)!)));
  }

  it('have a glyph for every Vietnamese letter, in both weights', () => {
    const { files } = shareImageFonts();
    expect(files.map((f) => f.weight).sort()).toEqual([400, 400, 400, 700, 700, 700]);
    for (const weight of [400, 700]) expect(missing(files.filter((f) => f.weight === weight))).toEqual([]);
  });

  it('would miss letters with the Latin subset alone (the check above can fail)', () => {
    const latin = shareImageFonts().files.filter((f) => f.subset === 'latin');
    expect(missing(latin).join('')).toMatch(/ặ|đ|ư/);
  });

  it('draw each letter in Be Vietnam Pro, not in a system font', () => {
    const { files, family } = shareImageFonts();
    const canvas = createCanvas(60, 60);
    const ctx = canvas.getContext('2d');
    const draw = (c: string, font: string) => {
      ctx.clearRect(0, 0, 60, 60);
      ctx.font = font;
      ctx.fillText(c, 10, 45);
      return Buffer.from(canvas.data());
    };
    /** How unlike two drawings are: differing coverage over the coverage of both (0 = same). */
    const unlike = (a: Buffer, b: Buffer) => {
      let diff = 0;
      let ink = 0;
      for (let i = 3; i < a.length; i += 4) {
        diff += Math.abs(a[i]! - b[i]!);
        ink += Math.max(a[i]!, b[i]!);
      }
      return diff / Math.max(1, ink);
    };
    // The card's family first: a file registered later is also a fallback Skia would find.
    const drawn = new Map(
      all.flatMap((c) => [400, 700].map((w) => [`${c} ${w}`, draw(c, `${w} 40px "${family}"`)] as const)),
    );
    // Then each file alone, under a name of its own. A file draws a letter from its own
    // glyph, or composed from a base letter and marks (as HarfBuzz does for "À" in the
    // file that has "A" and "◌̀"); the family may take either, so the drawings differ by
    // a pixel here and there. What must hold: each letter looks more like one of our
    // files than like any system font.
    for (const file of files) GlobalFonts.registerFromPath(file.path, `probe ${file.subset} ${file.weight}`);
    const faces = files.map((f) => ({ ...f, face: openSync(f.path) as Font }));
    const canDraw = (face: Font, c: string) =>
      [c, c.normalize('NFD')].some((form) => [...form].every((p) => face.hasGlyphForCodePoint(p.codePointAt(0)!)));
    const failures: string[] = [];
    for (const c of all) {
      for (const weight of [400, 700]) {
        const ours = drawn.get(`${c} ${weight}`)!;
        const own = Math.min(
          ...faces
            .filter((f) => f.weight === weight && canDraw(f.face, c))
            .map((f) => unlike(ours, draw(c, `${weight} 40px "probe ${f.subset} ${weight}"`))),
        );
        const system = Math.min(
          ...['DejaVu Sans', 'Liberation Sans', 'sans-serif'].map((name) =>
            unlike(ours, draw(c, `${weight} 40px "${name}"`)),
          ),
        );
        if (!(own < system)) failures.push(`${c} ${weight}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('fitTitle', () => {
  it('sets short titles large and long ones smaller, within 5 lines', () => {
    const short = fitTitle({ title: 'Hoàng Thị Sen', line: '' }, false);
    const long = fitTitle({ title: longTitle, line: base.line }, false);
    expect(short.size).toBe(60);
    expect(long.size).toBeLessThan(short.size);
    expect(long.lines).toBeLessThanOrEqual(5);
  });

  it('gives the title room before the subtitle', () => {
    const title = 'Phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2026';
    const subtitle = 'Chủ đề: “Đoàn kết, chủ động, sáng tạo, phát triển bền vững” trong toàn tỉnh và các địa phương';
    const fit = fitTitle({ title, subtitle, line: 'Phát động ngày 09 tháng 01 năm 2026' }, true);
    expect(fit.lines).toBeGreaterThanOrEqual(4);
    expect(fit.subtitleLines).toBeLessThan(3);
  });

  // Laying out the whole title grew with the square of its length (47 s at 16,000
  // characters); only what can show is laid out now. The bound is a generous guard.
  it.each([
    [
      'words',
      Array.from({ length: 200 }, () => longTitle)
        .join(' ')
        .slice(0, 50_000),
    ],
    ['one endless word', 'Đ'.repeat(50_000)],
  ])('lays out a 50,000-character title (%s) in well under a second, cut with "…"', async (_, title) => {
    expect(title).toHaveLength(50_000);
    const card = { ...base, title };
    const start = performance.now();
    const fit = fitTitle(card, false);
    const lines = titleLines(card, false, fit);
    const image = await renderShareImage({ ...card, photo });
    expect(performance.now() - start).toBeLessThan(2000);
    expect(lines).toHaveLength(fit.lines);
    expect(lines.at(-1)).toMatch(/…$/);
    // The card shows the start of the title, as it would for its first 2,000 characters.
    expect(lines).toEqual(titleLines({ ...card, title: title.slice(0, 2000) }, false));
    expect(image.subarray(0, 3).equals(JPEG)).toBe(true);
  });

  it('lays out a title that fits without "…"', () => {
    const lines = titleLines({ ...base, title: 'Kế hoạch thi đua năm 2026' }, false);
    expect(lines).toEqual(['Kế hoạch thi đua năm 2026']);
  });
});

describe('shareImageKey', () => {
  it('changes when the title changes', () => {
    expect(shareImageKey({ ...base, title: base.title + ' (sửa)' })).not.toBe(shareImageKey(base));
  });

  it('changes with any text the card shows, and with the photo bytes', () => {
    const key = shareImageKey({ ...base, photo });
    expect(shareImageKey({ ...base, photo, line: 'Ngày 11 tháng 12 năm 2025' })).not.toBe(key);
    expect(shareImageKey({ ...base, photo, number: '2416/QĐ-UBND' })).not.toBe(key);
    expect(shareImageKey({ ...base, photo: Buffer.concat([readFileSync(photo), Buffer.from([0])]) })).not.toBe(key);
  });

  it('stays the same otherwise: same texts, same photo bytes (as a path or as bytes), fields in any order', () => {
    const key = shareImageKey({ ...base, photo });
    expect(shareImageKey({ ...base, photo })).toBe(key);
    expect(shareImageKey({ ...base, photo: readFileSync(photo) })).toBe(key);
    const reordered = Object.fromEntries(Object.entries({ ...base, photo }).reverse()) as unknown as ShareCard;
    expect(shareImageKey(reordered)).toBe(key);
    expect(shareImageKey({ ...base, subtitle: undefined })).toBe(shareImageKey(base));
  });
});

describe('ShareImageCache', () => {
  it('draws a card once, then reuses the stored image byte for byte; prunes what a build no longer uses', async () => {
    const dir = path.join(tmp, 'cache');
    const first = new ShareImageCache(dir);
    const a = await first.get(base);
    const b = await first.get({ ...base, title: 'Kế hoạch tổ chức Hội nghị tổng kết' });
    expect([first.made, first.reused]).toEqual([2, 0]);
    expect(first.summary()).toMatch(/^Ảnh chia sẻ: 2 tạo mới, 0 dùng lại/);

    const second = new ShareImageCache(dir);
    expect((await second.get(base)).equals(a)).toBe(true);
    expect([second.made, second.reused]).toEqual([0, 1]);
    expect(second.summary()).toBe('Ảnh chia sẻ: 0 tạo mới, 1 dùng lại.');
    // The card no longer asked for is deleted; the one used stays.
    expect(second.prune()).toBe(1);
    expect(readdirSync(dir)).toEqual([`${shareImageKey(base)}.png`]);
    expect(b.length).toBeGreaterThan(0);
  });

  it('writes the images a build asked for into the output: drawn once, then copied from the cache', async () => {
    const dir = path.join(tmp, 'cache-wanted');
    const dist = path.join(tmp, 'dist');
    const other = { ...base, title: 'Kế hoạch tổ chức Hội nghị tổng kết' };
    const build = () => {
      const cache = new ShareImageCache(dir);
      cache.want('/van-ban/a/anh-chia-se.png', base);
      cache.want('/van-ban/b/anh-chia-se.png', other);
      // The same card for two pages is drawn once.
      cache.want('/van-ban/c/anh-chia-se.png', base);
      mkdirSync(dist, { recursive: true });
      cache.saveWanted(path.join(dist, SHARE_IMAGE_MANIFEST));
    };
    const quiet = () => {};
    build();
    expect(await writeShareImages(dist, quiet)).toEqual({ made: 2, reused: 1 });
    const a = readFileSync(path.join(dist, 'van-ban/a/anh-chia-se.png'));
    expect(readFileSync(path.join(dist, 'van-ban/c/anh-chia-se.png')).equals(a)).toBe(true);
    expect(existsSync(path.join(dist, SHARE_IMAGE_MANIFEST))).toBe(false);

    build();
    expect(await writeShareImages(dist, quiet)).toEqual({ made: 0, reused: 3 });
    expect(readFileSync(path.join(dist, 'van-ban/a/anh-chia-se.png')).equals(a)).toBe(true);
  });

  it('stops with a message when astro build has not run first', async () => {
    await expect(writeShareImages(path.join(tmp, 'no-build'), () => {})).rejects.toThrow(/astro build/);
  });
});

describe('imageSourceFile', () => {
  const entry = {
    id: 'nguyen-van-dong-y',
    filePath: path.relative(
      process.cwd(),
      path.join(projectRoot, 'test/fixtures/site/content/exemplars/nguyen-van-dong-y.md'),
    ),
  };
  const metadata = { src: '/_astro/x.jpg', width: 800, height: 1000, format: 'jpg' as const };

  it("takes the file from the image's fsPath, as Astro's build gives it", () => {
    const image = new Proxy(metadata, { get: (t, k) => (k === 'fsPath' ? photo : Reflect.get(t, k)) });
    expect(imageSourceFile(image, { id: 'x' }, 'photo')).toBe(photo);
  });

  it("falls back to the path written in the entry's frontmatter, relative to the entry", () => {
    expect(imageSourceFile(metadata, entry, 'photo')).toBe(photo);
  });

  it('stops the build when the photo cannot be found, rather than drop it silently', () => {
    expect(() => imageSourceFile(metadata, entry, 'cover')).toThrow(/không tìm thấy tệp ảnh "cover"/);
  });

  it('gives nothing for an entry without a photo', () => {
    expect(imageSourceFile(undefined, entry, 'photo')).toBeUndefined();
  });
});
