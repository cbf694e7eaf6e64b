/**
 * Legal bases ("Căn cứ Luật Thi đua, khen thưởng ...;", "Thực hiện Kế hoạch số ...")
 * at the start of a document, linked to the library when the cited document is there.
 */
import { documentNumberKey, type DocumentKind } from '../../vocabulary/labels.ts';
import { findCitations, type Citation } from './header.ts';
import type { DocRecord } from './library.ts';
import { plain } from './text.ts';

/** A paragraph that states a legal basis: "Căn cứ ...", "Thực hiện ...", "Xét đề nghị ...". */
const BASIS_RE = /^(căn cứ|thực hiện|theo đề nghị|xét đề nghị|xét tờ trình|theo tờ trình)(?![\p{L}\d])/iu;
/** Where the preamble ends: the first section, article, or "QUYẾT ĐỊNH:". */
const PREAMBLE_END =
  /^((?:[IVXLC]+|\d{1,2})\s*[.)]\s|[a-zđ]\)\s|Điều\s+\d|Chương\s+[IVXLC\d]|Phần\s+[IVXLC\d]|QUYẾT ĐỊNH\s*:|CHỈ THỊ\s*:)/u;

interface BasisItem {
  text: string;
  document?: string | undefined;
}

export interface BasisResult {
  basis: BasisItem[];
  /** Body lines with the bases taken out (a basis ending "như sau:" stays, it introduces the text). */
  lines: string[];
}

const numberKey = documentNumberKey;

/**
 * The library document a citation means: same number (any case, any spacing), same
 * kind, and the same date as far as the citation gives one; only when exactly one fits.
 */
export function resolveCitation(
  c: Pick<Citation, 'kind' | 'number' | 'issuedAt'>,
  documents: DocRecord[],
): DocRecord | undefined {
  const key = numberKey(c.number);
  const hits = documents.filter(
    (d) => d.number && numberKey(d.number) === key && d.kind === (c.kind as DocumentKind | string),
  );
  const dated = c.issuedAt
    ? hits.filter((d) => {
        if (!d.issuedAt) return true;
        const n = Math.min(d.issuedAt.length, c.issuedAt!.length);
        return d.issuedAt.slice(0, n) === c.issuedAt!.slice(0, n);
      })
    : hits;
  return dated.length === 1 ? dated[0] : undefined;
}

/** Takes the bases out of the body lines before the first section. */
export function extractBasis(lines: string[], documents: DocRecord[]): BasisResult {
  const basis: BasisItem[] = [];
  const out: string[] = [];
  let inPreamble = true;
  for (const line of lines) {
    const text = plain(line);
    if (inPreamble && PREAMBLE_END.test(text)) inPreamble = false;
    if (inPreamble && BASIS_RE.test(text)) {
      const item: BasisItem = { text };
      for (const c of findCitations(text)) {
        const hit = resolveCitation(c, documents);
        if (hit) {
          item.document = hit.slug;
          break;
        }
      }
      basis.push(item);
      if (/(như sau|sau đây)\s*:$/u.test(text)) out.push(line);
      continue;
    }
    out.push(line);
  }
  return { basis, lines: out };
}
