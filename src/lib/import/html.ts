/**
 * Web pages saved from a portal ("Lưu trang"), parsed with Sätteri (the HTML parser the
 * build already uses) into the plain lines a pasted copy gives. Menus, scripts, forms
 * and footers are left out; a two-column layout table (the document's header and
 * signature) is read column by column (columns.ts); a data table (a list of awardees,
 * a portal's metadata block) becomes `a | b | c` rows, which the importer reads.
 */
import { htmlToHast } from 'satteri';
import { readingOrder, type Row } from './columns.ts';

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

/** Elements whose content is never the document: page chrome and code. */
const SKIP = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'iframe',
  'svg',
]);
/** Elements that start a new line. */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'dl',
  'dt',
  'dd',
  'tr',
  'table',
  'center',
  'figure',
  'figcaption',
]);

/** Text of a subtree, one string per line. */
function lines(node: Node): string[] {
  const out: string[] = [''];
  const walk = (n: Node) => {
    if (n.type === 'text') {
      out[out.length - 1] += n.value ?? '';
      return;
    }
    if (n.type !== 'element' && n.type !== 'root') return;
    const tag = n.tagName ?? '';
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      out.push('');
      return;
    }
    if (tag === 'table') {
      out.push(...table(n), '');
      return;
    }
    const block = BLOCK.has(tag);
    if (block) out.push('');
    for (const c of n.children ?? []) walk(c);
    if (block) out.push('');
  };
  walk(node);
  return out.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

const childElements = (n: Node, tags: string[]): Node[] =>
  (n.children ?? []).flatMap((c) =>
    c.type !== 'element'
      ? []
      : tags.includes(c.tagName ?? '')
        ? [c]
        : ['thead', 'tbody', 'tfoot'].includes(c.tagName ?? '')
          ? childElements(c, tags)
          : [],
  );

/**
 * A table: two columns side by side are a layout (header, signature), read left column
 * first; more columns are data, one `|` row per table row.
 */
function table(n: Node): string[] {
  const rows = childElements(n, ['tr']).map((tr) => childElements(tr, ['td', 'th']).map((cell) => lines(cell)));
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (width === 2) {
    const laid: Row[] = rows.flatMap((r) => {
      const [left = [], right = []] = r;
      const height = Math.max(left.length, right.length);
      return Array.from({ length: height }, (_, i) => ({
        cells: [
          { text: left[i] ?? '', side: 'left' as const },
          { text: right[i] ?? '', side: 'right' as const },
        ].filter((c) => c.text),
      }));
    });
    // A label and its value ("Số hiệu" | "12/QĐ-UBND") is a metadata row, not two columns.
    const caps = (t: string) => /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);
    // Rows of one cell (a caption row) do not make it a layout.
    const pairs = rows.filter((r) => r.length === 2);
    const labelled =
      pairs.length >= 2 &&
      pairs.every((r) => {
        const label = r[0]?.join(' ') ?? '';
        return label.length < 30 && !caps(label);
      });
    if (labelled)
      return rows.map((r) =>
        r
          .map((c) => c.join(' '))
          .join(': ')
          .replace(/:\s*:/, ':'),
      );
    return readingOrder(laid);
  }
  return rows.map((r) => r.map((c) => c.join(' ')).join(' | '));
}

/** The page's text, one paragraph per line. */
export function htmlToText(html: string): string {
  const tree = htmlToHast(html) as unknown as Node;
  return lines(tree).join('\n');
}
