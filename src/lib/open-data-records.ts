/**
 * The records of the open data: one per published entry, built from plain entry data and
 * a small context (absolute URLs, names of published entries, attachment facts). Their
 * schemas are in `open-data-schemas.ts`.
 *
 * A reference to an entry that is not published (a draft, a profile without consent)
 * is dropped here, with its slug: the context's `nameOf` knows only published entries.
 */
import type { z } from 'astro/zod';
import type { campaignSchema, documentSchema, exemplarSchema, newsSchema } from '../schemas/index.ts';
import type { SchemaContext } from '../schemas/context.ts';
import type { AttachmentInfo } from './files.ts';
import { campaignKindLabel, documentKindLabel, exemplarKindLabel, newsCategoryLabel } from '../vocabulary/labels.ts';
import type {
  CampaignRecord,
  DocumentRecord,
  EntryRefRecord,
  ExemplarRecord,
  NewsRecord,
} from './open-data-schemas.ts';
import { campaignStatus, campaignStatusLabel } from './status.ts';
import { entryPath } from './routes.ts';
import { VIETNAM_UTC_OFFSET } from '../vocabulary/dates.ts';
import { relationIndex, validityOf, type RelationIndex, type RelationKey } from './validity.ts';

export type DocumentData = z.output<ReturnType<typeof documentSchema<SchemaContext>>>;
export type CampaignData = z.output<ReturnType<typeof campaignSchema<SchemaContext>>>;
export type ExemplarData = z.output<ReturnType<typeof exemplarSchema<SchemaContext>>>;
export type NewsData = z.output<ReturnType<typeof newsSchema<SchemaContext>>>;

/** An entry as the site reads it: its slug and its parsed frontmatter. */
export interface EntryIn<D> {
  id: string;
  data: D;
}

/** Collections that records refer to. */
export type RefCollection = 'documents' | 'campaigns' | 'exemplars' | 'organizations';

/** What the record builders need to know beyond an entry's own data. */
export interface OpenDataContext {
  /** The site's public address, e.g. `https://thiduakhenthuong.lamdong.gov.vn/`. */
  site: string | URL;
  /** The name (or title) of a published entry; `undefined` for anything unpublished or unknown. */
  nameOf: (collection: RefCollection, id: string) => string | undefined;
  /** Where a document's attachment is published and its facts. */
  attachment: (doc: EntryIn<DocumentData>, file: string) => AttachmentInfo;
  /** The build date (`YYYY-MM-DD`), for campaign status, document validity and `generatedAt`. */
  today: string;
  /**
   * Who replaces, amends, repeals or guides whom among the published documents: the
   * index the pages use (`libraryRelations`), so the data says what the pages say.
   */
  relations: RelationIndex;
}

/** The absolute URL of a path on the site. */
export const absoluteUrl = (ctx: Pick<OpenDataContext, 'site'>, path: string) => new URL(path, ctx.site).href;

function refOf(
  ctx: OpenDataContext,
  collection: RefCollection,
  ref: { id: string } | undefined,
): EntryRefRecord | null {
  if (!ref) return null;
  const name = ctx.nameOf(collection, ref.id);
  return name === undefined ? null : { id: ref.id, name, url: absoluteUrl(ctx, entryPath(collection, ref.id)) };
}

/** A required reference: organizations are never held back and a dangling one fails the content check first. */
function requiredRef(
  ctx: OpenDataContext,
  collection: RefCollection,
  ref: { id: string },
  field: string,
): EntryRefRecord {
  const r = refOf(ctx, collection, ref);
  if (!r) throw new Error(`Open data: ${field} refers to "${ref.id}", which is not published`);
  return r;
}

function refsOf(ctx: OpenDataContext, collection: RefCollection, list: readonly { id: string }[]): EntryRefRecord[] {
  return list.flatMap((r) => refOf(ctx, collection, r) ?? []);
}

/**
 * The relations among published documents (those `nameOf` knows), for a caller without
 * a site at hand; the build passes the pages' own index (`libraryRelations`) instead.
 */
export function publishedRelations(
  documents: readonly EntryIn<DocumentData>[],
  ctx: Pick<OpenDataContext, 'nameOf'>,
): RelationIndex {
  const published = <R extends { id: string }>(refs: readonly R[]) =>
    refs.filter((r) => ctx.nameOf('documents', r.id) !== undefined);
  return relationIndex(
    published(documents).map(({ id, data: d }) => ({
      id,
      issuedAt: d.issuedAt,
      effectiveFrom: d.effectiveFrom,
      effectiveUntil: d.effectiveUntil,
      replaces: published(d.replaces),
      amends: published(d.amends),
      repeals: published(d.repeals),
      guides: published(d.guides),
      basis: d.basis.map((b) => ({ document: b.document && published([b.document])[0] })),
    })),
  );
}

/**
 * A document's relations both ways and its state on the build date. Relations go only
 * to published documents, never to the document itself; the state is the one its page
 * shows (src/lib/validity.ts).
 */
function relationFields(doc: EntryIn<DocumentData>, ctx: OpenDataContext) {
  const d = doc.data;
  const docs = (ids: readonly string[]) =>
    refsOf(
      ctx,
      'documents',
      [...new Set(ids)].filter((id) => id !== doc.id).map((id) => ({ id })),
    );
  const incoming = ctx.relations.incoming.get(doc.id) ?? [];
  const by = (key: RelationKey) => docs(incoming.filter((x) => x.relation === key).map((x) => x.by));
  const v = validityOf(doc.id, ctx.relations, ctx.today);
  return {
    validity: v
      ? {
          state: v.state,
          label: v.label,
          from: d.effectiveFrom ?? d.issuedAt,
          until: v.until ?? null,
          endedBy: v.end?.by ? refOf(ctx, 'documents', { id: v.end.by }) : null,
        }
      : null,
    replaces: docs(d.replaces.map((r) => r.id)),
    amends: docs(d.amends.map((r) => r.id)),
    repeals: docs(d.repeals.map((r) => r.id)),
    guides: docs(d.guides.map((r) => r.id)),
    replacedBy: by('replaces'),
    amendedBy: by('amends'),
    repealedBy: by('repeals'),
    guidedBy: by('guides'),
  };
}

/** `2026-12-15T08:00` (local Vietnam time, as editors write it) to `2026-12-15T08:00:00+07:00`; a day stays a day. */
export function eventTime(value: string): string {
  return value.length > 10 ? `${value.slice(0, 16)}:00${VIETNAM_UTC_OFFSET}` : value;
}

/** The JSON record of a published document. */
export function documentRecordOf(doc: EntryIn<DocumentData>, ctx: OpenDataContext): DocumentRecord {
  const d = doc.data;
  const awardee = (a: {
    name: string;
    kind: DocumentData['awardees'][number]['kind'];
    unit?: string | undefined;
    award: string;
  }) => ({
    name: a.name,
    kind: a.kind,
    kindLabel: exemplarKindLabel[a.kind],
    unit: a.unit ?? null,
    award: a.award,
  });
  const rel = relationFields(doc, ctx);
  return {
    id: doc.id,
    url: absoluteUrl(ctx, entryPath('documents', doc.id)),
    kind: d.kind,
    kindLabel: documentKindLabel[d.kind],
    number: d.number ?? null,
    title: d.title,
    issuedAt: d.issuedAt,
    // As docPostedAt in src/data/content.ts: posted on the day of issue unless told otherwise.
    publishedAt: d.publishedAt ?? d.issuedAt,
    effectiveFrom: d.effectiveFrom ?? null,
    effectiveUntil: d.effectiveUntil ?? null,
    validity: rel.validity,
    place: d.place ?? null,
    issuer: requiredRef(ctx, 'organizations', d.issuer, `${doc.id}: issuer`),
    signer: d.signer ? { name: d.signer.name, title: d.signer.title, authority: d.signer.authority ?? null } : null,
    basis: d.basis.map((b) => ({ text: b.text, document: refOf(ctx, 'documents', b.document) })),
    replaces: rel.replaces,
    amends: rel.amends,
    repeals: rel.repeals,
    guides: rel.guides,
    replacedBy: rel.replacedBy,
    amendedBy: rel.amendedBy,
    repealedBy: rel.repealedBy,
    guidedBy: rel.guidedBy,
    campaigns: refsOf(ctx, 'campaigns', d.campaigns),
    fields: [...d.fields],
    deadlines: d.deadlines.map((dl) => ({
      date: dl.date,
      task: dl.task,
      assignee: refOf(ctx, 'organizations', dl.assignee),
    })),
    events: d.events.map((e) => ({
      title: e.title,
      start: eventTime(e.start),
      end: e.end ? eventTime(e.end) : null,
      location: e.location ?? null,
      online: e.online,
    })),
    recipients: [...d.recipients],
    attachments: d.attachments.map((a) => {
      const info = ctx.attachment(doc, a.file);
      return {
        title: a.title,
        fileName: info.fileName,
        url: absoluteUrl(ctx, info.href),
        format: info.type,
        bytes: info.bytes,
      };
    }),
    awardees: d.awardees.map((a) => ({ ...awardee(a), exemplar: refOf(ctx, 'exemplars', a.exemplar) })),
    consultation: d.consultation
      ? {
          basis: d.consultation.basis ?? null,
          until: d.consultation.until,
          contact: d.consultation.contact,
          proposed: d.consultation.proposed.map(awardee),
        }
      : null,
  };
}

/** The JSON record of a published exemplar: only what its page shows. */
export function exemplarRecordOf(exemplar: EntryIn<ExemplarData>, ctx: OpenDataContext): ExemplarRecord {
  const d = exemplar.data;
  return {
    id: exemplar.id,
    url: absoluteUrl(ctx, entryPath('exemplars', exemplar.id)),
    name: d.name,
    kind: d.kind,
    kindLabel: exemplarKindLabel[d.kind],
    summary: d.summary,
    unit: d.unit ?? null,
    locality: {
      province: d.locality.province,
      district: d.locality.district ?? null,
      commune: d.locality.commune ?? null,
    },
    fields: [...d.fields],
    campaigns: refsOf(ctx, 'campaigns', d.campaigns),
    awards: [...d.awards]
      .sort((a, b) => b.year - a.year)
      .map((a) => ({ title: a.title, year: a.year, decision: refOf(ctx, 'documents', a.decision) })),
    publishedAt: d.publishedAt,
  };
}

/** The JSON record of a published campaign; its status is the one shown on the build date. */
export function campaignRecordOf(campaign: EntryIn<CampaignData>, ctx: OpenDataContext): CampaignRecord {
  const d = campaign.data;
  const status = campaignStatus(d.period, ctx.today);
  return {
    id: campaign.id,
    url: absoluteUrl(ctx, entryPath('campaigns', campaign.id)),
    title: d.title,
    theme: d.theme ?? null,
    kind: d.kind,
    kindLabel: campaignKindLabel[d.kind],
    launchedBy: requiredRef(ctx, 'organizations', d.launchedBy, `${campaign.id}: launchedBy`),
    launchedAt: d.launchedAt,
    period: { start: d.period.start, end: d.period.end ?? null },
    status,
    statusLabel: campaignStatusLabel[status],
    parent: d.parent ?? null,
    fields: [...d.fields],
  };
}

/** The JSON record of a published news article. */
export function newsRecordOf(article: EntryIn<NewsData>, ctx: OpenDataContext): NewsRecord {
  const d = article.data;
  return {
    id: article.id,
    url: absoluteUrl(ctx, entryPath('news', article.id)),
    title: d.title,
    summary: d.summary,
    category: d.category,
    categoryLabel: newsCategoryLabel[d.category],
    publishedAt: d.publishedAt,
    updatedAt: d.updatedAt ?? null,
    author: d.author ?? null,
    campaigns: refsOf(ctx, 'campaigns', d.campaigns),
    documents: refsOf(ctx, 'documents', d.documents),
    exemplars: refsOf(ctx, 'exemplars', d.exemplars),
  };
}
