/**
 * Contacts, sharing and feedback over real builds of the sample and fixture sites:
 * every `tel:` and `mailto:` in dist/ reaches the board's number and address from
 * src/site.ts (the `tel:` in the +84 form); every entry page of the four sections
 * has the Facebook share link (a plain link to a new tab, nothing loaded from there),
 * the copy-link box holding the page's canonical address, and every content page the
 * feedback block; no page loads anything from Zalo or Facebook.
 */
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryPath } from '../../src/lib/routes.ts';
import { contactParts, telHref } from '../../src/lib/contact.ts';
import { board } from '../../src/site.ts';
import { listFiles, read } from '../helpers/build.ts';
import { load, needs, sites } from '../helpers/sites.ts';

const SECTIONS = ['documents', 'campaigns', 'exemplars', 'news'] as const;

describe.each(sites)('contacts, share links and feedback on the $name site', (under) => {
  let built: ReturnType<typeof load>;
  // Builds the site (once per run, shared with the other build tests).
  beforeAll(() => {
    built = load(under);
  });
  const pages = () => {
    const { site, published } = built;
    const html = listFiles(site.dist).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
    return { site, published, html, $of: (f: string) => cheerio.load(read(path.join(site.dist, f))) };
  };

  it("every tel: and mailto: is the board's number (+84 form) and address, or one a consultation names", () => {
    const { html, $of, published } = pages();
    // A consultation may name another office's contact; its phones and e-mails are links too.
    const named = published('documents').flatMap((d) => {
      const contact = (d.data['consultation'] as { contact?: string } | undefined)?.contact;
      return contact ? contactParts(contact).flatMap((p) => (p.href ? [p.href] : [])) : [];
    });
    const allowedTel = new Set([telHref(board.phone), ...named.filter((h) => h.startsWith('tel:'))]);
    const allowedMail = new Set([board.email, ...named.filter((h) => h.startsWith('mailto:')).map((h) => h.slice(7))]);
    const tel = new Set<string>();
    const mail = new Set<string>();
    for (const f of html) {
      const $ = $of(f);
      $('a[href^="tel:"]').each((_, a) => void tel.add(`${$(a).attr('href')}`));
      $('a[href^="mailto:"]').each((_, a) => void mail.add(`${$(a).attr('href')}`.replace(/^mailto:([^?]*).*$/, '$1')));
    }
    expect(mail.size, 'the site shows the e-mail somewhere').toBeGreaterThan(0);
    expect(tel.size, 'the site shows the phone somewhere').toBeGreaterThan(0);
    // The same number wherever it is shown (a `tel:` written by hand is read in the +84 form).
    for (const t of tel) expect(allowedTel, t).toContain(telHref(t.slice('tel:'.length)));
    for (const m of mail) expect(allowedMail, m).toContain(m);
  });

  it('every entry page has the share links, the copy-link box and the feedback block', () => {
    const { published, $of } = pages();
    const entries = needs(
      under,
      SECTIONS.flatMap((c) => published(c)),
      'entries',
    );
    for (const e of entries) {
      const page = entryPath(e.collection, e.id);
      const $ = $of(`${page.slice(1)}index.html`);
      const canonical = $('link[rel="canonical"]').attr('href')!;
      const fb = $('a[href^="https://www.facebook.com/sharer/sharer.php?"]');
      expect(fb.length, page).toBe(1);
      expect(new URL(fb.attr('href')!).searchParams.get('u'), page).toBe(canonical);
      expect(fb.attr('rel'), page).toContain('noopener');
      expect(fb.attr('target'), page).toBe('_blank');
      // Without JavaScript the address is there to select; the button shows only with it.
      expect($('copy-link input[readonly]').attr('value'), page).toBe(canonical);
      expect($('copy-link button').attr('hidden'), page).toBeDefined();
      expect($('copy-link [role="status"]').length, page).toBe(1);
      expect($('aside.feedback').length, page).toBe(1);
      // Drawn by this site, a `tel:` is digits in the +84 form.
      $('main a[href^="tel:"]').each((_, a) => void expect($(a).attr('href'), page).toMatch(/^tel:\+84\d{8,10}$/));
    }
  });

  it('every content page (all but 404) asks for feedback by a prefilled e-mail naming the page', () => {
    const { html, $of } = pages();
    for (const f of html.filter((h) => h !== '404.html')) {
      const $ = $of(f);
      const aside = $('aside.feedback');
      expect(aside.length, f).toBe(1);
      expect(aside.text(), f).toContain('Trang này có hữu ích không?');
      const links = aside.find('a[href^="mailto:"]');
      expect(links.length, f).toBe(3);
      const full = $('head > title').text();
      const title = full === board.siteName ? full : full.slice(0, -` - ${board.siteName}`.length);
      const fields = links
        .map((_, a) => {
          const params = new URL($(a).attr('href')!).searchParams;
          return { subject: params.get('subject') ?? '', body: params.get('body') ?? '' };
        })
        .get();
      // The error report names the page by its title; every mail carries the page's address.
      expect(
        fields.map((m) => m.subject).filter((s) => s === `Báo lỗi nội dung: ${title}`),
        f,
      ).toHaveLength(1);
      const address = $('link[rel="canonical"]').attr('href')!;
      for (const m of fields) expect(m.body, f).toContain(address);
      // No form posts anywhere while `board.feedbackEndpoint` is unset.
      expect(aside.find('form').length, f).toBe(0);
    }
  });

  it('no page loads anything from Zalo or Facebook', () => {
    const { html, $of } = pages();
    for (const f of html) {
      const $ = $of(f);
      const loads = $(
        'script[src], link[href]:not([rel="canonical"]):not([rel="alternate"]), img[src], iframe[src], source[srcset]',
      )
        .map((_, el) => $(el).attr('src') ?? $(el).attr('href') ?? $(el).attr('srcset'))
        .get()
        .filter((u: string) => /zalo|facebook|fbcdn/i.test(u));
      expect(loads, f).toEqual([]);
    }
  });
});
