/**
 * Contacts and the links that act on them, as plain functions so the rules are tested
 * without a build: a telephone number as a `tel:` link (digits, in the +84 form), an
 * e-mail as a `mailto:` link with its subject and body encoded (RFC 6068), the phones
 * and e-mails inside a free-text contact turned into such links, and the share links of
 * a page. Every number and address the site shows comes from `board` (src/site.ts).
 */
import { formatDateLong } from '../vocabulary/dates.ts';

/**
 * `tel:` with the number's digits in the international form: "0263 3822 416" →
 * `tel:+842633822416`, "+84 263 3822 416" → the same.
 */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (phone.trim().startsWith('+')) return `tel:+${digits}`;
  if (digits.startsWith('84') && digits.length >= 11) return `tel:+${digits}`;
  if (digits.startsWith('0')) return `tel:+84${digits.slice(1)}`;
  return `tel:${digits}`;
}

/**
 * RFC 6068: every reserved character percent-encoded, line breaks as CRLF. Letters beyond
 * ASCII stay as they are (HTML takes them in a URL; the browser encodes them as UTF-8 when
 * it hands the link to the mail client): a Vietnamese title percent-encoded is three times
 * as long, and every page carries three such links.
 */
const enc = (s: string) =>
  encodeURIComponent(s.replace(/\r?\n/g, '\r\n')).replace(/(?:%[89A-F][0-9A-F])+/g, (bytes) =>
    decodeURIComponent(bytes),
  );

/** `mailto:` to one address with an optional subject and body. */
export function mailtoHref(email: string, { subject, body }: { subject?: string; body?: string } = {}): string {
  const query = [subject && `subject=${enc(subject)}`, body && `body=${enc(body)}`].filter(Boolean).join('&');
  return `mailto:${email}${query ? `?${query}` : ''}`;
}

/** A piece of a free-text contact: plain text, or a phone or e-mail with its link. */
export type ContactPart = { text: string; href?: string | undefined };

// A Vietnamese number: +84 or 0, then 8 to 10 more digits, grouped by spaces or dots.
const PHONE = /(?<![\d+])(?:\+84|0)[ .]?\d(?:[ .]?\d){7,9}(?!\d)/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/**
 * The phones and e-mails in a contact written as text ("điện thoại: 0263 3822 416; thư
 * điện tử: bantdkt@…"), each with its `tel:`/`mailto:` link, the rest as text.
 */
export function contactParts(text: string): ContactPart[] {
  const found = [
    ...[...text.matchAll(PHONE)].map((m) => ({ at: m.index, text: m[0], href: telHref(m[0]) })),
    ...[...text.matchAll(EMAIL)].map((m) => ({ at: m.index, text: m[0], href: `mailto:${m[0]}` })),
  ].sort((a, b) => a.at - b.at);
  const parts: ContactPart[] = [];
  let from = 0;
  for (const f of found) {
    if (f.at < from) continue;
    if (f.at > from) parts.push({ text: text.slice(from, f.at) });
    parts.push({ text: f.text, href: f.href });
    from = f.at + f.text.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from) });
  return parts;
}

/** The e-mail addresses written in a text, in order. */
export const emailsIn = (text: string): string[] => [...text.matchAll(EMAIL)].map((m) => m[0]);

/**
 * Share links of a page, plain URLs that open the service's own share page: nothing is
 * loaded from it until the reader follows one. Zalo documents no such URL (its share
 * button needs its SDK script), so a Zalo reader copies the link instead.
 */
export function shareLinks(url: string) {
  return { facebook: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}` };
}

/** What a reader's feedback is about: the page was useful, not useful, or has an error. */
export type FeedbackKind = 'co' | 'khong' | 'loi';

const FEEDBACK_SUBJECT: Record<FeedbackKind, string> = {
  co: 'Trang hữu ích',
  khong: 'Trang chưa hữu ích',
  loi: 'Báo lỗi nội dung',
};

/**
 * The prefilled e-mail of a page's feedback: the subject names the answer and the page's
 * title, the body its address (kept short: three of these are on every page).
 */
export function feedbackMailto(email: string, kind: FeedbackKind, page: { title: string; url: string }): string {
  // The page's address says which page; its title only where the reader writes about it.
  const subject = kind === 'loi' ? `${FEEDBACK_SUBJECT[kind]}: ${page.title}` : FEEDBACK_SUBJECT[kind];
  return mailtoHref(email, { subject, body: `${page.url}\n\n` });
}

/** What a consultation's e-mail refers to: the notice and the page it is on. */
export interface ConsultationRef {
  /** Who the letter is addressed to ("Kính gửi"): the board. */
  to: string;
  title: string;
  number: string | undefined;
  until: string;
  url: string;
  proposed: readonly { name: string }[];
}

/**
 * "Gửi ý kiến": an e-mail to the consultation's address, its subject naming the notice
 * ("Ý kiến về <title>, số <number>"), its body the reference and the fields an opinion
 * must carry (who writes, how to reach them, the opinion on each proposed name).
 */
export function consultationMailto(email: string, ref: ConsultationRef): string {
  const subject = `Ý kiến về ${ref.title}${ref.number ? `, số ${ref.number}` : ''}`;
  const body = [
    `Kính gửi: ${ref.to}`,
    '',
    `Về: ${ref.title}${ref.number ? ` (số ${ref.number})` : ''}`,
    `Địa chỉ trang: ${ref.url}`,
    `Hạn nhận ý kiến: ${formatDateLong(ref.until)}`,
    '',
    'Họ và tên người góp ý:',
    'Địa chỉ:',
    'Số điện thoại:',
    '',
    'Ý kiến về tập thể, cá nhân được đề nghị khen thưởng:',
    ...ref.proposed.map((p) => `- ${p.name}:`),
    '',
  ].join('\n');
  return mailtoHref(email, { subject, body });
}
