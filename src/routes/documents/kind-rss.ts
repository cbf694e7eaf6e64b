import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site } from '../../data/content.ts';
import { kindFeeds } from '../../data/feeds.ts';
import { rssOptions, type FeedChannel } from '../../lib/feeds.ts';

/** `/van-ban/loai/<kind>/rss.xml`: the newest documents of one kind, for each kind with documents. */
export async function getStaticPaths() {
  return kindFeeds(await site()).map(({ kind, channel }) => ({ params: { kind }, props: { channel } }));
}

export const GET: APIRoute<{ channel: FeedChannel }> = (context) =>
  rss(rssOptions(context.props.channel, context.site!));
