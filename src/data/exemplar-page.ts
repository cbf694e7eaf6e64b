/**
 * What an exemplar's profile shows beyond its own fields: the places it belongs to (from
 * the commune up, each a filter of the listing), its campaigns, the news about it, and
 * its awards newest first, each linked to the decision when that is in the library.
 */
import { entryPath, facetPath } from '../lib/routes.ts';
import { slugify } from '../vocabulary/slug.ts';
import { newsAbout, resolveAll, resolveOne, type Campaign, type Exemplar, type News, type Site } from './content.ts';
import type { Link } from './document-page.ts';

export interface ExemplarView {
  places: Link[];
  campaigns: Campaign[];
  news: News[];
  awards: { year: number; title: string; decision: Link | undefined }[];
}

export function exemplarView(exemplar: Exemplar, s: Site): ExemplarView {
  const d = exemplar.data;
  const places = [d.locality.commune, d.locality.district, d.locality.province].filter((x): x is string => !!x);
  return {
    places: places.map((p) => ({ href: facetPath('exemplars', 'dia-phuong', slugify(p)), name: p })),
    campaigns: resolveAll(s.campaign, d.campaigns),
    news: newsAbout(s, exemplar.id),
    awards: [...d.awards]
      .sort((a, b) => b.year - a.year)
      .map((a) => {
        const decision = resolveOne(s.doc, a.decision);
        return {
          year: a.year,
          title: a.title,
          decision: decision && {
            href: entryPath('documents', decision.id),
            name: decision.data.number ? `Quyết định số ${decision.data.number}` : decision.data.title,
          },
        };
      }),
  };
}
