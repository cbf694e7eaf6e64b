// The share image of each page in /tin-tuc/ without a photo; those with one are anh-chia-se.jpg.
import { shareImageRoute } from '../../data/share.ts';

export const { getStaticPaths, GET } = shareImageRoute('news', 'png');
