/**
 * The importer: a Word file, a text copied from another portal or a Markdown file in;
 * content entries out, with every field it could recognise and a list of what it could
 * not. Pure functions over text and the site's library; `write.ts` puts the result on disk.
 */
import { datePrecision } from '../../vocabulary/dates.ts';
import {
  documentKindLabel,
  documentLabel,
  documentNumberKey,
  type DocumentKind,
  type NewsCategory,
} from '../../vocabulary/labels.ts';
import { extractAwardees } from './awardees.ts';
import { extractBasis, resolveCitation } from './basis.ts';
import { extractDeadlines } from './deadlines.ts';
import {
  issuerCode,
  KIND_WORDS,
  kindFromWord,
  parseHeader,
  titleWithKind,
  type Citation,
  type Header,
} from './header.ts';
import { resolveIssuer, type IssuerResult } from './issuer.ts';
import { removeLeftovers } from './leftovers.ts';
import type { Library, OrgRecord } from './library.ts';
import { parseArticle } from './news.ts';
import { createOrgMatcher, type OrgMatcher, type ProposedOrganization } from './organizations.ts';
import { extractRecipients } from './recipients.ts';
import { blocksToMarkdown, toBlocks } from './sections.ts';
import { extractSigner } from './signer.ts';
import { shortSlug } from './slug.ts';
import { paragraphs, plain } from './text.ts';

type ImportCollection = 'documents' | 'news' | 'organizations';

/** One line of the report: a field and what was found, or why it was not. */
interface FieldNote {
  label: string;
  value?: string | undefined;
}

export interface EntryDraft {
  collection: ImportCollection;
  slug: string;
  /** Front matter (organizations: the whole file), in the order it is written. */
  data: Record<string, unknown>;
  body?: string | undefined;
  /** YAML comments written above a key: hints where a value is a stand-in. */
  comments: Record<string, string>;
  found: FieldNote[];
  missing: FieldNote[];
  /** A required value is a stand-in: the entry stays a draft even with `--publish`. */
  needsReview: boolean;
  /** For a proposed organization: the name it was proposed for. */
  proposedFor?: string | undefined;
  /** A document of the library with the same issuer and number (a second import of the same paper). */
  duplicateOf?: string | undefined;
}

/**
 * A required field written as a stand-in: a "CẦN SỬA" comment above it in the file, a
 * line in what the import did not find, and the entry kept a draft.
 */
function standIn(entry: EntryDraft, field: string, comment: string, missing?: FieldNote): void {
  entry.comments[field] = `CẦN SỬA: ${comment}`;
  if (missing) entry.missing.push(missing);
  entry.needsReview = true;
}

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

const numberKey = documentNumberKey;

const precisionNote = (d: string) =>
  datePrecision(d) === 'day'
    ? d
    : datePrecision(d) === 'month'
      ? `${d} (bản này để trống ngày)`
      : `${d} (bản này để trống ngày, tháng)`;

/** Whether the header found enough to call the text a document. */
function isDocument(h: Header, lines: string[]): boolean {
  if (h.kind || h.number || h.numberBlank || h.title) return true;
  return lines.some((l) => /^Nơi nhận\s*:?/iu.test(plain(l)));
}

/** Imports one text. `library` is updated with what the result adds (so a run over several files links them). */
export function importText(text: string, library: Library, options: ImportOptions): ImportResult {
  const { lines, removed } = removeLeftovers(paragraphs(text));
  const orgs = createOrgMatcher(library);
  const header = parseHeader(lines);
  const looksLikeDocument = isDocument(header, lines);
  const entries =
    options.as === 'news'
      ? importArticle(lines, library, orgs, options)
      : looksLikeDocument
        ? importDocument(lines, header, library, orgs)
        : options.as === 'document'
          ? importArticleAsDocument(lines, library, orgs, options)
          : importArticle(lines, library, orgs, options);
  for (const e of entries) {
    if (e.collection !== 'documents' || !e.data.number) continue;
    const key = numberKey(String(e.data.number));
    const same = library.documents.find(
      (d) => d.slug !== e.slug && d.issuer === e.data.issuer && d.number && numberKey(d.number) === key,
    );
    if (same) e.duplicateOf = same.slug;
  }
  if (removed.length)
    entries[0]!.found.push({ label: 'đã bỏ phần thừa (của trang web, số trang)', value: removed.join('; ') });
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
  return { entries, removed };
}

/** The issuer as a slug, a proposed organization entry, and the report line. */
function issuerEntry(res: IssuerResult, library: Library, doc: EntryDraft, source: string): EntryDraft | undefined {
  if (res.org) {
    doc.data.issuer = res.org.slug;
    doc.found.push({ label: 'cơ quan ban hành', value: `${res.org.slug} (${res.org.name})` });
    return undefined;
  }
  if (res.proposed) {
    const existing = library.organizations.find((o) => o.slug === res.proposed!.slug);
    doc.data.issuer = res.proposed.slug;
    if (existing) {
      doc.found.push({ label: 'cơ quan ban hành', value: `${existing.slug} (${existing.name})` });
      return undefined;
    }
    doc.found.push({
      label: 'cơ quan ban hành',
      value: `${res.proposed.slug} (${res.name}; chưa có, đề xuất tệp mới)`,
    });
    return organizationEntry(res.proposed, source);
  }
  const fallback = fallbackIssuer(library);
  doc.data.issuer = fallback?.slug ?? 'chua-ro-co-quan';
  standIn(
    doc,
    'issuer',
    `không tìm thấy cơ quan ban hành; tạm ghi ${doc.data.issuer}. Tên tệp (không đuôi) trong content/organizations`,
    {
      label: 'cơ quan ban hành',
      value: `tạm ghi ${doc.data.issuer}, cần sửa`,
    },
  );
  return undefined;
}

function organizationEntry(p: ProposedOrganization, source: string): EntryDraft {
  return {
    collection: 'organizations',
    slug: p.slug,
    data: { ...p.data },
    comments: {
      name: `Đề xuất khi nhập ${source}: kiểm tra tên, tên viết tắt (shortName), loại (kind) và thêm cơ quan cấp trên (parent) nếu có`,
    },
    found: [],
    missing: [],
    needsReview: false,
    proposedFor: p.data.name,
  };
}

/** The province's People's Committee, where nothing names the issuer. */
function fallbackIssuer(library: Library): OrgRecord | undefined {
  return library.organizations.find((o) => o.kind === 'ubnd') ?? library.organizations[0];
}

/** The latest year written in a text, as a stand-in date. */
function latestYear(text: string): string | undefined {
  const years = [...text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  return years.length ? String(Math.max(...years)) : undefined;
}

function importDocument(lines: string[], header: Header, library: Library, orgs: OrgMatcher): EntryDraft[] {
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
    (l, i) => i > closing && closing >= 0 && /^(DANH SÁCH|PHỤ LỤC)(?![\p{L}\d])/u.test(plain(l)),
  );
  const body0 = annexAt > 0 ? rest.slice(0, annexAt) : rest;
  const annex = annexAt > 0 ? rest.slice(annexAt) : [];
  const rec = extractRecipients(body0);
  const sig = extractSigner(rec.lines);
  const basis = extractBasis(sig.lines, library.documents);
  const blocks = toBlocks([...basis.lines, ...annex]);
  const doc: EntryDraft = {
    collection: 'documents',
    slug: '',
    data: {},
    comments: {},
    found: [],
    missing: [],
    needsReview: false,
  };
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
  } else {
    missing.push({
      label: 'số/ký hiệu',
      value: header.numberBlank ? `bản này để trống: “Số: /${header.numberSuffix ?? ''}”` : undefined,
    });
  }

  // Date and place.
  const allText = lines.map(plain).join('\n');
  if (header.issuedAt) {
    data.issuedAt = header.issuedAt;
    found.push({ label: 'ngày ban hành', value: precisionNote(header.issuedAt) });
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

  // Signer.
  if (sig.signer) {
    data.signer = sig.signer;
    found.push({
      label: 'người ký',
      value: [sig.signer.name, sig.signer.title, sig.signer.authority].filter(Boolean).join(', '),
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

const CATEGORY_BY_KIND: Partial<Record<DocumentKind, NewsCategory>> = {
  'ke-hoach': 'chi-dao',
  'chi-thi': 'chi-dao',
  'quyet-dinh': 'chi-dao',
  'huong-dan': 'chi-dao',
  'cong-van': 'chi-dao',
  'thong-bao': 'thong-bao',
};

/** A document known only from an article's citation: metadata from the citation, the citing paragraphs as text. */
function documentFromCitation(
  c: Citation,
  paras: string[],
  library: Library,
  orgs: OrgMatcher,
  source: string,
): EntryDraft[] {
  const doc: EntryDraft = {
    collection: 'documents',
    slug: '',
    data: {},
    comments: {},
    found: [],
    missing: [],
    needsReview: false,
  };
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

function importArticle(lines: string[], library: Library, orgs: OrgMatcher, options: ImportOptions): EntryDraft[] {
  const a = parseArticle(lines);
  const news: EntryDraft = {
    collection: 'news',
    slug: shortSlug(a.title),
    data: {},
    comments: {},
    found: [],
    missing: [],
    needsReview: false,
  };
  const { data, found, missing } = news;
  data.title = a.title;
  found.push({ label: 'tiêu đề', value: a.title });
  if (a.summary) {
    data.summary = a.summary;
    found.push({ label: 'sa-pô', value: a.summary.length > 90 ? `${a.summary.slice(0, 87)}…` : a.summary });
  } else {
    data.summary = a.title;
    standIn(news, 'summary', 'không tìm thấy sa-pô; tạm chép tiêu đề', {
      label: 'sa-pô',
      value: 'tạm chép tiêu đề, cần sửa',
    });
  }
  if (a.publishedAt) {
    data.publishedAt = a.publishedAt;
    found.push({ label: 'ngày đăng', value: a.publishedAt });
  } else {
    data.publishedAt = options.today;
    missing.push({ label: 'ngày đăng', value: `ghi hôm nay, ${options.today}` });
  }
  const main = a.citations[0];
  const category: NewsCategory = (main && CATEGORY_BY_KIND[main.kind]) ?? 'hoat-dong';
  data.category = category;
  found.push({ label: 'chuyên mục', value: category });
  if (a.author) {
    data.author = a.author;
    found.push({ label: 'tác giả', value: a.author });
  }
  const extra: EntryDraft[] = [];
  const refs: string[] = [];
  const paras = [a.summary ?? '', ...a.body.map(plain)];
  for (const c of a.citations) {
    const hit = resolveCitation(c, library.documents);
    if (hit) {
      if (!refs.includes(hit.slug)) refs.push(hit.slug);
    } else if (c === main) {
      const made = documentFromCitation(c, paras, library, orgs, 'bài viết');
      refs.push(made[0]!.slug);
      extra.push(...made);
    }
  }
  if (refs.length) {
    data.documents = refs;
    found.push({
      label: 'văn bản liên quan',
      value: refs.join(', ') + (extra.length ? ' (văn bản mới, bản nháp)' : ''),
    });
  } else missing.push({ label: 'văn bản liên quan' });
  news.body = blocksToMarkdown(toBlocks(a.body));
  return [news, ...extra];
}

/** `--as document` on an article: the cited document, with the article's text as its body. */
function importArticleAsDocument(
  lines: string[],
  library: Library,
  orgs: OrgMatcher,
  options: ImportOptions,
): EntryDraft[] {
  const a = parseArticle(lines);
  const main = a.citations[0];
  if (!main) return importArticle(lines, library, orgs, options);
  const paras = [a.summary ?? '', ...a.body.map(plain)];
  const made = documentFromCitation(main, paras, library, orgs, 'bài viết');
  made[0]!.body = blocksToMarkdown(toBlocks([...(a.summary ? [a.summary] : []), ...a.body]));
  made[0]!.missing = made[0]!.missing.filter((m) => m.label !== 'toàn văn');
  return made;
}
