import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site } from '../../data/content.ts';
import { documentsFeed } from '../../data/feeds.ts';
import { rssOptions } from '../../lib/feeds.ts';

/** `/van-ban/rss.xml`: the newest documents, by the date they were posted. */
export const GET: APIRoute = async (context) => rss(rssOptions(documentsFeed(await site()), context.site!));
