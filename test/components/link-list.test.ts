import { describe, expect, it } from 'vitest';
import LinkList from '../../src/components/common/LinkList.astro';
import { renderToDOM, text } from '../helpers/render.ts';

describe('LinkList', () => {
  it('joins places with no space before the comma', async () => {
    const { $ } = await renderToDOM(LinkList, {
      links: [
        { href: '/guong-dien-hinh/dia-phuong/dac-khu-phu-quy/', label: 'đặc khu Phú Quý' },
        { href: '/guong-dien-hinh/dia-phuong/lam-dong/', label: 'Lâm Đồng' },
      ],
    });
    expect(text($.root().text())).toBe('đặc khu Phú Quý, Lâm Đồng');
    expect(
      $('a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/guong-dien-hinh/dia-phuong/dac-khu-phu-quy/', '/guong-dien-hinh/dia-phuong/lam-dong/']);
  });
  it('takes another separator, and a single link stands alone', async () => {
    const fields = await renderToDOM(LinkList, {
      links: [
        { href: '/a/', label: 'Y tế' },
        { href: '/b/', label: 'Giáo dục' },
      ],
      separator: '; ',
    });
    expect(text(fields.$.root().text())).toBe('Y tế; Giáo dục');
    const one = await renderToDOM(LinkList, { links: [{ href: '/a/', label: 'Lâm Đồng' }] });
    expect(text(one.$.root().text())).toBe('Lâm Đồng');
  });
});
