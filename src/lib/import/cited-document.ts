/**
 * A document known only from an article that cites it ("Kế hoạch số 02/KH-UBND ngày ..."):
 * enough to link the article to it, kept a draft until someone adds the full text.
 */
import { documentKindLabel, documentLabel } from '../../vocabulary/labels.ts';
import { emptyEntry, latestYear, precisionNote, standIn, type EntryDraft } from './draft.ts';
import { titleWithKind, type Citation } from './header.ts';
import { issuerEntry } from './issuer-entry.ts';
import { resolveIssuer } from './issuer.ts';
import type { Library } from './library.ts';
import type { OrgMatcher } from './organizations.ts';
import { shortSlug } from './slug.ts';

/** A document known only from an article's citation: metadata from the citation, the citing paragraphs as text. */
export function documentFromCitation(
  c: Citation,
  paras: string[],
  library: Library,
  orgs: OrgMatcher,
  source: string,
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
  if (c.issuedAt) {
    doc.data.issuedAt = c.issuedAt;
    doc.found.push({ label: 'ngày ban hành', value: precisionNote(c.issuedAt) });
  } else {
    const year = latestYear(paras.join(' ')) ?? new Date().getFullYear().toString();
    doc.data.issuedAt = year;
    standIn(doc, 'issuedAt', `bài viết không ghi ngày ban hành; tạm ghi năm ${year}`, {
      label: 'ngày ban hành',
      value: `tạm ghi năm ${year}, cần sửa`,
    });
  }
  const citing = paras.filter((p) => p.includes(c.number));
  const issuer = resolveIssuer(
    {
      headerLines: [],
      authorityLines: [],
      bodyParagraphs: [...(c.issuer ? [`${c.issuer} ban hành`] : []), ...citing],
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
