/**
 * Copies from legal portals: the portal's own heading and metadata block ("Số hiệu:",
 * "Loại văn bản:", "Người ký:", "Ngày ban hành:" …) above the document, and the
 * document's header kept as a text table with `|` between its columns and dashes under
 * the names. The metadata is taken aside (it confirms or completes the header), the
 * table is read column by column like a Word table, and a date or "V/v" line the copy
 * broke in two is joined again.
 */
import { MOTTO_START } from './header.ts';
import { plain } from './text.ts';

export interface PortalMetadata {
  number?: string | undefined;
  kind?: string | undefined;
  issuer?: string | undefined;
  signerName?: string | undefined;
  /** As written, `dd/mm/yyyy`. */
  issuedAt?: string | undefined;
}

const LABELS: Record<string, keyof PortalMetadata | null> = {
  'số hiệu': 'number',
  'số ký hiệu': 'number',
  'loại văn bản': 'kind',
  'nơi ban hành': 'issuer',
  'cơ quan ban hành': 'issuer',
  'người ký': 'signerName',
  'ngày ban hành': 'issuedAt',
  'ngày hiệu lực': null,
  'ngày công báo': null,
  'số công báo': null,
  'tình trạng': null,
  'tình trạng hiệu lực': null,
  'lĩnh vực': null,
  'trích yếu': null,
  'tệp đính kèm': null,
  'tải về': null,
  'cập nhật': null,
  'ngày có hiệu lực': null,
  'ngày hết hiệu lực': null,
};
const LABEL = new RegExp(`^(${Object.keys(LABELS).join('|')})\\s*:\\s*(.*)$`, 'iu');

/** A run of at least three metadata lines: where it starts and ends, and what it says. */
function metadataBlock(lines: string[]): { start: number; end: number; data: PortalMetadata } | undefined {
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    let j = i;
    const data: PortalMetadata = {};
    while (j < lines.length && LABEL.test(plain(lines[j]!))) {
      const [, label, value] = LABEL.exec(plain(lines[j]!))!;
      const key = LABELS[label!.toLocaleLowerCase('vi')];
      if (key && value && !/^(đang cập nhật|đã biết|không có)$/iu.test(value.trim())) data[key] = value.trim();
      j++;
    }
    if (j - i >= 3) return { start: i, end: j, data };
  }
  return undefined;
}

const DASHES = /^[-–—_=*]{3,}$/;

/** The `|` table of a header as lines, the left column's lines first. */
function pipeTable(lines: string[]): string[] {
  // Rows end with "|" at the end of a line and the next begins with "|"; the table's
  // first and last bars are its edges. An empty cell stays a cell ("| | Độc lập …").
  const rows = lines
    .join('\n')
    .replace(/^\s*\|/, '')
    .replace(/\|\s*$/, '')
    .split(/\|[ \t]*\n[ \t]*\|/)
    .map((row) =>
      row.split('|').map((cell) =>
        cell
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l && !DASHES.test(l)),
      ),
    );
  const width = Math.max(...rows.map((r) => r.length));
  const out: string[] = [];
  for (let c = 0; c < width; c++) for (const r of rows) out.push(...(r[c] ?? []));
  return out;
}

/** Joins what a copy broke: "…, ngày 10 tháng 3" + "năm 2025"; "V/v …" + its lowercase continuation. */
function joinBrokenLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    if (prev !== undefined) {
      const p = plain(prev);
      const l = plain(line);
      // The day may be left blank ("Khánh Hòa, ngày" / "tháng 02 năm 2026").
      const brokenDate =
        /ngày(?:\s+\d{1,2})?(?:\s+tháng(?:\s+\d{1,2})?)?\s*$/iu.test(p) &&
        /^(tháng(\s+\d|\s*$|\s+năm)|năm\s+\d)/iu.test(l);
      // "Số:" with the number on the next line, or left blank ("/KH-UBND").
      const brokenNumber = /^Số\s*[:.]?\s*$/iu.test(p) && /^[\d/]/.test(l);
      const brokenSubject = /^V\/v\b/iu.test(p) && !/[.;:]$/.test(p) && /^\p{Ll}/u.test(l);
      if (brokenDate || brokenSubject || brokenNumber) {
        out[out.length - 1] = `${prev} ${line}`;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

const NUMBER_LINE = /^Số\s*[:.]/u;

/**
 * A saved page may put menus, sidebars and links before the document: when the
 * document's header ("Số: …" or the national motto, with the issuer's capitals just
 * above) starts further down, what comes before it is the page's and is set aside.
 */
function fromHeader(lines: string[], removed: string[]): string[] {
  const anchor = lines.slice(0, 60).findIndex((l) => MOTTO_START.test(plain(l)) || NUMBER_LINE.test(plain(l)));
  if (anchor <= 0) return lines;
  let start = anchor;
  let climbed = 0;
  while (start > 0 && climbed < 4) {
    const above = plain(lines[start - 1]!);
    // Rules and stars under the issuer's name ("-------", "*") are part of the header.
    if (!/\p{L}/u.test(above)) {
      start--;
      continue;
    }
    if (/\p{Ll}/u.test(above) || above.length > 80) break;
    start--;
    climbed++;
  }
  if (start === 0) return lines;
  removed.push(...lines.slice(0, start));
  return lines.slice(start);
}

export interface PortalCopy {
  lines: string[];
  metadata?: PortalMetadata | undefined;
  /** What was taken out, for the report. */
  removed: string[];
}

/** Takes a portal's heading and metadata out and straightens a `|` header table. */
export function readPortalCopy(input: string[]): PortalCopy {
  let lines = input;
  const removed: string[] = [];
  const meta = metadataBlock(lines);
  if (meta) {
    // The portal's heading right above the block repeats the document ("Quyết định 12/QĐ-UBND năm …").
    const headingAt = meta.start - 1;
    const from =
      headingAt >= 0 && meta.start - headingAt === 1 && !/^\|/.test(lines[headingAt]!) ? headingAt : meta.start;
    removed.push(...lines.slice(from, meta.end));
    lines = [...lines.slice(0, from), ...lines.slice(meta.end)];
  }
  // The header table: from the first line starting with `|` to the last line of the run holding `|`.
  const first = lines.findIndex((l) => /^\s*\|/.test(l));
  if (first >= 0 && first < 30) {
    let last = first;
    for (let i = first; i < Math.min(lines.length, first + 25); i++) if (lines[i]!.includes('|')) last = i;
    const region = lines.slice(first, last + 1);
    const text = region.join('\n');
    // Only the document's header: a Markdown data table (with its `| --- |` row) stays a table.
    const isHeader = (MOTTO_START.test(text) || /Số\s*:/u.test(text)) && !/\|\s*:?-{3,}/.test(text);
    if (isHeader) lines = [...lines.slice(0, first), ...pipeTable(region), ...lines.slice(last + 1)];
  }
  lines = fromHeader(lines, removed);
  // Breadcrumbs near the top ("Trang chủ › Văn bản › …") are the page's, not the document's.
  const crumbs = (l: string, i: number) =>
    i < 15 && (/^(Trang chủ|Trang nhất)\s*[›»>|/]/iu.test(l) || (l.match(/[›»]/g)?.length ?? 0) >= 2);
  lines = joinBrokenLines(lines.filter((l, i) => !DASHES.test(plain(l)) && !crumbs(plain(l), i)));
  return { lines, metadata: meta?.data, removed };
}
