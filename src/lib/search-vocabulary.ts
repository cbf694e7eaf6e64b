/**
 * The site's own vocabulary, for "Có phải bạn muốn tìm: …": every word of the indexed
 * pages (the same part of each page Pagefind reads), folded (no marks, `đ` as `d`), with
 * the way it is most often written and how often it occurs. Written at build time beside
 * the index as one small file per first letter (`/pagefind/tu-vung/<letter>.json`), so a
 * reader's browser fetches one file of a few kilobytes, only when a word of the query
 * matches nothing. Vietnamese is written in syllables, a few thousand in all, so the
 * vocabulary stays small whatever the number of pages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fold } from '../vocabulary/fold.ts';

/** Where the files go, under the Pagefind folder, and the address the browser reads them from. */
const VOCABULARY_DIR = 'tu-vung';

/** Words longer than this are codes, addresses or run-together text, never a typo to fix. */
const MAX_WORD = 20;

/** An HTML fragment without the elements marked `data-pagefind-ignore` (what Pagefind skips). */
function withoutIgnored(html: string): string {
  let out = html;
  for (;;) {
    const marker = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/i.exec(out);
    if (!marker) return out;
    const tag = marker[1]!;
    const tags = new RegExp(`<(/?)${tag}[\\s>]`, 'gi');
    tags.lastIndex = marker.index;
    let depth = 0;
    let end = out.length;
    for (let m = tags.exec(out); m; m = tags.exec(out)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        end = out.indexOf('>', m.index) + 1;
        break;
      }
    }
    out = out.slice(0, marker.index) + ' ' + out.slice(end);
  }
}

/** The text of an HTML fragment: elements marked `data-pagefind-ignore` and tags dropped. */
function textOf(html: string): string {
  return withoutIgnored(html)
    .replace(/<(script|style|template)[\s>][\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#?\w+;/g, ' ');
}

/** Counts of each word's written forms, by folded word. */
export class Vocabulary {
  private readonly forms = new Map<string, Map<string, number>>();

  /** Adds the words of one page's searchable part (HTML). */
  addHtml(html: string): void {
    for (const m of textOf(html)
      .normalize('NFC')
      .matchAll(/\p{L}+/gu)) {
      const word = m[0].toLowerCase();
      if (word.length > MAX_WORD) continue;
      const key = fold(word);
      if (!/^[a-z]+$/.test(key)) continue;
      const counts = this.forms.get(key) ?? new Map<string, number>();
      counts.set(word, (counts.get(word) ?? 0) + 1);
      this.forms.set(key, counts);
    }
  }

  /** By first letter: folded word → [its most frequent written form, total count]. */
  shards(): Map<string, Record<string, [string, number]>> {
    const out = new Map<string, Record<string, [string, number]>>();
    for (const [key, counts] of [...this.forms].sort(([a], [b]) => (a < b ? -1 : 1))) {
      let top = '';
      let topCount = 0;
      let total = 0;
      for (const [form, n] of counts) {
        total += n;
        if (n > topCount || (n === topCount && form < top)) [top, topCount] = [form, n];
      }
      const shard = out.get(key[0]!) ?? {};
      shard[key] = [top, total];
      out.set(key[0]!, shard);
    }
    return out;
  }

  /** Writes the shards under `<pagefindDir>/tu-vung/`; returns their total bytes. */
  write(pagefindDir: string): number {
    const dir = path.join(pagefindDir, VOCABULARY_DIR);
    mkdirSync(dir, { recursive: true });
    let bytes = 0;
    for (const [letter, shard] of this.shards()) {
      const json = JSON.stringify(shard);
      writeFileSync(path.join(dir, `${letter}.json`), json);
      bytes += Buffer.byteLength(json);
    }
    return bytes;
  }
}
