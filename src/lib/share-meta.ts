/**
 * The public side of share images, without the renderer: where they are, their size,
 * and what a page passes to BaseLayout for its `og:*` and `twitter:*` tags.
 */

/** Pixel size of every share image (Facebook's and Zalo's large link preview). */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** File name of a page's share image, inside the page's folder: `/van-ban/<slug>/anh-chia-se.png`. */
export const SHARE_IMAGE_NAME = 'anh-chia-se';

/** The site's own share image, for pages without one. */
export const SITE_SHARE_IMAGE = `/${SHARE_IMAGE_NAME}.png`;

/** What BaseLayout needs for the share tags of a page. */
export interface PageShare {
  /** Path (or absolute URL) of the image: `/van-ban/<slug>/anh-chia-se.png`. */
  image: string;
  /** Text alternative of the image (`og:image:alt`). */
  alt: string;
  /** `article` for an entry's page, `website` for the rest. */
  type?: 'article' | 'website' | undefined;
  /** Date of publication, ISO (`article:published_time`). */
  publishedTime?: string | undefined;
}

/** MIME type of a share image by its file name. */
export const shareImageTypeOf = (file: string): string => (/\.jpe?g$/i.test(file) ? 'image/jpeg' : 'image/png');
