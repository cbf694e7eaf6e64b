/**
 * Word files through mammoth (a maintained .docx reader): its HTML is turned into the
 * same plain lines a pasted copy gives, with `**bold**` and `*italics*` kept. Layout
 * tables (the two-column header and signature block) are read cell by cell; tables with
 * more columns or rows become Markdown tables.
 */
import mammoth from 'mammoth';

/** Block elements that hold one paragraph each: a line of their own in the output. */
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

interface Cell {
  lines: string[];
}

/** Converts mammoth's HTML into lines of text. */
export function htmlToLines(html: string): string[] {
  const out: string[] = [];
  let line = '';
  /** An opening marker not yet written: it goes in front of the next text, after its leading spaces. */
  let pending: string[] = [];
  /** The marker just closed at the end of `line`, so that a run split in two merges back. */
  let justClosed: string | undefined;
  const open = (mark: string) => {
    if (justClosed === mark && line.endsWith(mark)) {
      line = line.slice(0, -mark.length);
      justClosed = undefined;
      return;
    }
    pending.push(mark);
  };
  const close = (mark: string) => {
    const i = pending.lastIndexOf(mark);
    if (i >= 0) {
      pending.splice(i, 1);
      return;
    }
    const trailing = /\s*$/.exec(line)![0];
    line = line.slice(0, line.length - trailing.length) + mark + trailing;
    justClosed = trailing ? undefined : mark;
  };
  const write = (text: string) => {
    if (pending.length) {
      const lead = /^\s*/.exec(text)![0];
      if (lead.length === text.length) {
        line += text;
        return;
      }
      line += lead + pending.join('') + text.slice(lead.length);
      pending = [];
    } else line += text;
    justClosed = undefined;
  };
  const lists: { ordered: boolean; n: number }[] = [];
  const tables: { rows: Cell[][]; row: Cell[] | null; cell: Cell | null }[] = [];
  const sink = () => (tables.length && tables[tables.length - 1]!.cell ? tables[tables.length - 1]!.cell!.lines : out);
  const flush = () => {
    pending = [];
    justClosed = undefined;
    const t = line.replace(/\s+/g, ' ').trim();
    if (t && !/^(\*+|_+)$/.test(t)) sink().push(t);
    line = '';
  };
  for (const m of html.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/g)) {
    const [, closing, tagRaw, , text] = m;
    if (text !== undefined) {
      write(decode(text));
      continue;
    }
    const tag = tagRaw!.toLowerCase();
    if (!closing) {
      switch (tag) {
        case 'strong':
        case 'b':
          open('**');
          break;
        case 'em':
        case 'i':
          open('*');
          break;
        case 'br':
          flush();
          break;
        case 'ol':
        case 'ul':
          flush();
          lists.push({ ordered: tag === 'ol', n: 0 });
          break;
        case 'li': {
          flush();
          const l = lists[lists.length - 1];
          if (l) {
            l.n++;
            line = l.ordered ? `${l.n}. ` : lists.length > 1 ? '+ ' : '- ';
          }
          break;
        }
        case 'table':
          flush();
          tables.push({ rows: [], row: null, cell: null });
          break;
        case 'tr':
          if (tables.length) tables[tables.length - 1]!.row = [];
          break;
        case 'td':
        case 'th':
          if (tables.length) tables[tables.length - 1]!.cell = { lines: [] };
          break;
        default:
          // A paragraph starts a line, unless it opens a list item whose marker is written.
          if (PARAGRAPHS.has(tag) && !/^(\d+\. |[-+] )$/.test(line)) flush();
      }
      continue;
    }
    switch (tag) {
      case 'strong':
      case 'b':
        close('**');
        break;
      case 'em':
      case 'i':
        close('*');
        break;
      case 'li':
        flush();
        break;
      case 'ol':
      case 'ul':
        flush();
        lists.pop();
        break;
      case 'td':
      case 'th': {
        flush();
        const t = tables[tables.length - 1];
        if (t?.cell && t.row) t.row.push(t.cell);
        if (t) t.cell = null;
        break;
      }
      case 'tr': {
        const t = tables[tables.length - 1];
        if (t?.row) t.rows.push(t.row);
        if (t) t.row = null;
        break;
      }
      case 'table': {
        const t = tables.pop()!;
        const lines = tableLines(t.rows);
        sink().push(...lines);
        break;
      }
      default:
        if (PARAGRAPHS.has(tag)) flush();
    }
  }
  flush();
  return out;
}

/** Layout tables (at most two columns) read cell by cell; data tables as Markdown rows. */
function tableLines(rows: Cell[][]): string[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (width <= 2) return rows.flatMap((r) => r.flatMap((c) => c.lines));
  return rows.map((r) => `| ${r.map((c) => c.lines.join(' ').replace(/\|/g, '\\|')).join(' | ')} |`);
}

export interface DocxText {
  text: string;
  /** mammoth's warnings (unsupported styles and the like), for the report. */
  messages: string[];
}

/** Reads a .docx into text lines with bold and italics marked. */
export async function readDocx(buffer: Buffer): Promise<DocxText> {
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      // Images are not imported: they would need files next to the entry and alt text.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    },
  );
  return { text: htmlToLines(result.value).join('\n\n'), messages: result.messages.map((m) => m.message) };
}
