import { describe, expect, it } from 'vitest';
import { templateOf } from '../../scripts/lib/quality/crawl.ts';

describe('templateOf', () => {
  it('groups pages by the template that renders them', () => {
    expect(templateOf('/')).toBe('/');
    expect(templateOf('/van-ban/')).toBe('/van-ban');
    expect(templateOf('/van-ban/ke-hoach-02/')).toBe('/van-ban/*');
    expect(templateOf('/van-ban/trang-2/')).toBe('/van-ban/trang-*');
    expect(templateOf('/van-ban/loai/ke-hoach/')).toBe('/van-ban/loai/*');
    expect(templateOf('/van-ban/nam/2026/trang-3/')).toBe('/van-ban/nam/YYYY/trang-*');
    expect(templateOf('/lich/nam/2026/')).toBe('/lich/nam/YYYY');
    expect(templateOf('/co-quan/so-noi-vu/')).toBe('/co-quan/*');
    expect(templateOf('/404.html')).toBe('/404.html');
  });
});
