// The share image of each page in /guong-dien-hinh/ with a photo; those without one are anh-chia-se.png.
import { shareImageRoute } from '../../data/share.ts';

export const { getStaticPaths, GET } = shareImageRoute('exemplars', 'jpg');
