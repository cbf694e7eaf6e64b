/**
 * A document known only from an article that cites it ("Kế hoạch số 02/KH-UBND ngày ..."):
 * enough to link the article to it, kept a draft until someone adds the full text.
 */
import { documentKindLabel, documentLabel } from '../../vocabulary/labels.ts';
import { isoFrom, NUMERIC_DATE, WORDS_DATE } from './dates.ts';
import { emptyEntry, latestYear, precisionNote, standIn, type EntryDraft } from './draft.ts';
import { findCitations, KIND_WORDS, titleWithKind, type Citation } from './header.ts';
import { issuerEntry } from './issuer-entry.ts';
import { resolveIssuer } from './issuer.ts';
import type { Library } from './library.ts';
import type { OrgMatcher } from './organizations.ts';
import { withoutOffice } from './signer.ts';
import { shortSlug } from './slug.ts';

/** An adverb between a subject and its verb: "Sở ... vừa ban hành". */
const ADVERB =
  /\s+(?:vừa|đã|mới)\s+(?=(?:chính thức\s+)?(?:ký|ban hành|phát hành|công bố|hướng dẫn|phát động|tổ chức)(?![\p{L}]))/gu;

/**
 * The body an article says issued the cited document: "Hội đồng Thi đua - Khen thưởng
 * tỉnh vừa ban hành Kế hoạch số 02/...", "Chủ tịch Ủy ban nhân dân tỉnh vừa ký Quyết
 * định số 2890/..." (the office left out: the decision is the body's).
 */
function issuerFromSentence(c: Pick<Citation, 'number'>, paras: string[]): string | undefined {
  const re = new RegExp(
    String.raw`(?:^|[.;:]\s+|,\s+)(\p{Lu}[^.;:,]*?)\s+(?:(?:vừa|đã|mới)\s+)?(?:chính thức\s+)?(?:ký(?:\s+ban hành)?|ban hành|phát hành|công bố)\s+(?:${KIND_WORDS})\s+số\s*$`,
    'u',
  );
  for (const p of paras) {
    const at = p.indexOf(c.number);
    if (at < 0) continue;
    const m = re.exec(p.slice(0, at));
    // A leading office ("Chủ tịch Ủy ban nhân dân tỉnh") signs for the body that issues.
    if (m) return withoutOffice(m[1]!).trim();
  }
  return undefined;
}

/**
 * The day the article says the document was issued when the citation gives none:
 * "Theo Kế hoạch ban hành ngày 09/10/2026, ...". Only when the article cites one
 * document of that kind, so that "the Plan" can mean no other.
 */
function issuedFromText(c: Pick<Citation, 'kind' | 'number'>, paras: string[]): string | undefined {
  const text = paras.join('\n');
  if (findCitations(text).filter((o) => o.kind === c.kind).length !== 1) return undefined;
  const label = documentKindLabel[c.kind];
  const re = new RegExp(
    String.raw`(?:^|[^\p{L}])${label}(?:\s+số\s+\S+)?\s+(?:được\s+)?(?:ký\s+)?ban hành\s+(?:vào\s+)?ngày\s+(?:${NUMERIC_DATE}|${WORDS_DATE})`,
    'u',
  );
  const m = re.exec(text);
  if (!m) return undefined;
  return m[1] ? isoFrom(m[3]!, m[2], m[1]) : isoFrom(m[6]!, m[5], m[4]);
}

/**
 * A document known only from an article's citation: metadata from the citation, the
 * citing paragraphs as text. `before`, the article's date, bounds the year written as a
 * stand-in when the article gives no date of issue.
 */
export function documentFromCitation(
  c: Citation,
  paras: string[],
  library: Library,
  orgs: OrgMatcher,
  source: string,
  before?: string,
): EntryDraft[] {
  const doc = emptyEntry('documents');
  const title = c.about ? titleWithKind(c.kind, c.about) : documentLabel(c);
  doc.data.title = title;
  doc.data.kind = c.kind;
  doc.data.number = c.number;
  doc.found.push(
    { label: 'trích yếu', value: title },
    { label: 'loại', value: documentKindLabel[c.kind] },
    { label: 'số/ký hiệu', value: c.number },
  );
  if (!c.about) {
    standIn(doc, 'title', 'bài viết không nêu trích yếu của văn bản');
  }
  const issuedAt = c.issuedAt ?? issuedFromText(c, paras);
  if (issuedAt) {
    doc.data.issuedAt = issuedAt;
    doc.found.push({ label: 'ngày ban hành', value: precisionNote(issuedAt) });
  } else {
    const latest = latestYear(paras.join(' '));
    const bound = before?.slice(0, 4);
    const year = (latest && bound && latest > bound ? bound : latest) ?? bound ?? new Date().getFullYear().toString();
    doc.data.issuedAt = year;
    standIn(doc, 'issuedAt', `bài viết không ghi ngày ban hành; tạm ghi năm ${year}`, {
      label: 'ngày ban hành',
      value: `tạm ghi năm ${year}, cần sửa`,
    });
  }
  const citing = paras.filter((p) => p.includes(c.number));
  const said = c.issuer ?? issuerFromSentence(c, paras);
  const issuer = resolveIssuer(
    {
      headerLines: [],
      authorityLines: [],
      // "vừa ban hành": the adverb is no part of the body's name.
      bodyParagraphs: [...(said ? [`${said} ban hành`] : []), ...citing.map((p) => p.replace(ADVERB, ' '))],
      province: library.province,
      text: paras.join('\n'),
    },
    orgs,
  );
  const orgEntry = issuerEntry(issuer, library, doc, 'bài viết');
  doc.missing.push(
    { label: 'người ký' },
    { label: 'căn cứ' },
    { label: 'nơi nhận' },
    { label: 'toàn văn', value: 'chỉ có đoạn bài viết nhắc tới văn bản' },
  );
  doc.comments.draft = `Tạo từ ${source}: thêm toàn văn (hoặc tệp đính kèm) trước khi xuất bản`;
  doc.body = citing.map((p) => p.trim()).join('\n\n') + '\n';
  doc.slug = shortSlug(title);
  return orgEntry ? [doc, orgEntry] : [doc];
}
