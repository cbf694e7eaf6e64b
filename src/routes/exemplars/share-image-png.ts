// The share image of each page in /guong-dien-hinh/ without a photo; those with one are anh-chia-se.jpg.
import { shareImageRoute } from '../../data/share.ts';

export const { getStaticPaths, GET } = shareImageRoute('exemplars', 'png');
