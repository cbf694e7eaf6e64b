import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site } from '../../data/content.ts';
import { issuerFeeds } from '../../data/feeds.ts';
import { rssOptions, type FeedChannel } from '../../lib/feeds.ts';

/** `/van-ban/co-quan/<org>/rss.xml`: the newest documents of one issuer, for each issuer with documents. */
export async function getStaticPaths() {
  return issuerFeeds(await site()).map(({ org, channel }) => ({ params: { org }, props: { channel } }));
}

export const GET: APIRoute<{ channel: FeedChannel }> = (context) =>
  rss(rssOptions(context.props.channel, context.site!));
