/**
 * The built home page shows the year's figures and the next 30 days as the content has
 * them (read by the checker, independently of Astro), and every page's footer leads to
 * the accessibility statement and the award procedures. Nothing here names an entry.
 */
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, UPCOMING_DAYS } from '../../src/data/home-page.ts';
import { collectHonors, type DecisionAwardees, type ExemplarAwards } from '../../src/lib/honors.ts';
import { mailtoHref, telHref } from '../../src/lib/contact.ts';
import { entryPath, pagePath } from '../../src/lib/routes.ts';
import { campaignStatus } from '../../src/lib/status.ts';
import { board } from '../../src/site.ts';
import { yearOf } from '../../src/vocabulary/dates.ts';
import { read, type BuiltSite } from '../helpers/build.ts';
import { load, sites } from '../helpers/sites.ts';

/** "Today" for the test builds, as scripts/lib/site-copy.ts pins it. */
const BUILD_DATE = '2026-11-20';

type Data = Record<string, unknown>;
const str = (v: unknown) => String(v ?? '');
/** A reference as the checker reads it: `{ id, collection }`, or the bare id. */
const refId = (v: unknown) => (v && typeof v === 'object' ? str((v as { id?: unknown }).id) : v ? str(v) : undefined);
const list = (v: unknown) => (Array.isArray(v) ? (v as Data[]) : []);

describe.each(sites)('$name site: the home page and the required pages', (under) => {
  let site: BuiltSite;
  let published: ReturnType<typeof load>['published'];
  const $ = (route: string) => cheerio.load(read(path.join(site.dist, route.replace(/^\//, ''), 'index.html')));
  const today = BUILD_DATE;
  const year = yearOf(today);

  beforeAll(() => {
    ({ site, published } = load(under));
  });

  it("shows the year's figures as the content has them", () => {
    const docs = published('documents');
    const docIds = new Set(docs.map((d) => d.id));
    const exemplars = published('exemplars');
    const decisions: DecisionAwardees[] = docs
      .filter((d) => list(d.data.awardees).length > 0)
      .map((d) => ({
        id: d.id,
        title: str(d.data.title),
        year: yearOf(str(d.data.issuedAt)),
        awardees: list(d.data.awardees).map((a) => ({
          name: str(a.name),
          kind: a.kind as 'ca-nhan' | 'tap-the',
          award: str(a.award),
          exemplar: refId(a.exemplar),
        })),
      }));
    const profiles: ExemplarAwards[] = exemplars.map((e) => ({
      id: e.id,
      name: str(e.data.name),
      kind: e.data.kind as 'ca-nhan' | 'tap-the',
      awards: list(e.data.awards).map((a) => ({
        title: str(a.title),
        year: Number(a.year),
        decision: docIds.has(refId(a.decision) ?? '') ? { id: refId(a.decision)!, title: '', year: 0 } : undefined,
      })),
    }));
    const expected = [
      docs.filter((d) => yearOf(str(d.data.issuedAt)) === year).length,
      exemplars.filter((e) => yearOf(str(e.data.publishedAt)) === year).length,
      published('campaigns').filter(
        (c) => campaignStatus(c.data.period as { start: string; end?: string }, today) === 'dang-trien-khai',
      ).length,
      collectHonors(profiles, decisions).filter((h) => h.year === year).length,
    ];
    const home = $('/');
    expect(home('#so-lieu').text()).toContain(String(year));
    expect(
      home('[data-figures] li strong')
        .map((_, el) => Number(home(el).text()))
        .get(),
    ).toEqual(expected);
  });

  it('lists the deadlines and events of the next 30 days, and only those', () => {
    const until = addDays(today, UPCOMING_DAYS);
    // Dates known to the day that fall inside the window, from the content.
    const inWindow = published('documents').flatMap((d) => [
      ...list(d.data.deadlines)
        .map((x) => str(x.date))
        .filter((date) => date.length === 10 && date >= today && date <= until)
        .map(() => d.id),
      ...list(d.data.events)
        .map((x) => str(x.start).slice(0, 10))
        .filter((start) => start >= today && start <= until)
        .map(() => d.id),
    ]);
    const home = $('/');
    const shown = home('[data-upcoming]');
    const count = Number(shown.attr('data-upcoming') ?? 0);
    expect(count).toBeGreaterThanOrEqual(inWindow.length);
    const links = shown
      .find('li > a')
      .map((_, a) => home(a).attr('href'))
      .get();
    if (count <= links.length) for (const id of inWindow) expect(links).toContain(entryPath('documents', id));
    for (const when of shown
      .find('time')
      .map((_, t) => home(t).attr('datetime'))
      .get())
      expect(when.slice(0, 10) <= until, when).toBe(true);
    if (count === 0) expect(home('#sap-dien-ra').parent().text()).toContain('Không có thời hạn');
    expect(home(`#sap-dien-ra ~ .more a[href="${pagePath('calendar')}"]`).length).toBe(1);
  });

  it('builds the accessibility statement and the award procedures, linked from every footer', () => {
    for (const p of ['accessibility', 'procedures'] as const) {
      const page = $(pagePath(p));
      expect(page('h1').length, p).toBe(1);
      for (const route of ['/', pagePath('about'), pagePath(p)])
        expect(
          $(route)('.site-footer a')
            .map((_, a) => $(route)(a).attr('href'))
            .get(),
          `${route} → ${p}`,
        ).toContain(pagePath(p));
    }
    const procedures = $(pagePath('procedures'));
    expect(procedures('a[href^="https://dichvucong.gov.vn"]').length).toBeGreaterThan(0);
    expect(
      $('/')('main a')
        .map((_, a) => $('/')(a).attr('href'))
        .get(),
    ).toContain(pagePath('procedures'));
    const statement = $(pagePath('accessibility'));
    expect(statement(`a[href^="${mailtoHref(board.email)}"]`).length).toBeGreaterThan(0);
    expect(statement(`a[href="${telHref(board.phone)}"]`).length).toBeGreaterThan(0);
  });

  it("gives the board's telephone and e-mail in the footer as links from the site's configuration", () => {
    const footer = $('/')('.site-footer');
    expect(footer.find(`a[href="${telHref(board.phone)}"]`).text()).toBe(board.phone);
    expect(footer.find(`a[href="${mailtoHref(board.email)}"]`).text()).toBe(board.email);
  });
});
