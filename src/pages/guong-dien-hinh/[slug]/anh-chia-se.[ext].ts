// The share image of each page in /guong-dien-hinh/: anh-chia-se.png, or .jpg when it has a photo.
import { shareImageRoute } from '../../../data/share.ts';

export const { getStaticPaths, GET } = shareImageRoute('guong-dien-hinh');
