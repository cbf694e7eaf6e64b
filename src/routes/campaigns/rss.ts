import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site } from '../../data/content.ts';
import { campaignFeeds } from '../../data/feeds.ts';
import { rssOptions, type FeedChannel } from '../../lib/feeds.ts';

/** `/phong-trao/<slug>/rss.xml`: one campaign's newest documents, news and exemplars, for every campaign. */
export async function getStaticPaths() {
  return campaignFeeds(await site()).map(({ slug, channel }) => ({ params: { slug }, props: { channel } }));
}

export const GET: APIRoute<{ channel: FeedChannel }> = (context) =>
  rss(rssOptions(context.props.channel, context.site!));
