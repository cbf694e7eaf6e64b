import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site } from '../../data/content.ts';
import { newsFeed } from '../../data/feeds.ts';
import { rssOptions } from '../../lib/feeds.ts';

/** `/tin-tuc/rss.xml`: the newest articles. */
export const GET: APIRoute = async (context) => rss(rssOptions(newsFeed(await site()), context.site!));
