/**
 * What the search index reads of a page: only the element marked `data-pagefind-body`,
 * whole, even when it holds elements of its own kind.
 */
import { describe, expect, it } from 'vitest';
import { searchablePart } from '../../src/lib/search-index.ts';

const page = (main: string) =>
  `<!DOCTYPE html><html lang="vi"><head><title>Trang</title><style>body{margin:0}</style></head>` +
  `<body><header><nav><a href="/">Trang chủ</a></nav></header><main>${main}</main>` +
  `<aside><article><h2>Tin liên quan</h2><img src="/khac.jpg" alt="Ảnh khác"></article></aside><footer>Ban Thi đua</footer></body></html>`;

describe('searchablePart', () => {
  it('keeps the marked element whole, with the articles inside it, and nothing around it', () => {
    const body =
      '<article class="article" data-pagefind-body><h1>Tiêu đề</h1><article><p>Trích dẫn</p></article><p>Đoạn cuối</p></article>';
    const part = searchablePart(page(body))!;
    expect(part).toContain(body);
    expect(part).not.toContain('Tin liên quan');
    expect(part).not.toContain('Trang chủ');
    expect(part).not.toContain('<style>');
    expect(part.startsWith('<!doctype html><html lang="vi">')).toBe(true);
  });

  it('keeps the filters, sort keys and meta written inside the element', () => {
    const body =
      '<article data-pagefind-body><h1>Kế hoạch</h1><span data-pagefind-filter="year[data-v]" data-v="2026"></span></article>';
    expect(searchablePart(page(body))).toContain('data-pagefind-filter="year[data-v]"');
  });

  it('gives nothing for a page without the marker, even one that mentions it in its text', () => {
    expect(searchablePart(page('<h1>Danh sách văn bản</h1>'))).toBeUndefined();
    expect(searchablePart(page('<p>Thuộc tính data-pagefind-body đánh dấu phần được tìm.</p>'))).toBeUndefined();
  });

  it('stops on an element that is never closed', () => {
    expect(() => searchablePart('<html><body><article data-pagefind-body><p>Dở dang</body></html>')).toThrow(
      /không được đóng/,
    );
  });
});
