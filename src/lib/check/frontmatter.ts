import jsYaml from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface SourceFile {
  /** Raw frontmatter YAML (the whole file for `.yaml`). */
  yaml: string;
  /** 1-based line of the first YAML line in the file. */
  yamlStartLine: number;
  /** Markdown body (empty for `.yaml`). */
  body: string;
  /** 1-based line where the body starts. */
  bodyStartLine: number;
}

/** Splits a Markdown/MDX file into frontmatter and body, as Astro does (`---` fences). */
export function splitFile(source: string, isData: boolean): SourceFile | { error: string } {
  const text = source.replace(/^\uFEFF/, '');
  if (isData) return { yaml: text, yamlStartLine: 1, body: '', bodyStartLine: 1 };
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m.exec(text);
  if (!m || m.index !== 0) {
    return { error: 'Tệp không bắt đầu bằng phần thông tin (frontmatter) đặt giữa hai dòng ---' };
  }
  const yaml = m[1] ?? '';
  const bodyStart = m[0].length;
  const bodyStartLine = text.slice(0, bodyStart).split('\n').length;
  return { yaml, yamlStartLine: 2, body: text.slice(bodyStart), bodyStartLine };
}

/** How many times aliases may be expanded in one file: plenty for hand-written YAML. */
const MAX_ALIAS_COUNT = 50;

/**
 * Parses YAML with the parser Astro uses (js-yaml), but keeps unquoted dates as the text
 * the editor wrote: js-yaml's own timestamps roll an impossible date over silently
 * (`2024-13-01` becomes 1 January 2025), which the checker must report instead.
 * Dates that are real parse to the same canonical value either way.
 */
export function parseYamlValues(
  yaml: string,
): { data: unknown } | { error: string; line?: number | undefined; message?: string } {
  // Aliases (`*name`) share one value in many places; a few nested ones expand to
  // gigabytes when anything walks the data (a "billion laughs" file). Such a file is a
  // content error, caught by the \`yaml\` parser's expansion limit before js-yaml reads it.
  if (/(^|[\s[{,:-])\*[^\s,\]}]/.test(yaml)) {
    try {
      parseDocument(yaml).toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      if (/alias/i.test((e as Error).message)) {
        return {
          error: (e as Error).message,
          line: 1,
          message: `Phần thông tin dùng bí danh YAML (*tên) quá nhiều lần, làm dữ liệu phình ra; hãy viết thẳng giá trị thay cho bí danh`,
        };
      }
    }
  }
  try {
    return { data: jsYaml.load(yaml, { schema: jsYaml.CORE_SCHEMA }) ?? {} };
  } catch (e) {
    const err = e as { reason?: string; mark?: { line: number }; message: string };
    return { error: err.reason ?? err.message, line: err.mark ? err.mark.line + 1 : undefined };
  }
}

/**
 * Finds the line of a field in the YAML (1-based, relative to the YAML text): the key's
 * line for a map entry, the item's line for a list item. When the path does not exist
 * (a missing required field), the line of its nearest existing parent, or 0 for a
 * top-level field (the line before the YAML: the opening `---`).
 */
export function createLineFinder(yaml: string): (path: ReadonlyArray<PropertyKey>) => number {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, keepSourceTokens: false });
  const lineAt = (offset: number) => counter.linePos(offset).line;
  return (path) => {
    let node: Node | null | undefined = doc.contents as Node | null;
    // A missing top-level field has no line of its own: 0 points at the opening `---`.
    let line = 0;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === String(seg));
        if (!pair) return line;
        const key = pair.key as Node | null;
        if (key?.range) line = lineAt(key.range[0]);
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as Node | undefined;
        if (!item) return line;
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else {
        return line;
      }
    }
    return line;
  };
}
