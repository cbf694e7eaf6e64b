import type { Hit } from './engine.ts';

/** Text made safe to put in HTML. */
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Pagefind's excerpt, with nothing but its <mark> elements kept as markup. */
const safeExcerpt = (html: string) => html.replace(/<(?!\/?mark>)[^>]*>/g, '');

/** A state slug as a class name: anything else is dropped. */
const stateClass = (s: string) => (/^[a-z-]+$/.test(s) ? ` ${s}` : '');

/** One result: type, number, date and a document's validity on a line, the linked title, the excerpt with marks. */
export function renderHit(h: Hit, compact = false): string {
  const meta = [
    h.type && `<span class="tag">${esc(h.type)}</span>`,
    h.number && `<span class="number">Số ${esc(h.number)}</span>`,
    h.date && `<span>${esc(h.date)}</span>`,
    h.validity && `<span class="validity${stateClass(h.validity.state)}">${esc(h.validity.label)}</span>`,
  ]
    .filter(Boolean)
    .join(' ');
  const section =
    h.section && !compact
      ? `<p class="section">Trong mục: <a href="${esc(h.section.url)}">${esc(h.section.title)}</a></p>`
      : '';
  return (
    `<article class="hit"><p class="meta item-meta">${meta}</p>` +
    `<h3 class="title"><a href="${esc(h.url)}">${esc(h.title)}</a></h3>` +
    (compact ? '' : `<p class="excerpt">${safeExcerpt(h.excerpt)}</p>`) +
    section +
    `</article>`
  );
}
