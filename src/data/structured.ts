/**
 * Structured data for the detail pages: picks the fields of an entry and its resolved
 * references and hands them to the pure builders in `src/lib/structured-data.ts`.
 */
import { attachmentInfo } from '../lib/files.ts';
import { documentKindLabel, newsCategoryLabel } from '../vocabulary/labels.ts';
import { localityLine } from '../lib/locality.ts';
import { exemplarData, legislationData, newsArticleData, type UrlOf } from '../lib/structured-data.ts';
import { board } from '../site.ts';
import { docPostedAt, resolveAll, resolveOne, type Doc, type Exemplar, type News, type Site } from './content.ts';
import { entryPath } from '../lib/routes.ts';
import { documentValidity, libraryRelations } from './relations.ts';

/** Absolute URLs against the configured `site`. */
export const absoluteUrl =
  (site: URL | undefined): UrlOf =>
  (path) =>
    new URL(path, site).href;

/**
 * `Legislation` for a document page, with its state on the build date (`today`, the
 * page's) and its relations to the library's published documents.
 */
export function documentLd(s: Site, doc: Doc, url: UrlOf, image?: string, today?: string) {
  const d = doc.data;
  const issuer = resolveOne(s.org, d.issuer);
  // The index holds only published targets, and never the document itself.
  const own = libraryRelations(s).byId.get(doc.id);
  const pages = (refs: readonly { id: string }[] | undefined) =>
    [...new Set((refs ?? []).map((r) => r.id))]
      .filter((id) => id !== doc.id)
      .map((id) => url(entryPath('documents', id)));
  const validity = documentValidity(s, doc, today);
  return legislationData(
    {
      url: url(entryPath('documents', doc.id)),
      title: d.title,
      kindLabel: documentKindLabel[d.kind],
      number: d.number,
      issuedAt: d.issuedAt,
      postedAt: docPostedAt(doc),
      issuer: issuer && { name: issuer.data.name, url: url(entryPath('organizations', issuer.id)) },
      signer: d.signer,
      fields: d.fields,
      basis: d.basis.flatMap((b) =>
        b.document && s.doc.has(b.document.id) ? [url(entryPath('documents', b.document.id))] : [],
      ),
      replaces: pages(own?.replaces),
      amends: pages(own?.amends),
      repeals: pages(own?.repeals),
      guides: pages(own?.guides),
      validity: validity && { state: validity.state, until: validity.until },
      attachments: d.attachments.map((a) => {
        const info = attachmentInfo(process.cwd(), doc.filePath ?? '', a.file, doc.id);
        return { url: url(info.href), title: a.title, type: info.type };
      }),
      image,
    },
    url,
    board,
  );
}

/** `Person` or `Organization` with awards for an exemplar page. */
export function exemplarLd(exemplar: Exemplar, url: UrlOf, image?: string) {
  const d = exemplar.data;
  return exemplarData({
    url: url(entryPath('exemplars', exemplar.id)),
    name: d.name,
    kind: d.kind,
    summary: d.summary,
    unit: d.unit,
    place: localityLine(d.locality),
    awards: d.awards,
    image,
    publishedAt: d.publishedAt,
  });
}

/** `NewsArticle` for a news page. */
export function articleLd(s: Site, article: News, url: UrlOf, image?: string) {
  const d = article.data;
  return newsArticleData(
    {
      url: url(entryPath('news', article.id)),
      title: d.title,
      summary: d.summary,
      section: newsCategoryLabel[d.category],
      publishedAt: d.publishedAt,
      updatedAt: d.updatedAt,
      author: d.author,
      image,
      about: [
        ...resolveAll(s.doc, d.documents).map((x) => url(entryPath('documents', x.id))),
        ...resolveAll(s.exemplar, d.exemplars).map((x) => url(entryPath('exemplars', x.id))),
        ...resolveAll(s.campaign, d.campaigns).map((x) => url(entryPath('campaigns', x.id))),
      ],
    },
    url,
    board,
  );
}
