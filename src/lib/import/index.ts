/**
 * The importer: a Word file, a text copied from another portal or a Markdown file in;
 * content entries out, with every field it could recognise and a list of what it could
 * not. Pure functions over text and the site's library; `write.ts` puts the result on disk.
 */
import { documentNumberKey } from '../../vocabulary/labels.ts';
import { importDocument } from './document-entry.ts';
import type { EntryDraft } from './draft.ts';
import { MOTTO_START, parseHeader, type Header } from './header.ts';
import { removeLeftovers } from './leftovers.ts';
import type { Library } from './library.ts';
import { importArticle, importArticleAsDocument, readsLikeArticle } from './news-entry.ts';
import { createOrgMatcher } from './organizations.ts';
import { readPortalCopy } from './portal.ts';
import { paragraphs, plain } from './text.ts';

export type { EntryDraft } from './draft.ts';

export interface ImportResult {
  /** The main entry first, then a document an article is about, then proposed organizations. */
  entries: EntryDraft[];
  /** Web-page leftovers removed. */
  removed: string[];
}

export interface ImportOptions {
  /** Force the kind of entry; by default a text with a document's header is a document, anything else an article. */
  as?: 'document' | 'news' | undefined;
  /** Today in Vietnam, `YYYY-MM-DD`: the date of an article that gives none. */
  today: string;
}

/**
 * Whether the header found enough to call the text a document. A headline in capitals
 * ("QUYẾT ĐỊNH TẶNG DANH HIỆU ...") reads as a kind heading too: without "Số:", the
 * national motto or "Nơi nhận:", a text that reads like an article (date line, byline,
 * reported speech) is one.
 */
function isDocument(h: Header, lines: string[]): boolean {
  const recipients = lines.some((l) => /^Nơi nhận\s*:?/iu.test(plain(l)));
  const motto = lines.slice(0, 30).some((l) => MOTTO_START.test(plain(l)));
  if (!h.number && !h.numberBlank && !recipients && !motto && readsLikeArticle(lines)) return false;
  if (h.kind || h.number || h.numberBlank || h.title) return true;
  return recipients;
}

/** Imports one text. `library` is updated with what the result adds (so a run over several files links them). */
export function importText(text: string, library: Library, options: ImportOptions): ImportResult {
  const portal = readPortalCopy(paragraphs(text));
  const { lines, removed: leftovers } = removeLeftovers(portal.lines);
  const removed = [...(portal.metadata ? ['thông tin văn bản của cổng'] : []), ...leftovers];
  const orgs = createOrgMatcher(library);
  const header = parseHeader(lines);
  const looksLikeDocument = isDocument(header, lines);
  const entries =
    options.as === 'news'
      ? importArticle(lines, library, orgs, options.today)
      : looksLikeDocument
        ? importDocument(lines, header, library, orgs, portal.metadata)
        : options.as === 'document'
          ? importArticleAsDocument(lines, library, orgs, options.today)
          : importArticle(lines, library, orgs, options.today);
  markDuplicates(entries, library);
  if (removed.length)
    entries[0]!.found.push({ label: 'đã bỏ phần thừa (của trang web, số trang)', value: removed.join('; ') });
  addToLibrary(entries, library);
  return { entries, removed };
}

/** A document the library already has under another name: same issuer, same number. */
function markDuplicates(entries: EntryDraft[], library: Library): void {
  for (const e of entries) {
    if (e.collection !== 'documents' || !e.data.number) continue;
    const key = documentNumberKey(String(e.data.number));
    const same = library.documents.find(
      (d) => d.slug !== e.slug && d.issuer === e.data.issuer && d.number && documentNumberKey(d.number) === key,
    );
    if (same) e.duplicateOf = same.slug;
  }
}

/** What an import made joins the library, so the next file of the same run can link to it. */
function addToLibrary(entries: EntryDraft[], library: Library): void {
  for (const e of entries) {
    if (e.collection === 'organizations') {
      library.organizations.push({
        slug: e.slug,
        name: String(e.data.name),
        shortName: e.data.shortName as string | undefined,
        kind: String(e.data.kind),
      });
    }
    if (e.collection === 'documents') {
      library.documents.push({
        slug: e.slug,
        kind: String(e.data.kind),
        number: e.data.number as string | undefined,
        issuedAt: String(e.data.issuedAt),
        title: String(e.data.title),
        issuer: String(e.data.issuer),
      });
    }
  }
}
