/**
 * What the home page features, chosen by rules a test can check: the campaigns under way
 * on the build date, the newest news, profiles with a photo before those without, the
 * newest documents by the date they were posted, and the consultations still open.
 */
import { campaignStatus } from '../lib/status.ts';
import { compareDatesDesc } from '../vocabulary/dates.ts';
import { docPostedAt, type Campaign, type Doc, type Exemplar, type News, type Site } from './content.ts';
import { openConsultations } from './honors.ts';

/** How many of each the home page shows. */
const homeShown = { campaigns: 4, news: 6, exemplars: 4, documents: 6 } as const;

export interface HomeView {
  campaigns: Campaign[];
  news: News[];
  exemplars: Exemplar[];
  documents: Doc[];
  consultations: Doc[];
}

export function homeView(s: Site, today: string): HomeView {
  return {
    campaigns: s.campaigns
      .filter((c) => campaignStatus(c.data.period, today) === 'dang-trien-khai')
      .slice(0, homeShown.campaigns),
    news: s.news.slice(0, homeShown.news),
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
