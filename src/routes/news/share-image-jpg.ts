// The share image of each page in /tin-tuc/ with a photo; those without one are anh-chia-se.png.
import { shareImageRoute } from '../../data/share.ts';

export const { getStaticPaths, GET } = shareImageRoute('news', 'jpg');
