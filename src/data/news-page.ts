/**
 * What an article's page shows beyond its own fields: the campaigns and documents it
 * mentions (each document with its issuer, as its row shows it), the exemplars in it,
 * and related news.
 */
import { entryPath } from '../lib/routes.ts';
import {
  relatedNews,
  resolveAll,
  resolveOne,
  type Doc,
  type Exemplar,
  type News,
  type Org,
  type Site,
} from './content.ts';
import type { Link } from './document-page.ts';

export interface NewsView {
  campaigns: Link[];
  documents: { doc: Doc; issuer: Org | undefined }[];
  exemplars: Exemplar[];
  related: News[];
}

export function newsView(article: News, s: Site): NewsView {
  const d = article.data;
  return {
    campaigns: resolveAll(s.campaign, d.campaigns).map((c) => ({
      href: entryPath('campaigns', c.id),
      name: c.data.title,
    })),
    documents: resolveAll(s.doc, d.documents).map((doc) => ({ doc, issuer: resolveOne(s.org, doc.data.issuer) })),
    exemplars: resolveAll(s.exemplar, d.exemplars),
    related: relatedNews(s, article),
  };
}
