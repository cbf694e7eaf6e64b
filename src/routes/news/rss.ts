import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { resolveAll, site } from '../../data/content.ts';
import { FEED_SIZE, newestItems, newsFeedItem } from '../../lib/feeds.ts';
import { newsCategoryLabel } from '../../vocabulary/labels.ts';
import { board } from '../../site.ts';

/** `/tin-tuc/rss.xml`: the newest articles. */
export const GET: APIRoute = async (context) => {
  const s = await site();
  const items = s.news.map((n) =>
    newsFeedItem({
      id: n.id,
      title: n.data.title,
      summary: n.data.summary,
      publishedAt: n.data.publishedAt,
      categoryLabel: newsCategoryLabel[n.data.category],
      author: n.data.author,
      campaigns: resolveAll(s.campaign, n.data.campaigns).map((c) => c.data.title),
    }),
  );
  return rss({
    title: `Tin tức - ${board.siteName}`,
    description: `${FEED_SIZE} tin mới nhất về phong trào thi đua, khen thưởng và gương điển hình tiên tiến của ${board.name}.`,
    site: context.site!,
    items: newestItems(items),
    customData: '<language>vi</language>',
    trailingSlash: true,
  });
};
