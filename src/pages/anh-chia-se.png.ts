// The site's own share image, for pages that have none of their own.
import { siteShareImage } from '../data/share.ts';

export const GET = siteShareImage;
