/**
 * Cache keys of the entry pages, for Astro's incremental static builds
 * (`experimental.incrementalBuild`, docs/adr/0008-incremental-builds.md). Astro skips a
 * page whose key and code are unchanged since the last build and copies its previous
 * output instead, so a key must change whenever anything the page shows changes:
 *
 * - the entry itself (Astro's digest of its file, and its data as parsed, which carries
 *   the content hash of each image it uses);
 * - every entry the page lists: documents replacing, amending, repealing, guiding or citing a document, news about an exemplar,
 *   a campaign's newest documents, exemplars and news (and how many there are), an
 *   article's related news; a list that changes order or members changes the key;
 * - every entry that the page or a listed entry refers to (issuer, signer, campaigns,
 *   legal bases, deadline assignees, awardees, award decisions), and every entry those
 *   refer to in turn (an article lists its documents with their issuers);
 * - the validity of every document among those, which follows from other documents'
 *   relations and the build date (a document listed anywhere shows its state);
 * - the build date, which decides deadline and campaign status: the first build of a
 *   day renders every page again.
 *
 * A key may change when the page's output does not (a listed entry's unrelated field);
 * it must never stay the same when the output changes. test/build/incremental.test.ts
 * edits entries of each kind and checks that an incremental rebuild gives the same files
 * as a full build.
 */
import { createHash } from 'node:crypto';
import { buildDate } from '../vocabulary/dates.ts';
import { incrementalBuilds } from '../lib/incremental.ts';
import { libraryRelations } from './relations.ts';
import { validityOf } from '../lib/validity.ts';
import {
  campaignLinks,
  newsAbout,
  relatedNews,
  type Campaign,
  type Doc,
  type Exemplar,
  type News,
  type Site,
} from './content.ts';
import { campaignShown } from './facets.ts';

/** Bump to make every page render again once, when a change the keys cannot see requires it. */
const KEY_VERSION = 1;

interface Entry {
  id: string;
  collection: string;
  digest?: string | number | undefined;
  data: object;
}

interface Ref {
  collection: string;
  id: string;
}

const isRef = (v: unknown): v is Ref =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Ref).collection === 'string' &&
  typeof (v as Ref).id === 'string' &&
  Object.keys(v).length === 2;

/** Every reference (`{ collection, id }`) anywhere in an entry's data. */
function refsIn(value: unknown, out: Ref[] = []): Ref[] {
  if (isRef(value)) out.push(value);
  else if (Array.isArray(value)) for (const v of value) refsIn(v, out);
  else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const v of Object.values(value)) refsIn(v, out);
  }
  return out;
}

const fingerprints = new WeakMap<object, string>();

/** What an entry looks like: its file's digest and its parsed data (image URLs carry the file's hash). */
function fingerprint(entry: Entry): string {
  let f = fingerprints.get(entry);
  if (f === undefined) {
    f = createHash('sha256')
      .update(String(entry.digest ?? ''))
      .update('\0')
      .update(JSON.stringify(entry.data))
      .digest('hex');
    fingerprints.set(entry, f);
  }
  return f;
}

function lookup(s: Site, ref: Ref): Entry | undefined {
  switch (ref.collection) {
    case 'documents':
      return s.doc.get(ref.id);
    case 'campaigns':
      return s.campaign.get(ref.id);
    case 'exemplars':
      return s.exemplar.get(ref.id);
    case 'news':
      return s.article.get(ref.id);
    case 'organizations':
      return s.org.get(ref.id);
    default:
      // A collection this module does not know: no key can be trusted.
      throw new Error(`page-keys: tham chiếu tới bộ sưu tập chưa biết "${ref.collection}"`);
  }
}

/**
 * The key of a page showing `entry`, the entries it lists, and `extra` (counts and the
 * like); none when incremental builds are off, since Astro would not read it.
 */
function pageKey(s: Site, entry: Entry, listed: () => readonly Entry[], extra: unknown = null): string | undefined {
  if (!incrementalBuilds()) return undefined;
  const hash = createHash('sha256').update(`${KEY_VERSION}\0${buildDate()}\0${JSON.stringify(extra)}\0`);
  const seen = new Set<string>();
  const relations = libraryRelations(s);
  const add = (key: string, e: Entry | undefined) => {
    if (seen.has(key)) return;
    seen.add(key);
    // A reference to an entry held back (a draft) shows nothing; publishing it changes the key.
    hash.update(`${key}=${e ? fingerprint(e) : 'không có'}\n`);
    if (e?.collection === 'documents') hash.update(`${JSON.stringify(validityOf(e.id, relations, buildDate()))}\n`);
  };
  for (const e of [entry, ...listed()]) {
    add(`${e.collection}:${e.id}`, e);
    for (const ref of refsIn(e.data)) {
      const target = lookup(s, ref);
      add(`${ref.collection}:${ref.id}`, target);
      // And what those show in turn: an article lists its documents with their issuers.
      for (const next of target ? refsIn(target.data) : []) add(`${next.collection}:${next.id}`, lookup(s, next));
    }
  }
  return hash.digest('hex').slice(0, 32);
}

/** `/van-ban/<slug>/`: the document, and the documents acting on it or citing it in their bases. */
export const documentPageKey = (s: Site, doc: Doc): string | undefined =>
  pageKey(s, doc, () => (libraryRelations(s).incoming.get(doc.id) ?? []).flatMap((x) => s.doc.get(x.by) ?? []));

/** `/guong-dien-hinh/<slug>/`: the exemplar, and the news about them. */
export const exemplarPageKey = (s: Site, exemplar: Exemplar): string | undefined =>
  pageKey(s, exemplar, () => newsAbout(s, exemplar.id));

/** `/phong-trao/<slug>/`: the campaign, its newest documents, exemplars and news, and how many of each. */
export function campaignPageKey(s: Site, campaign: Campaign): string | undefined {
  const links = campaignLinks(s, campaign.id);
  const listed = () => [
    ...links.documents.slice(0, campaignShown.documents),
    ...links.exemplars.slice(0, campaignShown.exemplars),
    ...links.news.slice(0, campaignShown.news),
  ];
  return pageKey(s, campaign, listed, [links.documents.length, links.exemplars.length, links.news.length]);
}

/** `/tin-tuc/<slug>/`: the article, and its related news. */
export const newsPageKey = (s: Site, article: News): string | undefined =>
  pageKey(s, article, () => relatedNews(s, article));
