import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { docPostedAt, resolveAll, resolveOne, site } from '../../data/content.ts';
import { formatDateLong } from '../../vocabulary/dates.ts';
import { documentFeedItem, FEED_SIZE, newestItems } from '../../lib/feeds.ts';
import { board } from '../../site.ts';

/** `/van-ban/rss.xml`: the newest documents, by the date they were posted. */
export const GET: APIRoute = async (context) => {
  const s = await site();
  const items = s.documents.map((doc) => {
    const d = doc.data;
    return documentFeedItem({
      id: doc.id,
      title: d.title,
      kind: d.kind,
      number: d.number,
      issuedAtText: formatDateLong(d.issuedAt),
      postedAt: docPostedAt(doc),
      issuer: resolveOne(s.org, d.issuer)?.data.name,
      signer: d.signer && `${d.signer.name} (${d.signer.title})`,
      fields: d.fields,
      campaigns: resolveAll(s.campaign, d.campaigns).map((c) => c.data.title),
    });
  });
  return rss({
    title: `Văn bản mới - ${board.siteName}`,
    description: `${FEED_SIZE} văn bản mới đăng nhất của ${board.name}: kế hoạch, chỉ thị, quyết định, hướng dẫn, thông báo, công văn, báo cáo.`,
    site: context.site!,
    items: newestItems(items),
    customData: '<language>vi</language>',
    trailingSlash: true,
  });
};
