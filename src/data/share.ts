/**
 * What each page shows when it is shared on Zalo or Facebook: the card drawn for it
 * (src/lib/share-image.ts), its address next to the page (`/van-ban/<slug>/anh-chia-se.png`),
 * and the `share` prop the page hands to BaseLayout for the `og:*` and `twitter:*` tags.
 * Pages and image endpoints both go through `shareCard`, so a page always points at
 * the image drawn for it (same card, same format, same file name). In a production build
 * each section's `getStaticPaths` asks for its images (`wantShareImages`) and
 * scripts/after-build.ts writes them once Astro is done; the endpoints serve them in
 * `astro dev`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths, ImageMetadata } from 'astro';
import { formatDateLong } from '../vocabulary/dates.ts';
import { documentKindLabel } from '../vocabulary/labels.ts';
import { parseYamlValues, splitFile } from '../lib/check/frontmatter.ts';
import { activeShareImageCache } from '../lib/share-image-cache.ts';
import {
  renderShareImage,
  shareImageFormat,
  shareImageMime,
  type ShareCard,
  type ShareImageFormat,
} from '../lib/share-image.ts';
import { shareImagePath } from '../lib/routes.ts';
import { SITE_SHARE_IMAGE, type PageShare } from '../lib/share-meta.ts';
import { board } from '../site.ts';
import {
  docPostedAt,
  entriesOf,
  resolveOne,
  site,
  type Campaign,
  type Doc,
  type Exemplar,
  type News,
  type EntryCollection,
  type EntryOf,
  type Site,
} from './content.ts';

/** The sections whose pages have their own share image: every collection with entry pages. */
type Sections = EntryOf;
export type ShareSection = EntryCollection;

/** "ngày 07 tháng 3 năm 2026" → "Ngày 07 tháng 3 năm 2026". */
const capital = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
const host = () => {
  try {
    return new URL(import.meta.env.SITE).host;
  } catch {
    return undefined;
  }
};
const frame = () => ({ boardName: board.name, siteName: board.siteName, host: host() });

/**
 * The source file of an entry's image. During a build the image object Astro gives a
 * content entry is a proxy that answers `fsPath` with the file's absolute path (without
 * marking the original as used in the output). Should a later Astro stop doing so, the
 * path is read back from the entry's frontmatter, relative to the entry's file; and if
 * neither finds the file, the build stops rather than silently dropping the photo.
 */
export function imageSourceFile(
  image: ImageMetadata | undefined,
  entry: { id: string; filePath?: string | undefined },
  field: string,
): string | undefined {
  if (!image) return undefined;
  const fsPath: unknown = Reflect.get(image, 'fsPath');
  if (typeof fsPath === 'string' && existsSync(fsPath)) return fsPath;
  if (entry.filePath) {
    const file = path.resolve(entry.filePath);
    const split = existsSync(file) ? splitFile(readFileSync(file, 'utf8'), false) : undefined;
    const parsed = split && 'yaml' in split ? parseYamlValues(split.yaml) : undefined;
    const written = parsed && 'data' in parsed ? (parsed.data as Record<string, unknown>)[field] : undefined;
    if (typeof written === 'string') {
      const resolved = path.resolve(path.dirname(file), written);
      if (existsSync(resolved)) return resolved;
    }
  }
  throw new Error(`Ảnh chia sẻ: không tìm thấy tệp ảnh "${field}" của ${entry.filePath ?? entry.id}`);
}

/** The card of one entry. */
function shareCard<K extends ShareSection>(section: K, entry: Sections[K], s: Site): ShareCard {
  switch (section) {
    case 'documents': {
      const d = (entry as Doc).data;
      const issuer = resolveOne(s.org, d.issuer);
      return {
        ...frame(),
        kindLabel: documentKindLabel[d.kind],
        number: d.number,
        title: d.title,
        line: [capital(formatDateLong(d.issuedAt)), issuer?.data.name].filter(Boolean).join(' · '),
      };
    }
    case 'exemplars': {
      const e = entry as Exemplar;
      const d = e.data;
      const award = [...d.awards].sort((a, b) => b.year - a.year)[0];
      return {
        ...frame(),
        kindLabel: 'Gương điển hình',
        title: d.name,
        subtitle: d.summary,
        line: award ? `${award.title}, ${award.year}` : (d.unit ?? `Đăng ${formatDateLong(d.publishedAt)}`),
        photo: imageSourceFile(d.photo, e, 'photo'),
      };
    }
    case 'campaigns': {
      const c = entry as Campaign;
      const d = c.data;
      return {
        ...frame(),
        kindLabel: 'Phong trào thi đua',
        title: d.title,
        subtitle: d.theme ? `Chủ đề: “${d.theme}”` : undefined,
        line: `Phát động ${formatDateLong(d.launchedAt)}`,
        photo: imageSourceFile(d.cover, c, 'cover'),
      };
    }
    default: {
      const n = entry as News;
      return {
        ...frame(),
        kindLabel: 'Tin tức',
        title: n.data.title,
        // The sapo, as far as the title leaves room for it.
        subtitle: n.data.summary,
        line: capital(formatDateLong(n.data.publishedAt)),
        photo: imageSourceFile(n.data.cover, n, 'cover'),
      };
    }
  }
}

/** The site's own card, for pages without one (home, lists, about). */
function siteShareCard(): ShareCard {
  return {
    ...frame(),
    kindLabel: 'Cổng thông tin điện tử',
    title: board.name,
    subtitle: 'Văn bản · Phong trào thi đua · Gương điển hình · Tin tức',
    line: `Trực thuộc ${board.parentName}`,
  };
}

const publishedAt = <K extends ShareSection>(section: K, entry: Sections[K]): string => {
  switch (section) {
    case 'documents':
      return docPostedAt(entry as Doc);
    case 'campaigns':
      return (entry as Campaign).data.launchedAt;
    default:
      return (entry as Exemplar | News).data.publishedAt;
  }
};

const imagePath = <K extends ShareSection>(section: K, entry: Sections[K], card: ShareCard) =>
  shareImagePath(section, entry.id, shareImageFormat(card));

/**
 * In a production build, asks for the image of each entry page of a section, to be
 * written after `astro build` (scripts/after-build.ts). Called from the section's
 * `getStaticPaths`, which runs on every build, including pages an incremental build
 * does not render again.
 */
export function wantShareImages<K extends ShareSection>(section: K, entries: readonly Sections[K][], s: Site): void {
  const cache = activeShareImageCache();
  if (!cache?.writesAfterBuild) return;
  for (const entry of entries) {
    const card = shareCard(section, entry, s);
    cache.want(imagePath(section, entry, card), card);
  }
}

/** The `share` prop of an entry's page. */
export function pageShare<K extends ShareSection>(section: K, entry: Sections[K], s: Site): PageShare {
  const card = shareCard(section, entry, s);
  const image = imagePath(section, entry, card);
  return {
    image,
    alt: `${card.kindLabel}${card.number ? ' số ' + card.number : ''}: ${card.title}. ${card.line}. ${board.name}.`,
    type: 'article',
    publishedTime: publishedAt(section, entry),
  };
}

/** An image, from the build's cache when there is one. */
async function imageResponse(card: ShareCard): Promise<Response> {
  const image = await (activeShareImageCache()?.get(card) ?? renderShareImage(card));
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': shareImageMime[shareImageFormat(card)] } });
}

/**
 * `getStaticPaths` and `GET` of a section's image endpoint for one format, in `astro dev`
 * (`src/routes/<collection>/share-image-png.ts`, `…-jpg.ts`): one image
 * per published entry whose card has that format (JPEG with a photo, PNG without).
 * The extension is in the file name, not a parameter, so that Astro knows the route is
 * a file and `trailingSlash: 'always'` leaves it alone.
 */
export function shareImageRoute<K extends ShareSection>(
  section: K,
  format: ShareImageFormat,
): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () => {
      // A production build writes the images the sections asked for (see wantShareImages).
      if (activeShareImageCache()?.writesAfterBuild) return [];
      const s = await site();
      return entriesOf(s, section)
        .map((entry) => ({ entry, card: shareCard(section, entry, s) }))
        .filter(({ card }) => shareImageFormat(card) === format)
        .map(({ entry, card }) => ({ params: { slug: entry.id }, props: { card } }));
    },
    GET: ({ props }) => imageResponse((props as { card: ShareCard }).card),
  };
}

/**
 * `GET` of the site's own image (`src/pages/anh-chia-se.png.ts`). A route without
 * parameters is always built, so in a production build it asks for its card like the
 * pages do and answers with an empty file, which the step after `astro build` replaces
 * with the card (scripts/after-build.ts); in `astro dev` it draws the card.
 */
export const siteShareImage: APIRoute = () => {
  const card = siteShareCard();
  const cache = activeShareImageCache();
  if (cache?.writesAfterBuild) {
    cache.want(SITE_SHARE_IMAGE, card);
    return new Response(new Uint8Array(0), { headers: { 'Content-Type': shareImageMime.png } });
  }
  return imageResponse(card);
};
