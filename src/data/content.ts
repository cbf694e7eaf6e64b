/**
 * The site's one door to content: every page reads entries through here, so drafts
 * (organizations proposed by the importer and not yet confirmed among them) and
 * profiles without consent are left out in one place, and each collection is read once
 * per build. References to entries that are not published resolve to `undefined`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareDatesDesc, dateSortKey } from '../vocabulary/dates.ts';
import { collator } from '../lib/text.ts';
import { postedAt } from '../lib/status.ts';
import { holdReason } from '../lib/visibility.ts';

export type Doc = CollectionEntry<'documents'>;
export type Campaign = CollectionEntry<'campaigns'>;
export type Exemplar = CollectionEntry<'exemplars'>;
export type News = CollectionEntry<'news'>;
export type Org = CollectionEntry<'organizations'>;
type Ref = { id: string };

/** When a document was posted: `publishedAt`, or else its date of issue. */
export const docPostedAt = (d: Doc) => postedAt(d.data);

export interface Site {
  documents: Doc[];
  campaigns: Campaign[];
  exemplars: Exemplar[];
  news: News[];
  organizations: Org[];
  doc: Map<string, Doc>;
  campaign: Map<string, Campaign>;
  exemplar: Map<string, Exemplar>;
  article: Map<string, News>;
  org: Map<string, Org>;
}

/** The collections with a page per entry, and the type of their entries. */
export interface EntryOf {
  documents: Doc;
  campaigns: Campaign;
  exemplars: Exemplar;
  news: News;
}
export type EntryCollection = keyof EntryOf;

/** The published entries of a collection with entry pages. */
export const entriesOf = <C extends EntryCollection>(s: Site, c: C) => s[c] as unknown as EntryOf[C][];

let cache: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const visible = <T extends { data: object }>(collection: string, list: T[]) =>
    list.filter((e) => !holdReason(collection, e.data as Record<string, unknown>));
  const [documents, campaigns, exemplars, news, organizations] = await Promise.all([
    getCollection('documents').then((l) => visible('documents', l)),
    getCollection('campaigns').then((l) => visible('campaigns', l)),
    getCollection('exemplars').then((l) => visible('exemplars', l)),
    getCollection('news').then((l) => visible('news', l)),
    getCollection('organizations').then((l) => visible('organizations', l)),
  ]);
  documents.sort(
    (a, b) => compareDatesDesc(a.data.issuedAt, b.data.issuedAt) || collator.compare(a.data.title, b.data.title),
  );
  campaigns.sort(
    (a, b) =>
      compareDatesDesc(a.data.period.start, b.data.period.start) || collator.compare(a.data.title, b.data.title),
  );
  exemplars.sort(
    (a, b) => compareDatesDesc(a.data.publishedAt, b.data.publishedAt) || collator.compare(a.data.name, b.data.name),
  );
  news.sort(
    (a, b) => compareDatesDesc(a.data.publishedAt, b.data.publishedAt) || collator.compare(a.data.title, b.data.title),
  );
  organizations.sort((a, b) => collator.compare(a.data.name, b.data.name));
  const byId = <T extends { id: string }>(l: T[]) => new Map(l.map((e) => [e.id, e]));
  return {
    documents,
    campaigns,
    exemplars,
    news,
    organizations,
    doc: byId(documents),
    campaign: byId(campaigns),
    exemplar: byId(exemplars),
    article: byId(news),
    org: byId(organizations),
  };
}

/** All published content, loaded once. */
export function site(): Promise<Site> {
  cache ??= load();
  return cache;
}

/** Resolves a list of references to the published entries among them, in order. */
export function resolveAll<T>(map: Map<string, T>, refs: readonly Ref[] | undefined): T[] {
  return (refs ?? []).flatMap((r) => {
    const e = map.get(r.id);
    return e ? [e] : [];
  });
}

export function resolveOne<T>(map: Map<string, T>, ref: Ref | undefined): T | undefined {
  return ref ? map.get(ref.id) : undefined;
}

const refsOf = (list: readonly Ref[] | undefined) => new Set((list ?? []).map((r) => r.id));

type CampaignLinks = { documents: Doc[]; exemplars: Exemplar[]; news: News[] };
const campaignIndex = new WeakMap<Site, Map<string, CampaignLinks>>();

/** Everything that references a campaign, in each collection's order; indexed once per site. */
export function campaignLinks(s: Site, id: string): CampaignLinks {
  let index = campaignIndex.get(s);
  if (!index) {
    const built = new Map<string, CampaignLinks>();
    const add = <K extends keyof CampaignLinks>(key: K, entries: CampaignLinks[K]) => {
      for (const e of entries) {
        for (const c of refsOf(e.data.campaigns)) {
          let links = built.get(c);
          if (!links) built.set(c, (links = { documents: [], exemplars: [], news: [] }));
          (links[key] as (typeof e)[]).push(e);
        }
      }
    };
    add('documents', s.documents);
    add('exemplars', s.exemplars);
    add('news', s.news);
    campaignIndex.set(s, (index = built));
  }
  return index.get(id) ?? { documents: [], exemplars: [], news: [] };
}

/** Weight of a shared reference in "Tin liên quan": a shared exemplar or document says more than a shared campaign. */
const RELATED_WEIGHT = { campaigns: 1, exemplars: 2, documents: 2 } as const;
type RelatedKey = keyof typeof RELATED_WEIGHT;

/** For each referenced entry, the articles that reference it; built once per site. */
const newsByRef = new WeakMap<Site, Map<string, News[]>>();
function articlesReferencing(s: Site): Map<string, News[]> {
  let index = newsByRef.get(s);
  if (!index) {
    index = new Map();
    for (const n of s.news) {
      for (const key of Object.keys(RELATED_WEIGHT) as RelatedKey[]) {
        for (const id of refsOf(n.data[key])) {
          const k = `${key}:${id}`;
          const list = index.get(k);
          if (list) list.push(n);
          else index.set(k, [n]);
        }
      }
    }
    newsByRef.set(s, index);
  }
  return index;
}

/**
 * "Tin liên quan": other articles sharing campaigns, exemplars or documents with this
 * one, most shared first, then newest. Candidates come from the article's own
 * references through an index built once, so the cost does not grow with the archive.
 */
export function relatedNews(s: Site, article: News, limit = 4): News[] {
  const index = articlesReferencing(s);
  const scores = new Map<News, number>();
  for (const key of Object.keys(RELATED_WEIGHT) as RelatedKey[]) {
    for (const id of refsOf(article.data[key])) {
      for (const other of index.get(`${key}:${id}`) ?? []) {
        if (other.id !== article.id) scores.set(other, (scores.get(other) ?? 0) + RELATED_WEIGHT[key]);
      }
    }
  }
  return [...scores.entries()]
    .sort(([a, sa], [b, sb]) => sb - sa || compareDatesDesc(a.data.publishedAt, b.data.publishedAt))
    .slice(0, limit)
    .map(([n]) => n);
}

/** News that mention an exemplar, newest first; from the index built once per site. */
export const newsAbout = (s: Site, exemplarId: string): News[] =>
  articlesReferencing(s).get(`exemplars:${exemplarId}`) ?? [];

/** For each document, the documents citing it in their legal bases; built once per site. */

/** Deadlines assigned to an organization, soonest first. */
export function deadlinesFor(s: Site, orgId: string) {
  return s.documents
    .flatMap((doc) => doc.data.deadlines.filter((d) => d.assignee?.id === orgId).map((deadline) => ({ doc, deadline })))
    .sort((a, b) => (dateSortKey(a.deadline.date) < dateSortKey(b.deadline.date) ? -1 : 1));
}
