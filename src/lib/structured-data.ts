import { pagePath } from './routes.ts';
import type { ValidityState } from './validity.ts';
/**
 * schema.org structured data (JSON-LD) for the portal's pages, built from plain entry
 * data so it can be unit-tested without Astro. Search engines and aggregators read
 * these; the types follow what each page is: a legal document (`Legislation`), a person
 * or collective with its awards (`Person`/`Organization`), a news article
 * (`NewsArticle`), and the board itself (`GovernmentOrganization`).
 */

const CONTEXT = 'https://schema.org';

/** Absolute URL of a site path. */
export type UrlOf = (path: string) => string;

interface OrgRef {
  name: string;
  url?: string | undefined;
}

/** What the structured data says of the board (`board` in src/site.ts), handed in by the caller. */
export interface BoardFacts {
  name: string;
  siteName: string;
  email: string;
  phone: string;
  address: string;
  province: string;
  parentName: string;
}

/** The board, as publisher of every page and as the subject of the about pages. */
export function boardData(board: BoardFacts, url: UrlOf, withContext = true) {
  return {
    ...(withContext ? { '@context': CONTEXT } : {}),
    '@type': 'GovernmentOrganization',
    '@id': url(`${pagePath('about')}#ban-thi-dua-khen-thuong`),
    name: board.name,
    alternateName: board.siteName,
    url: url('/'),
    email: board.email,
    telephone: board.phone,
    address: {
      '@type': 'PostalAddress',
      streetAddress: board.address,
      addressRegion: board.province,
      addressCountry: 'VN',
    },
    parentOrganization: { '@type': 'GovernmentOrganization', name: board.parentName },
  };
}

const govOrg = (o: OrgRef) => ({ '@type': 'GovernmentOrganization', name: o.name, ...(o.url ? { url: o.url } : {}) });

export interface LegislationInput {
  url: string;
  title: string;
  kindLabel: string;
  number?: string | undefined;
  /** ISO date, possibly partial (`YYYY-MM`), which ISO 8601 and schema.org accept. */
  issuedAt: string;
  postedAt: string;
  issuer?: OrgRef | undefined;
  signer?: { name: string; title: string } | undefined;
  fields: string[];
  /** Absolute URLs of the documents cited as legal bases that are in the library. */
  basis: string[];
  /** Absolute URLs of the library's documents this one replaces, amends, repeals or guides. */
  replaces?: string[] | undefined;
  amends?: string[] | undefined;
  repeals?: string[] | undefined;
  guides?: string[] | undefined;
  /** Its state on the build date, when it shows one (src/lib/validity.ts). */
  validity?: { state: ValidityState; until?: string | undefined } | undefined;
  attachments: { url: string; title: string; type: string }[];
  image?: string | undefined;
}

/**
 * schema.org's `LegalForceStatus` for a state: an amended document is still in force
 * (as amended); one not yet in force and one that has ended are not. `PartiallyInForce`
 * is never said: the library records no partial repeal.
 */
export const legalForce: Record<ValidityState, string> = {
  'con-hieu-luc': `${CONTEXT}/InForce`,
  'da-sua-doi': `${CONTEXT}/InForce`,
  'chua-co-hieu-luc': `${CONTEXT}/NotInForce`,
  'het-hieu-luc': `${CONTEXT}/NotInForce`,
};

/**
 * Links to other documents by their pages' `@id`, under the schema.org property for the
 * relation: `legislationChanges` for a replacement (schema.org has no narrower term),
 * `legislationAmends` and `legislationRepeals` (its sub-properties), and
 * `legislationEnsuresImplementationOf` for a guiding document ("hướng dẫn thi hành").
 */
function relationLinks(d: LegislationInput) {
  const links = (urls: string[] | undefined) => (urls ?? []).map((u) => ({ '@id': u }));
  const pairs = [
    ['legislationChanges', links(d.replaces)],
    ['legislationAmends', links(d.amends)],
    ['legislationRepeals', links(d.repeals)],
    ['legislationEnsuresImplementationOf', links(d.guides)],
  ] as const;
  return Object.fromEntries(pairs.filter(([, v]) => v.length));
}

/** A document of the library as `Legislation`. */
export function legislationData(d: LegislationInput, url: UrlOf, board: BoardFacts) {
  return {
    '@context': CONTEXT,
    '@type': 'Legislation',
    '@id': d.url,
    url: d.url,
    name: d.title,
    legislationType: d.kindLabel,
    ...(d.number ? { legislationIdentifier: d.number } : {}),
    legislationDate: d.issuedAt,
    datePublished: d.postedAt,
    inLanguage: 'vi',
    ...(d.issuer ? { legislationPassedBy: govOrg(d.issuer) } : {}),
    ...(d.signer
      ? { legislationResponsible: { '@type': 'Person', name: d.signer.name, jobTitle: d.signer.title } }
      : {}),
    legislationJurisdiction: `tỉnh ${board.province}, Việt Nam`,
    ...(d.fields.length ? { keywords: d.fields.join(', ') } : {}),
    ...(d.basis.length ? { isBasedOn: d.basis } : {}),
    ...relationLinks(d),
    // The state on the build date; `expires` is its last day in force, once known.
    ...(d.validity ? { legislationLegalForce: legalForce[d.validity.state] } : {}),
    ...(d.validity?.until ? { expires: d.validity.until } : {}),
    ...(d.attachments.length
      ? {
          encoding: d.attachments.map((a) => ({
            '@type': 'MediaObject',
            contentUrl: a.url,
            name: a.title,
            encodingFormat: a.type,
          })),
        }
      : {}),
    ...(d.image ? { image: d.image } : {}),
    publisher: boardData(board, url, false),
  };
}

export interface ExemplarInput {
  url: string;
  name: string;
  kind: 'ca-nhan' | 'tap-the';
  summary: string;
  unit?: string | undefined;
  place?: string | undefined;
  awards: { title: string; year: number }[];
  image?: string | undefined;
  publishedAt: string;
}

/**
 * An exemplar as a `Person` (cá nhân) or an `Organization` (tập thể), its awards as
 * `award` texts ("Bằng khen của Chủ tịch UBND tỉnh (2024)"), the schema.org way.
 */
export function exemplarData(e: ExemplarInput) {
  const person = e.kind === 'ca-nhan';
  return {
    '@context': CONTEXT,
    '@type': person ? 'Person' : 'Organization',
    '@id': `${e.url}#${person ? 'ca-nhan' : 'tap-the'}`,
    url: e.url,
    name: e.name,
    description: e.summary,
    ...(e.unit
      ? person
        ? { affiliation: { '@type': 'Organization', name: e.unit } }
        : { parentOrganization: { '@type': 'Organization', name: e.unit } }
      : {}),
    ...(e.place
      ? person
        ? { homeLocation: { '@type': 'Place', name: e.place } }
        : { location: { '@type': 'Place', name: e.place } }
      : {}),
    ...(e.awards.length ? { award: e.awards.map((a) => `${a.title} (${a.year})`) } : {}),
    ...(e.image ? { image: e.image } : {}),
    subjectOf: { '@type': 'WebPage', url: e.url, datePublished: e.publishedAt, inLanguage: 'vi' },
  };
}

export interface ArticleInput {
  url: string;
  title: string;
  summary: string;
  section: string;
  publishedAt: string;
  updatedAt?: string | undefined;
  author?: string | undefined;
  image?: string | undefined;
  about: string[];
}

/** A news article as `NewsArticle`, published by the board. */
export function newsArticleData(a: ArticleInput, url: UrlOf, board: BoardFacts) {
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': a.url,
    url: a.url,
    mainEntityOfPage: a.url,
    headline: a.title,
    description: a.summary,
    articleSection: a.section,
    inLanguage: 'vi',
    datePublished: a.publishedAt,
    dateModified: a.updatedAt ?? a.publishedAt,
    author: a.author ? { '@type': 'Person', name: a.author } : boardData(board, url, false),
    publisher: boardData(board, url, false),
    ...(a.image ? { image: [a.image] } : {}),
    ...(a.about.length ? { about: a.about.map((u) => ({ '@id': u })) } : {}),
  };
}
