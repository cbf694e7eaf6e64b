import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { htmlToHast, markdownToHast, mdxToHast } from 'satteri';

/**
 * Reads an entry's body with the parser the build uses (Sätteri, as Astro 7 does) and
 * reports what the body policy refuses (docs/adr/0009-body-policy.md): elements and
 * attributes that run code, move the reader elsewhere or restyle the page; URLs with a
 * `javascript:`, `data:`, `vbscript:` or `file:` scheme; and, in MDX, anything that is
 * code rather than content. It also collects every link and image in every form the
 * parser knows (inline, reference, autolink, raw `<a href>` and `<img>`, MDX JSX), so
 * that the checker's rules about links and images cover them all.
 */

/** Elements a body may not contain: each runs code, moves the reader, or takes over the page. */
const REFUSED_ELEMENTS = new Set([
  'script',
  'style',
  'meta',
  'base',
  'link',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'template',
  'noscript',
]);

const UNSAFE_URL = /^(?:javascript|data|vbscript|file):/i;
/** Attributes that hold a URL (hast property names, as Sätteri writes them, lowercased). */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlinkhref',
  'xlink:href',
  'poster',
  'data',
  'background',
  'cite',
  'srcset',
  'ping',
  'longdesc',
  'manifest',
]);

interface BodyProblem {
  line: number;
  message: string;
  expected?: string | undefined;
  found?: string | undefined;
  detail?: string | undefined;
}
export interface BodyLink {
  url: string;
  line: number;
}
interface BodyImage {
  src: string;
  alt: string | undefined;
  line: number;
  /** How it was written, for messages: `![…](…)` or `<img …>`. */
  form: 'markdown' | 'html';
}
export interface BodyReport {
  problems: BodyProblem[];
  links: BodyLink[];
  images: BodyImage[];
}

interface HastLike {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: unknown;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastLike[];
  position?: { start: { line: number } };
}

/** A URL as a browser reads it: control characters and white space inside the scheme do not protect. */
// The control characters are the point: browsers ignore them inside a URL's scheme.
// eslint-disable-next-line no-control-regex
const normalizedUrl = (value: string) => value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');

const short = (s: string) => (s.length > 80 ? s.slice(0, 77) + '…' : s);

export interface InspectOptions {
  /** `true` for `.mdx` bodies. */
  mdx: boolean;
  /** 1-based line of the body's first line in the file. */
  bodyStartLine: number;
  /** Absolute path of the entry file (MDX imports resolve against it). */
  entryFile: string;
  /** Project root: MDX may import only from `<root>/src/components/`. */
  root: string;
}

export function inspectBody(body: string, { mdx, bodyStartLine, entryFile, root }: InspectOptions): BodyReport {
  const problems: BodyProblem[] = [];
  const links: BodyLink[] = [];
  const images: BodyImage[] = [];
  const at = (relLine: number | undefined) => bodyStartLine + (relLine ?? 1) - 1;

  let tree: HastLike;
  try {
    tree = (mdx ? mdxToHast(body) : markdownToHast(body)) as unknown as HastLike;
  } catch (e) {
    const message = (e as Error).message;
    const m = /^(\d+):(\d+)/.exec(message);
    problems.push({
      line: at(m ? Number(m[1]) : 1),
      message:
        'Nội dung MDX viết sai cú pháp (thẻ chưa đóng, dấu { } thừa hoặc thiếu); sửa lại, hoặc đổi tệp thành .md',
      detail: message,
    });
    return { problems, links, images };
  }

  /** MDX: the names its ESM imports bring in (components of the project only). */
  const imported = new Set<string>();

  const checkElement = (tag: string, attrs: [string, unknown][], line: number) => {
    const lower = tag.toLowerCase();
    if (REFUSED_ELEMENTS.has(lower)) {
      problems.push({
        line,
        message: `Nội dung không được chứa thẻ <${lower}>: thẻ này chạy mã, chuyển người đọc sang trang khác hoặc thay đổi trang; hãy xóa nó`,
        found: `<${lower}>`,
      });
    }
    for (const [name, value] of attrs) {
      const key = name.toLowerCase();
      if (key.startsWith('on')) {
        problems.push({
          line,
          message: `Thẻ <${lower}> có thuộc tính ${name}: nội dung không được chứa mã chạy khi người đọc thao tác; hãy xóa thuộc tính`,
          found: name,
        });
        continue;
      }
      if (!URL_ATTRIBUTES.has(key)) continue;
      const values = Array.isArray(value) ? value.map(String) : [String(value ?? '')];
      for (const v of key === 'srcset'
        ? values
            .join(',')
            .split(',')
            .map((s) => s.trim().split(/\s+/)[0] ?? '')
        : values) {
        if (UNSAFE_URL.test(normalizedUrl(v))) {
          problems.push({
            line,
            message: `Địa chỉ trong thẻ <${lower}> (${name}) dùng giao thức không an toàn; chỉ dùng https://, http://, mailto:, tel: hoặc đường dẫn trong cổng`,
            found: short(v),
          });
        }
      }
    }
    if (lower === 'a') {
      const href = attrs.find(([n]) => n.toLowerCase() === 'href')?.[1];
      if (typeof href === 'string') links.push({ url: href, line });
    }
  };

  const imageOf = (props: Record<string, unknown>, line: number, form: BodyImage['form']) => {
    const src = props.src;
    if (typeof src === 'string')
      images.push({ src, alt: typeof props.alt === 'string' ? props.alt : undefined, line, form });
  };

  const walkRaw = (html: string, line: number) => {
    let fragment: HastLike;
    try {
      fragment = htmlToHast(html, { fragment: true }) as unknown as HastLike;
    } catch {
      return;
    }
    const visit = (n: HastLike) => {
      if (n.type === 'element' && n.tagName) {
        // Positions are lost in the reparse: count the lines before the tag's first mention.
        const offset = html.search(new RegExp(`<${n.tagName}\\b`, 'i'));
        const l = line + (offset > 0 ? html.slice(0, offset).split('\n').length - 1 : 0);
        checkElement(n.tagName, Object.entries(n.properties ?? {}), l);
        if (n.tagName === 'img') imageOf(n.properties ?? {}, l, 'html');
      }
      n.children?.forEach(visit);
    };
    visit(fragment);
  };

  const visit = (n: HastLike, parentLine: number) => {
    const line = n.position ? at(n.position.start.line) : parentLine;
    switch (n.type) {
      case 'element':
        checkElement(n.tagName ?? '', Object.entries(n.properties ?? {}), line);
        if (n.tagName === 'img') imageOf(n.properties ?? {}, line, 'markdown');
        break;
      case 'raw':
        walkRaw(String(n.value ?? ''), line);
        break;
      case 'mdxjsEsm':
        checkEsm(String(n.value ?? ''), line);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!/^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/.test(String(n.value ?? ''))) {
          problems.push({
            line,
            message:
              'Biểu thức {…} trong MDX là mã chạy khi xây dựng trang, không được dùng trong nội dung; muốn viết dấu ngoặc nhọn, hãy đổi tệp thành .md',
            found: short(`{${String(n.value)}}`),
          });
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = n.name ?? '';
        const attrs: [string, unknown][] = [];
        for (const a of n.attributes ?? []) {
          if (a.type !== 'mdxJsxAttribute' || (a.value && typeof a.value === 'object')) {
            const literal =
              a.value && typeof a.value === 'object' ? String((a.value as { value?: unknown }).value ?? '') : '';
            if (
              a.type === 'mdxJsxAttribute' &&
              /^\s*(?:-?\d+(?:\.\d+)?|true|false|"[^"]*"|'[^']*')\s*$/.test(literal)
            ) {
              attrs.push([a.name ?? '', literal.trim().replace(/^["']|["']$/g, '')]);
              continue;
            }
            problems.push({
              line,
              message: `Thuộc tính dạng biểu thức {…} trong thẻ <${name || '>'}> là mã chạy khi xây dựng trang; chỉ dùng giá trị đặt trong dấu ngoặc kép`,
              found: short(a.type === 'mdxJsxAttribute' ? `${a.name}={${literal}}` : `{${String(a.value)}}`),
            });
            continue;
          }
          attrs.push([a.name ?? '', a.value ?? '']);
        }
        if (!name) break; // A fragment <>…</>: its children are checked below.
        if (/^[A-Z]/.test(name) || name.includes('.')) {
          const head = name.split('.')[0]!;
          if (!imported.has(head)) {
            problems.push({
              line,
              message: `Thẻ <${name}> là một thành phần chưa được nhập: thêm dòng import từ src/components/ ở đầu bài, hoặc xóa thẻ`,
              found: `<${name}>`,
            });
          }
        } else {
          checkElement(name, attrs, line);
          if (name === 'img') imageOf(Object.fromEntries(attrs), line, 'html');
        }
        break;
      }
    }
    n.children?.forEach((c) => visit(c, line));
  };

  /** MDX imports: only default or named imports of the project's own components. */
  const componentsDir = path.join(root, 'src', 'components') + path.sep;
  const checkEsm = (code: string, line: number) => {
    const importRe = /import\s+([\w$]+|\{[^}]*\}|[\w$]+\s*,\s*\{[^}]*\})\s+from\s+(['"])([^'"\n]+)\2[ \t]*;?/g;
    let rest = code;
    for (const m of code.matchAll(importRe)) {
      const l = line + code.slice(0, m.index).split('\n').length - 1;
      rest = rest.replace(m[0], '');
      const spec = m[3]!;
      const target = path.resolve(path.dirname(entryFile), spec);
      if (!/^\.\.?\//.test(spec) || !target.startsWith(componentsDir) || !/\.astro$/.test(target)) {
        problems.push({
          line: l,
          message:
            'MDX chỉ được nhập (import) thành phần .astro của cổng trong src/components/, bằng đường dẫn tương đối; không nhập thư viện hay mô-đun của máy',
          expected: "import Ten from '../../src/components/…/Ten.astro'",
          found: short(spec),
        });
        continue;
      }
      if (!existsSync(target) || !statSync(target).isFile()) {
        problems.push({
          line: l,
          message: 'Không tìm thấy thành phần được nhập (import)',
          expected: `tệp ${path.relative(root, target).split(path.sep).join('/')}`,
          found: spec,
        });
        continue;
      }
      for (const local of m[1]!.replace(/[{}]/g, ',').split(',')) {
        const name = local
          .trim()
          .split(/\s+as\s+/)
          .pop()
          ?.trim();
        if (name) imported.add(name);
      }
    }
    const leftover = rest.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '').trim();
    if (leftover) {
      problems.push({
        line,
        message:
          'MDX chỉ được có dòng import thành phần của cổng; export, mã hay import kiểu khác không được phép trong nội dung',
        found: short(leftover.split('\n')[0] ?? leftover),
      });
    }
  };

  // ESM comes first in MDX; visit it before elements so imports are known.
  for (const c of tree.children ?? []) if (c.type === 'mdxjsEsm') visit(c, bodyStartLine);
  for (const c of tree.children ?? []) if (c.type !== 'mdxjsEsm') visit(c, bodyStartLine);
  return { problems, links, images };
}
