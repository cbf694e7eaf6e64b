/**
 * A document imported from its full text: header, bases, body, signature and recipients
 * become the front matter, and whatever is missing becomes a stand-in or a report line.
 */
import { datePrecision } from '../../vocabulary/dates.ts';
import { documentKindLabel, documentNumberKey, type DocumentKind } from '../../vocabulary/labels.ts';
import { extractAwardees } from './awardees.ts';
import { extractBasis } from './basis.ts';
import { isoOfNumericDate } from './dates.ts';
import { extractDeadlines } from './deadlines.ts';
import { emptyEntry, latestYear, precisionNote, standIn, type EntryDraft } from './draft.ts';
import { issuerCode } from '../../vocabulary/document-number.ts';
import { KIND_WORDS, kindFromWord, titleWithKind, type Header } from './header.ts';
import { issuerEntry } from './issuer-entry.ts';
import { resolveIssuer } from './issuer.ts';
import type { Library } from './library.ts';
import type { OrgMatcher } from './organizations.ts';
import type { PortalMetadata } from './portal.ts';
import { caseFromText } from './news.ts';
import { extractRecipients } from './recipients.ts';
import { addValidityAndRelations } from './relations.ts';
import { blocksToMarkdown, toBlocks } from './sections.ts';
import { extractSigner } from './signer.ts';
import { shortSlug } from './slug.ts';
import { plain } from './text.ts';

/** A text with a document's header: every field the header, closing and body give. */
export function importDocument(
  lines: string[],
  header: Header,
  library: Library,
  orgs: OrgMatcher,
  portal?: PortalMetadata,
): EntryDraft[] {
  // A copy from a portal may give the trích yếu as a plain first line: "Kế hoạch tổ chức ...".
  const firstLine = plain(lines[header.bodyStart] ?? '');
  const kindWord = new RegExp(`^(${KIND_WORDS})\\s+(?!số\\s)`, 'u').exec(firstLine);
  if (!header.title && kindWord && firstLine.length < 250 && !/[.;:]$/.test(firstLine)) {
    header.kind ??= kindFromWord(kindWord[1]!);
    header.kindFrom ??= 'heading';
    header.title = firstLine;
    header.bodyStart++;
  }
  const rest = lines.slice(header.bodyStart);
  // An annex after the signature ("DANH SÁCH tập thể, cá nhân ...", "PHỤ LỤC") is part of the
  // text, but the signature block and recipients are found before it.
  const closing = rest.findIndex((l) => /^Nơi nhận\s*:?/iu.test(plain(l)));
  const annexAt = rest.findIndex(
    (l, i) =>
      i > closing &&
      closing >= 0 &&
      /^(DANH SÁCH|PHỤ LỤC|QUY CHẾ|QUY ĐỊNH|ĐIỀU LỆ|ĐỀ CƯƠNG)(?![\p{L}\d])/u.test(plain(l)),
  );
  const body0 = annexAt > 0 ? rest.slice(0, annexAt) : rest;
  const annex = annexAt > 0 ? rest.slice(annexAt) : [];
  const rec = extractRecipients(body0);
  const sig = extractSigner(rec.lines);
  const basis = extractBasis(sig.lines, library.documents);
  const blocks = toBlocks([...basis.lines, ...annex]);
  const doc = emptyEntry('documents');
  const { data, found, missing } = doc;

  // Title and kind.
  let title = header.title;
  if (!title) {
    const first = plain(basis.lines[0] ?? lines[0] ?? '');
    title = first.slice(0, 200) || 'Văn bản chưa có trích yếu';
    standIn(doc, 'title', 'không tìm thấy trích yếu; tạm lấy dòng đầu của văn bản', {
      label: 'trích yếu',
      value: 'tạm lấy dòng đầu, cần sửa',
    });
  }
  const kind: DocumentKind = header.kind ?? 'cong-van';
  if (header.titleCaps) {
    // A trích yếu in capitals: each word as the text writes it ("Bằng khen", "Thủ tướng Chính phủ").
    const others = lines.filter((l) => plain(l) !== header.titleCaps).join('\n');
    const cased = caseFromText(header.titleCaps, others);
    title = titleWithKind(kind, cased.title);
    if (cased.unsure.length) {
      standIn(doc, 'title', `trích yếu viết hoa toàn bộ; kiểm tra chữ hoa của: ${cased.unsure.join(', ')}`);
    }
  }
  if (header.titleJoined) {
    standIn(
      doc,
      'title',
      `đã nối dòng “${header.titleJoined.slice(0, 80)}” vào trích yếu; kiểm tra chỗ trích yếu kết thúc`,
    );
  }
  data.title = title;
  data.kind = kind;
  if (header.title) found.push({ label: 'trích yếu', value: title });
  const kindNote =
    header.kindFrom === 'number'
      ? ' (theo ký hiệu số)'
      : header.kindFrom === 'vv'
        ? ' (văn bản “Về việc …” không ghi loại: coi là công văn)'
        : '';
  if (header.kind) found.push({ label: 'loại', value: `${documentKindLabel[kind]}${kindNote}` });
  else {
    standIn(doc, 'kind', `không tìm thấy loại văn bản; một trong: ${Object.keys(documentKindLabel).join(', ')}`, {
      label: 'loại',
      value: 'tạm ghi công văn, cần sửa',
    });
  }

  // Number.
  if (header.number) {
    data.number = header.number;
    found.push({ label: 'số/ký hiệu', value: header.number });
    if (portal?.number && documentNumberKey(portal.number) !== documentNumberKey(header.number)) {
      standIn(doc, 'number', `văn bản ghi “${header.number}”, cổng ghi “${portal.number}”: đối chiếu bản gốc`);
    }
  } else if (portal?.number && !header.numberBlank) {
    data.number = portal.number.replace(/\s+/g, '');
    found.push({ label: 'số/ký hiệu', value: `${data.number} (theo thông tin văn bản trên cổng)` });
  } else {
    missing.push({
      label: 'số/ký hiệu',
      value: header.numberBlank ? `bản này để trống: “Số: /${header.numberSuffix ?? ''}”` : undefined,
    });
  }

  // Date and place.
  const allText = lines.map(plain).join('\n');
  const portalDate = portal?.issuedAt ? isoOfNumericDate(portal.issuedAt) : undefined;
  if (header.issuedAt) {
    data.issuedAt = header.issuedAt;
    found.push({ label: 'ngày ban hành', value: precisionNote(header.issuedAt) });
    if (portalDate && datePrecision(header.issuedAt) === 'day' && portalDate !== header.issuedAt) {
      standIn(doc, 'issuedAt', `văn bản ghi ${header.issuedAt}, cổng ghi ${portalDate}: đối chiếu bản gốc`);
    }
  } else if (portalDate) {
    data.issuedAt = portalDate;
    found.push({ label: 'ngày ban hành', value: `${portalDate} (theo thông tin văn bản trên cổng)` });
  } else {
    const year = latestYear(title) ?? latestYear(allText) ?? new Date().getFullYear().toString();
    data.issuedAt = year;
    standIn(
      doc,
      'issuedAt',
      `không tìm thấy ngày ban hành; tạm ghi năm ${year} theo nội dung. Dạng 2025-01-10, 2025-01 hoặc 2025`,
      {
        label: 'ngày ban hành',
        value: `tạm ghi năm ${year}, cần sửa`,
      },
    );
  }
  if (header.place) {
    data.place = header.place;
    found.push({ label: 'địa danh', value: header.place });
  } else missing.push({ label: 'địa danh' });

  // Issuer.
  const bodyParas = basis.lines.map(plain);
  const issuer = resolveIssuer(
    {
      headerLines: header.issuerLines,
      authorityLines: header.authorityLines,
      bodyParagraphs: [...basis.basis.map((b) => b.text), ...bodyParas.slice(0, 6), ...bodyParas.slice(-3)],
      onBehalfOf: sig.onBehalfOf,
      place: header.place,
      province: library.province,
      code: issuerCode(header.numberSuffix),
      text: allText,
    },
    orgs,
  );
  const orgEntry = issuerEntry(issuer, library, doc, 'văn bản');
  // A body proposed from the signature or the running text, not from the header, is a guess.
  if (issuer.proposed && issuer.from !== 'header' && issuer.from !== 'authority' && !doc.comments.issuer) {
    standIn(doc, 'issuer', 'cơ quan ban hành suy ra từ phần ký hoặc nội dung, không từ tiêu đề văn bản');
  }

  // Signer.
  if (sig.signer) {
    data.signer = sig.signer;
    if (sig.unsure) standIn(doc, 'signer', sig.unsure);
    else if (portal?.signerName && portal.signerName.normalize('NFC') !== sig.signer.name) {
      standIn(doc, 'signer', `văn bản ghi người ký “${sig.signer.name}”, cổng ghi “${portal.signerName}”`);
    }
    found.push({
      label: 'người ký',
      value: [sig.signer.name, sig.signer.title, sig.signer.authority].filter(Boolean).join(', '),
    });
  } else if (portal?.signerName) {
    data.signer = { name: portal.signerName, title: 'Chưa rõ chức danh' };
    standIn(doc, 'signer', 'tên người ký theo thông tin của cổng; chức danh chưa rõ, ghi theo bản gốc', {
      label: 'người ký',
      value: `${portal.signerName} (theo cổng), thiếu chức danh`,
    });
  } else missing.push({ label: 'người ký' });

  // Bases.
  if (basis.basis.length) {
    data.basis = basis.basis.map((b) => (b.document ? { text: b.text, document: b.document } : { text: b.text }));
    const linked = basis.basis.filter((b) => b.document).map((b) => b.document);
    found.push({
      label: 'căn cứ',
      value: `${basis.basis.length}${linked.length ? `, liên kết tới ${linked.join(', ')}` : ''}`,
    });
  } else missing.push({ label: 'căn cứ' });

  // Validity and relations: the trích yếu, then the body after the bases, then any annex.
  addValidityAndRelations(
    doc,
    {
      paragraphs: [title, ...basis.lines.map(plain), ...annex.map(plain)],
      kind,
      number: data.number as string | undefined,
      issuedAt: data.issuedAt as string,
    },
    library.documents,
  );

  // Deadlines.
  const deadlines = extractDeadlines(blocks, orgs, data.issuedAt as string);
  if (deadlines.length) {
    data.deadlines = deadlines;
    found.push({
      label: 'hạn',
      value: deadlines.map((d) => `${d.date}${d.assignee ? ` (${d.assignee})` : ''}`).join(', '),
    });
  } else missing.push({ label: 'hạn' });

  // Recipients.
  if (rec.recipients.length) {
    data.recipients = rec.recipients;
    found.push({ label: 'nơi nhận', value: `${rec.recipients.length} nơi` });
  } else missing.push({ label: 'nơi nhận' });

  // Awardees of a decision.
  if (kind === 'quyet-dinh') {
    const awardees = extractAwardees(blocks);
    if (awardees.length) {
      data.awardees = awardees;
      const people = awardees.filter((a) => a.kind === 'ca-nhan').length;
      found.push({ label: 'khen thưởng', value: `${awardees.length - people} tập thể, ${people} cá nhân` });
    } else missing.push({ label: 'khen thưởng (danh sách người, tập thể được khen)' });
  }

  doc.body = blocksToMarkdown(blocks);
  const headings = blocks.filter((b) => b.type === 'heading').length;
  found.push({ label: 'nội dung', value: `${blocks.length - headings} đoạn, ${headings} đề mục` });
  doc.slug = shortSlug(title);
  return orgEntry ? [doc, orgEntry] : [doc];
}
