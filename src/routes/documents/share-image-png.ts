// The share image of each page in /van-ban/ (documents have no photo, so always PNG).
import { shareImageRoute } from '../../data/share.ts';

export const { getStaticPaths, GET } = shareImageRoute('documents', 'png');
