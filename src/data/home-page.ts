/**
 * What the home page features, chosen by rules a test can check: the year's figures, the
 * deadlines and events of the next 30 days, the campaigns under way on the build date,
 * the newest news (those with a picture shown with it), profiles with a photo before
 * those without, the newest documents by the date they were posted, and the
 * consultations still open.
 */
import type { CalendarItem } from '../lib/calendar.ts';
import { compareItems } from '../lib/calendar.ts';
import { campaignStatus } from '../lib/status.ts';
import { compareDatesDesc, yearOf } from '../vocabulary/dates.ts';
import { docPostedAt, type Campaign, type Doc, type Exemplar, type News, type Site } from './content.ts';
import { openConsultations, siteHonors } from './honors.ts';

/** How many of each the home page shows. */
const homeShown = { campaigns: 6, pictured: 3, news: 6, exemplars: 4, documents: 6, upcoming: 6 } as const;

/** How many days ahead the home page looks for deadlines and events. */
export const UPCOMING_DAYS = 30;

/** The year's figures, each counted in the build date's year. */
export interface HomeFigures {
  year: number;
  /** Documents issued this year. */
  documents: number;
  /** Exemplar profiles published this year. */
  exemplars: number;
  /** Campaigns under way on the build date. */
  campaigns: number;
  /** People and collectives awarded this year (exemplars' awards and decisions' awardees, once each). */
  honors: number;
}

export interface HomeView {
  figures: HomeFigures;
  /** Deadlines and events from today through `upcomingUntil`, soonest first. */
  upcoming: CalendarItem[];
  /** How many fall in the window in all (`upcoming` shows the first few). */
  upcomingCount: number;
  /** The last day of the window, `YYYY-MM-DD`. */
  upcomingUntil: string;
  campaigns: Campaign[];
  /** How many campaigns are under way in all. */
  campaignCount: number;
  /** The newest articles with a cover picture, shown with it. */
  pictured: News[];
  /** The newest other articles. */
  news: News[];
  exemplars: Exemplar[];
  documents: Doc[];
  consultations: Doc[];
}

/** `YYYY-MM-DD` plus `days` days. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/**
 * The deadlines and events that fall within `days` days of `today` (both ends counted):
 * an item still under way today counts, one that is over does not. Consultations are
 * shown in their own box.
 */
export function upcomingItems(items: readonly CalendarItem[], today: string, days = UPCOMING_DAYS): CalendarItem[] {
  const until = addDays(today, days);
  return items.filter((i) => i.kind !== 'consultation' && i.lastDay >= today && i.day <= until).sort(compareItems);
}

export function homeFigures(s: Site, today: string): HomeFigures {
  const year = yearOf(today);
  return {
    year,
    documents: s.documents.filter((d) => yearOf(d.data.issuedAt) === year).length,
    exemplars: s.exemplars.filter((e) => yearOf(e.data.publishedAt) === year).length,
    campaigns: s.campaigns.filter((c) => campaignStatus(c.data.period, today) === 'dang-trien-khai').length,
    honors: siteHonors(s).filter((h) => h.year === year).length,
  };
}

export function homeView(s: Site, today: string, calendar: readonly CalendarItem[] = []): HomeView {
  const current = s.campaigns.filter((c) => campaignStatus(c.data.period, today) === 'dang-trien-khai');
  const upcoming = upcomingItems(calendar, today);
  const pictured = s.news.filter((n) => n.data.cover).slice(0, homeShown.pictured);
  return {
    figures: homeFigures(s, today),
    upcoming: upcoming.slice(0, homeShown.upcoming),
    upcomingCount: upcoming.length,
    upcomingUntil: addDays(today, UPCOMING_DAYS),
    campaigns: current.slice(0, homeShown.campaigns),
    campaignCount: current.length,
    pictured,
    news: s.news.filter((n) => !pictured.includes(n)).slice(0, homeShown.news),
    // The most recently published profiles with a photo first, then the others.
    exemplars: [...s.exemplars]
      .sort((a, b) => Number(!!b.data.photo) - Number(!!a.data.photo))
      .slice(0, homeShown.exemplars),
    documents: [...s.documents]
      .sort((a, b) => compareDatesDesc(docPostedAt(a), docPostedAt(b)))
      .slice(0, homeShown.documents),
    consultations: openConsultations(s, today),
  };
}
