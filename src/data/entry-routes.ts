/**
 * `getStaticPaths` of the four entry pages (`/van-ban/<slug>/`, `/phong-trao/<slug>/`,
 * `/guong-dien-hinh/<slug>/`, `/tin-tuc/<slug>/`): one path per published entry, with
 * the cache key an incremental build compares (src/data/page-keys.ts).
 */
import { entriesOf, site, type EntryCollection, type EntryOf, type Site } from './content.ts';
import { campaignPageKey, documentPageKey, exemplarPageKey, newsPageKey } from './page-keys.ts';
import { wantShareImages } from './share.ts';

const keyOf: { [C in EntryCollection]: (s: Site, e: EntryOf[C]) => string | undefined } = {
  documents: documentPageKey,
  campaigns: campaignPageKey,
  exemplars: exemplarPageKey,
  news: newsPageKey,
};

/** The paths of a collection's entry pages, each entry handed to its page as the prop `prop`. */
export async function entryStaticPaths<C extends EntryCollection, P extends string>(collection: C, prop: P) {
  const s = await site();
  const entries = entriesOf(s, collection);
  // Share images are asked for here, not by the page: an unchanged page is not rendered
  // again in an incremental build, but its image is still written.
  wantShareImages(collection, entries, s);
  return entries.map((entry) => ({
    params: { slug: entry.id },
    props: { [prop]: entry } as Record<P, EntryOf[C]>,
    cacheKey: keyOf[collection](s, entry),
  }));
}
