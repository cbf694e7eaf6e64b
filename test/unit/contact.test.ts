/**
 * The links that act on contacts: `tel:` in the +84 form, `mailto:` with Vietnamese
 * subjects and bodies encoded so a mail client reads them back as written, phones and
 * e-mails found in a free-text contact, the share and feedback links, and the
 * consultation's "Gửi ý kiến" e-mail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  consultationMailto,
  contactParts,
  emailsIn,
  feedbackMailto,
  mailtoHref,
  shareLinks,
  telHref,
} from '../../src/lib/contact.ts';
import { board } from '../../src/site.ts';

/** What a mail client reads from a `mailto:`: the address and the decoded fields. */
function readMailto(href: string) {
  expect(href.startsWith('mailto:')).toBe(true);
  const [to, query = ''] = href.slice('mailto:'.length).split('?');
  // Every reserved character is encoded: the query splits on & and = only where we put them.
  const fields = Object.fromEntries(
    query
      .split('&')
      .filter(Boolean)
      .map((kv) => {
        const [k, v, ...rest] = kv.split('=');
        expect(rest).toEqual([]);
        return [k!, decodeURIComponent(v!)];
      }),
  );
  return { to, ...fields } as { to: string; subject?: string; body?: string };
}

describe('telHref', () => {
  it.each([
    ['0263 3822 416', 'tel:+842633822416'],
    ['0263 3 822 417', 'tel:+842633822417'],
    ['+84 263 3822 416', 'tel:+842633822416'],
    ['0912.345.678', 'tel:+84912345678'],
    ['84 912 345 678', 'tel:+84912345678'],
    ['(0263) 3822-416', 'tel:+842633822416'],
  ])('%s → %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });

  it("the board's number is a valid tel: in the +84 form", () => {
    expect(telHref(board.phone)).toMatch(/^tel:\+84\d{9,10}$/);
    expect(telHref(board.en.phone)).toBe(telHref(board.phone));
  });
});

describe('mailtoHref', () => {
  it('an address alone', () => {
    expect(mailtoHref('bantdkt@lamdong.gov.vn')).toBe('mailto:bantdkt@lamdong.gov.vn');
  });

  it('encodes Vietnamese text, &, #, ?, = and line breaks (as CRLF) so they read back as written', () => {
    const subject = 'Ý kiến về Quyết định khen thưởng & biểu dương #2, số 18/TB-HĐTĐKT?a=b';
    const body = 'Họ và tên: Nguyễn Văn Á\nĐịa chỉ: 100% đúng + đủ';
    const href = mailtoHref('ban@mau.gov.vn', { subject, body });
    expect(href).not.toMatch(/[ #\n]/);
    const read = readMailto(href);
    expect(read).toEqual({ to: 'ban@mau.gov.vn', subject, body: body.replace('\n', '\r\n') });
    // Spaces as %20, never "+" (a mail client would show the plus sign).
    expect(href).toContain('%20');
    // Vietnamese letters as they are, a third of the bytes of their percent-encoding.
    expect(href).toContain('Quyết%20định');
    expect(href).not.toMatch(/%[89A-F][0-9A-F]/);
    expect(href).not.toMatch(/\+(?!84)/);
  });
});

describe('contactParts', () => {
  it('links the phones and e-mails of a contact written as text, and keeps the rest', () => {
    const text =
      'Ban Thi đua - Khen thưởng, số 36 Trần Phú; điện thoại: 0263 3822 416, 0912.345.678; thư điện tử: bantdkt@lamdong.gov.vn.';
    const parts = contactParts(text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.href)).toEqual([
      { text: '0263 3822 416', href: 'tel:+842633822416' },
      { text: '0912.345.678', href: 'tel:+84912345678' },
      { text: 'bantdkt@lamdong.gov.vn', href: 'mailto:bantdkt@lamdong.gov.vn' },
    ]);
  });

  it('leaves dates, house numbers, document numbers and short numbers alone', () => {
    const text = 'Số 36 Trần Phú, hạn 04/12/2026, Quyết định số 145/QĐ-UBND, mã 012345, năm 2026';
    expect(contactParts(text)).toEqual([{ text }]);
  });

  it('emailsIn lists the addresses in order', () => {
    expect(emailsIn('a: x.y@mau.gov.vn; b: z@mau.vn')).toEqual(['x.y@mau.gov.vn', 'z@mau.vn']);
    expect(emailsIn('không có')).toEqual([]);
  });
});

describe('shareLinks', () => {
  it("Facebook's plain share URL with the page's address encoded", () => {
    const url = 'https://thidua.mau.gov.vn/van-ban/thong-bao-18/?a=1&b=2#x';
    const { facebook } = shareLinks(url);
    const u = new URL(facebook);
    expect(u.origin + u.pathname).toBe('https://www.facebook.com/sharer/sharer.php');
    expect(u.searchParams.get('u')).toBe(url);
    expect(u.hash).toBe('');
  });
});

describe('feedbackMailto', () => {
  const page = { title: 'Thông báo số 18 & "lấy ý kiến" #1', url: 'https://thidua.mau.gov.vn/van-ban/tb-18/' };
  it.each([
    ['co', 'Trang hữu ích'],
    ['khong', 'Trang chưa hữu ích'],
    ['loi', `Báo lỗi nội dung: ${page.title}`],
  ] as const)('%s: a subject (the title only for an error report), body with its address', (kind, subject) => {
    const read = readMailto(feedbackMailto('ban@mau.gov.vn', kind, page));
    expect(read.to).toBe('ban@mau.gov.vn');
    expect(read.subject).toBe(subject);
    expect(read.body!.startsWith(`${page.url}\r\n`)).toBe(true);
  });
});

describe('consultationMailto', () => {
  const ref = {
    to: 'Ban Thi đua - Khen thưởng tỉnh Mẫu',
    title: 'Thông báo lấy ý kiến Nhân dân về khen thưởng & biểu dương #2026',
    number: '18/TB-HĐTĐKT',
    until: '2026-12-04',
    url: 'https://thidua.mau.gov.vn/van-ban/tb-18/',
    proposed: [{ name: 'Nguyễn Hữu Phước' }, { name: 'Hợp tác xã Hiệp Thạnh Xanh' }],
  };

  it('subject "Ý kiến về <title>, số <number>", body with the reference and the fields an opinion needs', () => {
    const read = readMailto(consultationMailto('ban@mau.gov.vn', ref));
    expect(read.to).toBe('ban@mau.gov.vn');
    expect(read.subject).toBe(`Ý kiến về ${ref.title}, số 18/TB-HĐTĐKT`);
    const body = read.body!;
    expect(body.startsWith('Kính gửi: Ban Thi đua - Khen thưởng tỉnh Mẫu\r\n')).toBe(true);
    expect(body).toContain(`Về: ${ref.title} (số 18/TB-HĐTĐKT)`);
    expect(body).toContain(`Địa chỉ trang: ${ref.url}`);
    expect(body).toContain('Hạn nhận ý kiến: ngày 04 tháng 12 năm 2026');
    for (const field of ['Họ và tên người góp ý:', 'Địa chỉ:', 'Số điện thoại:']) expect(body).toContain(field);
    expect(body).toContain('\r\n- Nguyễn Hữu Phước:\r\n- Hợp tác xã Hiệp Thạnh Xanh:');
  });

  it('a notice without a number says so by leaving it out', () => {
    const read = readMailto(consultationMailto('ban@mau.gov.vn', { ...ref, number: undefined }));
    expect(read.subject).toBe(`Ý kiến về ${ref.title}`);
  });
});

describe('the sample content', () => {
  it("names only the board's phone and e-mail (src/site.ts), so the site shows one of each", () => {
    const root = path.resolve(import.meta.dirname, '../../content');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(md|mdx|ya?ml)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap((f) =>
      contactParts(readFileSync(path.join(root, f), 'utf8')).flatMap((p) => (p.href ? [`${f}: ${p.href}`] : [])),
    );
    const wrong = found.filter((x) => !x.endsWith(telHref(board.phone)) && !x.endsWith(`mailto:${board.email}`));
    expect(wrong).toEqual([]);
    expect(found.length).toBeGreaterThan(0);
  });
});
