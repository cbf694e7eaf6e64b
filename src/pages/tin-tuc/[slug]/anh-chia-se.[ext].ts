// The share image of each page in /tin-tuc/: anh-chia-se.png, or .jpg when it has a photo.
import { shareImageRoute } from '../../../data/share.ts';

export const { getStaticPaths, GET } = shareImageRoute('tin-tuc');
