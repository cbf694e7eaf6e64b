import type { Site } from '../../src/data/content.ts';

/** A Site of the given entries, as `site()` builds it from the content store. */
export function siteOf(entries: { collection: string; id: string }[]): Site {
  const of = (c: string) => entries.filter((e) => e.collection === c) as never[];
  const byId = (l: { id: string }[]) => new Map(l.map((e) => [e.id, e]));
  const [documents, campaigns, exemplars, news, organizations] = [
    'documents',
    'campaigns',
    'exemplars',
    'news',
    'organizations',
  ].map(of);
  return {
    documents: documents!,
    campaigns: campaigns!,
    exemplars: exemplars!,
    news: news!,
    organizations: organizations!,
    doc: byId(documents!),
    campaign: byId(campaigns!),
    exemplar: byId(exemplars!),
    article: byId(news!),
    org: byId(organizations!),
  } as unknown as Site;
}
