/**
 * The library's validity and relations as the pages show them: one index of who
 * replaces, amends, repeals, guides or cites whom, built once per build, and for each
 * document its state on the build date and its relations both ways, each other document
 * with its number, date and state. Drafts and unpublished documents are not in the
 * index, so neither their relations nor links to them reach a page.
 */
import { entryPath } from '../lib/routes.ts';
import {
  RELATION_KEYS,
  relationIndex,
  relationLabel,
  validityOf,
  type RelationIndex,
  type RelationKey,
  type Validity,
} from '../lib/validity.ts';
import { buildDate } from '../vocabulary/dates.ts';
import { documentLabel } from '../vocabulary/labels.ts';
import type { Doc, Site } from './content.ts';

const indexes = new WeakMap<Site, RelationIndex>();

/** Relations among published documents only, built once per site. */
export function libraryRelations(s: Site): RelationIndex {
  let index = indexes.get(s);
  if (!index) {
    const published = (refs: readonly { id: string }[]) => refs.filter((r) => s.doc.has(r.id));
    index = relationIndex(
      s.documents.map((d) => ({
        id: d.id,
        issuedAt: d.data.issuedAt,
        effectiveFrom: d.data.effectiveFrom,
        effectiveUntil: d.data.effectiveUntil,
        replaces: published(d.data.replaces),
        amends: published(d.data.amends),
        repeals: published(d.data.repeals),
        guides: published(d.data.guides),
        basis: d.data.basis.map((b) => ({ document: b.document && s.doc.has(b.document.id) ? b.document : undefined })),
      })),
    );
    indexes.set(s, index);
  }
  return index;
}

/** A document's state on `today` (the build date by default), or undefined when it shows none. */
export const documentValidity = (s: Site, doc: Doc, today = buildDate()): Validity | undefined =>
  validityOf(doc.id, libraryRelations(s), today);

/** Another document as a relation lists it. */
export interface RelatedDoc {
  id: string;
  href: string;
  /** "Quyết định số 12/QĐ-UBND". */
  label: string;
  title: string;
  issuedAt: string;
  validity: Validity | undefined;
}

/** One group of relations: "Thay thế", "Bị thay thế bởi" … */
export interface RelationGroup {
  relation: RelationKey | 'basis';
  direction: 'out' | 'in';
  label: string;
  docs: RelatedDoc[];
}

function relatedDoc(s: Site, doc: Doc, today: string): RelatedDoc {
  return {
    id: doc.id,
    href: entryPath('documents', doc.id),
    label: documentLabel(doc.data),
    title: doc.data.title,
    issuedAt: doc.data.issuedAt,
    validity: validityOf(doc.id, libraryRelations(s), today),
  };
}

/** Whether a document is already listed on that side, under a stronger relation than citing. */
const shown = (groups: RelationGroup[], direction: 'in' | 'out', id: string) =>
  groups.some((g) => g.direction === direction && g.docs.some((d) => d.id === id));

/**
 * A document's relations both ways, in a fixed order (what it does to others, then what
 * others do to it), leaving out empty groups. "Căn cứ" lists only the bases that are in
 * the library, and not those already listed as replaced, amended, repealed or guided
 * (a document guiding another usually cites it too); the page shows every basis,
 * linked or not, in its own section.
 */
export function documentRelations(s: Site, doc: Doc, today = buildDate()): RelationGroup[] {
  const index = libraryRelations(s);
  const record = index.byId.get(doc.id);
  if (!record) return [];
  const rel = (id: string) => relatedDoc(s, s.doc.get(id)!, today);
  const groups: RelationGroup[] = [];
  const unique = (ids: string[]) => [...new Set(ids)].filter((id) => id !== doc.id && s.doc.has(id));
  for (const key of [...RELATION_KEYS, 'basis'] as const) {
    const ids =
      key === 'basis' ? record.basis.flatMap((b) => (b.document ? [b.document.id] : [])) : record[key].map((r) => r.id);
    const docs = unique(ids)
      .filter((id) => key !== 'basis' || !shown(groups, 'out', id))
      .map(rel);
    if (docs.length) groups.push({ relation: key, direction: 'out', label: relationLabel[key].out, docs });
  }
  const incoming = index.incoming.get(doc.id) ?? [];
  for (const key of [...RELATION_KEYS, 'basis'] as const) {
    const docs = unique(incoming.filter((x) => x.relation === key).map((x) => x.by))
      .filter((id) => key !== 'basis' || !shown(groups, 'in', id))
      .map(rel);
    if (docs.length) groups.push({ relation: key, direction: 'in', label: relationLabel[key].in, docs });
  }
  return groups;
}
