/** The filters of each listing (static sub-pages, no JavaScript). */
import { buildDate, yearOf } from '../vocabulary/dates.ts';
import { VALIDITY_STATES, validityLabel, type ValidityState } from '../lib/validity.ts';
import { documentValidity } from './relations.ts';
import {
  documentKindLabel,
  documentKinds,
  exemplarKindLabel,
  newsCategories,
  newsCategoryLabel,
  type DocumentKind,
  type ExemplarKind,
  type NewsCategory,
} from '../vocabulary/labels.ts';
import type { Facet } from '../lib/listing.ts';
import type { FacetKey } from '../lib/routes.ts';
import { slugify } from '../vocabulary/slug.ts';
import type { Doc, Exemplar, News, Site } from './content.ts';

/** A listing filter whose key is one of the address segments of `routes.ts`: a misspelt key does not compile. */
type SiteFacet<T> = Facet<T> & { key: FacetKey };

const byYearDesc = (a: string, b: string) => Number(b) - Number(a);

/** Labels of free-text values (fields, localities), keyed by their slug. */
function labelIndex<T>(items: T[], texts: (item: T) => string[]) {
  const labels = new Map<string, string>();
  for (const item of items) for (const t of texts(item)) if (!labels.has(slugify(t))) labels.set(slugify(t), t);
  return labels;
}

/**
 * By campaign: `/van-ban/phong-trao/<slug>/` and its pages, which a campaign page links
 * to instead of listing every entry of a large movement itself.
 */
function campaignFacet<T extends { data: { campaigns: { id: string }[] } }>(s: Site): SiteFacet<T> {
  return {
    key: 'phong-trao',
    label: 'Phong trào thi đua',
    values: (e) => e.data.campaigns.flatMap((r) => (s.campaign.has(r.id) ? [r.id] : [])),
    valueLabel: (v) => s.campaign.get(v)?.data.title ?? v,
  };
}

export function documentFacets(s: Site, today = buildDate()): SiteFacet<Doc>[] {
  return [
    {
      key: 'loai',
      label: 'Loại văn bản',
      values: (d) => [d.data.kind],
      valueLabel: (v) => documentKindLabel[v as DocumentKind],
      compare: (a, b) => documentKinds.indexOf(a as DocumentKind) - documentKinds.indexOf(b as DocumentKind),
    },
    {
      key: 'nam',
      label: 'Năm ban hành',
      values: (d) => [String(yearOf(d.data.issuedAt))],
      valueLabel: (v) => v,
      compare: byYearDesc,
    },
    {
      key: 'co-quan',
      label: 'Cơ quan ban hành',
      values: (d) => [d.data.issuer.id],
      valueLabel: (v) => s.org.get(v)?.data.name ?? v,
    },
    {
      // On the build date; documents that show no state (plans, notices) are in none.
      key: 'hieu-luc',
      label: 'Tình trạng hiệu lực',
      values: (d) => {
        const v = documentValidity(s, d, today);
        return v ? [v.state] : [];
      },
      valueLabel: (v) => validityLabel[v as ValidityState],
      compare: (a, b) => VALIDITY_STATES.indexOf(a as ValidityState) - VALIDITY_STATES.indexOf(b as ValidityState),
    },
    campaignFacet<Doc>(s),
  ];
}

/**
 * The document filters that combine two at a time (`/van-ban/loai/ke-hoach/nam/2026/`),
 * in the order of their keys in an address; campaigns do not combine (a campaign page
 * lists its own).
 */
export const documentCombined: FacetKey[] = ['loai', 'nam', 'co-quan', 'hieu-luc'];

const localityNames = (e: Exemplar) =>
  [e.data.locality.province, e.data.locality.district, e.data.locality.commune].filter((x): x is string => !!x);

export function exemplarFacets(s: Site): SiteFacet<Exemplar>[] {
  const fields = labelIndex(s.exemplars, (e) => e.data.fields);
  const places = labelIndex(s.exemplars, localityNames);
  return [
    {
      key: 'loai',
      label: 'Cá nhân, tập thể',
      values: (e) => [e.data.kind],
      valueLabel: (v) => exemplarKindLabel[v as ExemplarKind],
    },
    {
      key: 'dia-phuong',
      label: 'Địa phương',
      values: (e) => localityNames(e).map(slugify),
      valueLabel: (v) => places.get(v) ?? v,
    },
    {
      key: 'linh-vuc',
      label: 'Lĩnh vực',
      values: (e) => e.data.fields.map(slugify),
      valueLabel: (v) => fields.get(v) ?? v,
    },
    {
      key: 'nam',
      label: 'Năm đăng',
      values: (e) => [String(yearOf(e.data.publishedAt))],
      valueLabel: (v) => v,
      compare: byYearDesc,
    },
    campaignFacet<Exemplar>(s),
  ];
}

export function newsFacets(s: Site): SiteFacet<News>[] {
  return [
    {
      key: 'chuyen-muc',
      label: 'Chuyên mục',
      values: (n) => [n.data.category],
      valueLabel: (v) => newsCategoryLabel[v as NewsCategory],
      compare: (a, b) => newsCategories.indexOf(a as NewsCategory) - newsCategories.indexOf(b as NewsCategory),
    },
    {
      key: 'nam',
      label: 'Năm',
      values: (n) => [String(yearOf(n.data.publishedAt))],
      valueLabel: (v) => v,
      compare: byYearDesc,
    },
    campaignFacet<News>(s),
  ];
}

/** How many of each kind a campaign page shows before linking to the full listing. */
export const campaignShown = { documents: 6, exemplars: 4, news: 4 } as const;

/** Entries per listing page; the contract asks for 20 news a page. */
export const pageSize = { documents: 20, exemplars: 24, news: 20 } as const;
