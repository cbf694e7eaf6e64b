/** The about page's and the English page's data without a build. */
import { describe, expect, it } from 'vitest';
import { aboutView, englishView } from '../../src/data/board-pages.ts';
import { entry } from '../helpers/entries.ts';
import { siteOf } from '../helpers/site.ts';

const siteUrl = new URL('https://thiduakhenthuong.mau.gov.vn/');
const org = (id: string, name: string, kind: string) => entry('organizations', id, { name, kind });
const ubnd = org('ubnd-tinh', 'Ủy ban nhân dân tỉnh Mẫu', 'ubnd');
const council = org('hoi-dong-tdkt', 'Hội đồng Thi đua - Khen thưởng tỉnh Mẫu', 'hoi-dong');
const doc = (id: string) =>
  entry('documents', id, { title: id, kind: 'cong-van', issuedAt: '2026-01-10', issuer: 'ubnd-tinh' });
const article = entry('news', 'tin-1', {
  title: 'Tin',
  summary: 'Tóm tắt.',
  publishedAt: '2026-02-01',
  category: 'hoat-dong',
});

describe('aboutView', () => {
  it('links the council the board serves, when it is listed', () => {
    const v = aboutView(siteOf([ubnd, council] as never[]), siteUrl);
    expect(v.council).toEqual({ href: '/co-quan/hoi-dong-tdkt/', name: 'Hội đồng Thi đua - Khen thưởng tỉnh Mẫu' });
    expect(aboutView(siteOf([ubnd] as never[]), siteUrl).council).toBeUndefined();
  });

  it('describes the board as structured data at the site address', () => {
    const ld = aboutView(siteOf([ubnd] as never[]), siteUrl).jsonLd;
    expect(ld['@type']).toBe('GovernmentOrganization');
    expect(ld['@id']).toBe('https://thiduakhenthuong.mau.gov.vn/gioi-thieu/#ban-thi-dua-khen-thuong');
    expect(ld.url).toBe('https://thiduakhenthuong.mau.gov.vn/');
    expect(englishView(siteOf([ubnd] as never[]), siteUrl).jsonLd).toEqual(ld);
  });
});

describe('englishView', () => {
  const v = englishView(siteOf([ubnd, doc('cv-1'), doc('cv-2'), article] as never[]), siteUrl);

  it('guides to every Vietnamese section, in the order of the page', () => {
    expect(v.sections.map((x) => [x.href, x.en])).toEqual([
      ['/phong-trao/', 'Emulation movements'],
      ['/van-ban/', 'Documents'],
      ['/guong-dien-hinh/', 'Exemplary people and collectives'],
      ['/khen-thuong/', 'Honor roll'],
      ['/tin-tuc/', 'News'],
      ['/lich/', 'Calendar'],
      ['/du-lieu/', 'Open data'],
    ]);
  });

  it('says how many entries each listing has published, and no count for the other pages', () => {
    const what = new Map(v.sections.map((x) => [x.en, x.what]));
    expect(what.get('Documents')).toMatch(/, 2 published$/);
    expect(what.get('News')).toMatch(/, 1 published$/);
    expect(what.get('Emulation movements')).toMatch(/, 0 published$/);
    expect(what.get('Honor roll')).not.toMatch(/published/);
    expect(what.get('Calendar')).toBe('deadlines and meetings set by the documents, also as an iCalendar feed');
  });
});
