/**
 * What the pages about the board show beyond their prose: `/gioi-thieu/` links the
 * council the board serves (the first organization of kind `hoi-dong`), `/en/` guides
 * English readers to the Vietnamese sections with how many entries each has, and both
 * describe the board as structured data.
 */
import { boardData } from '../lib/structured-data.ts';
import { pagePath, sectionPath, entryPath } from '../lib/routes.ts';
import { board } from '../site.ts';
import type { Site } from './content.ts';
import type { Link } from './document-page.ts';
import { absoluteUrl } from './structured.ts';

/** The board as `GovernmentOrganization`, against the configured `site`. */
const boardLd = (siteUrl: URL | undefined) => boardData(board, absoluteUrl(siteUrl));

export interface AboutView {
  /** The emulation council whose standing body the board is, when it is listed. */
  council: Link | undefined;
  jsonLd: ReturnType<typeof boardLd>;
}

export function aboutView(s: Site, siteUrl: URL | undefined): AboutView {
  const council = s.organizations.find((o) => o.data.kind === 'hoi-dong');
  return {
    council: council && { href: entryPath('organizations', council.id), name: council.data.name },
    jsonLd: boardLd(siteUrl),
  };
}

/** One Vietnamese section as the English page presents it. */
interface EnglishSection {
  href: string;
  /** Its Vietnamese name, the link's text. */
  vi: string;
  /** Its English name. */
  en: string;
  /** What it holds, with how many entries are published when it lists entries. */
  what: string;
}

export interface EnglishView {
  sections: EnglishSection[];
  jsonLd: ReturnType<typeof boardLd>;
}

export function englishView(s: Site, siteUrl: URL | undefined): EnglishView {
  const section = (href: string, vi: string, en: string, what: string, count?: number): EnglishSection => ({
    href,
    vi,
    en,
    what: count === undefined ? what : `${what}, ${count} published`,
  });
  return {
    sections: [
      section(
        sectionPath('campaigns'),
        'Phong trào thi đua',
        'Emulation movements',
        'province-wide movements, their plans and results',
        s.campaigns.length,
      ),
      section(
        sectionPath('documents'),
        'Văn bản',
        'Documents',
        'plans, directives, award decisions, guidance and reports, with number, date, issuer and signer',
        s.documents.length,
      ),
      section(
        sectionPath('exemplars'),
        'Gương điển hình',
        'Exemplary people and collectives',
        'profiles of people and collectives honoured for their work ("Good people, good deeds")',
        s.exemplars.length,
      ),
      section(
        pagePath('honors'),
        'Khen thưởng',
        'Honor roll',
        'awards by year and by form, and open public consultations on proposed state awards',
      ),
      section(
        sectionPath('news'),
        'Tin tức',
        'News',
        'news of the board and of emulation work in the province',
        s.news.length,
      ),
      section(
        pagePath('calendar'),
        'Lịch công tác',
        'Calendar',
        'deadlines and meetings set by the documents, also as an iCalendar feed',
      ),
      section(
        pagePath('openData'),
        'Dữ liệu mở',
        'Open data',
        'the documents, profiles, movements and news as JSON and CSV, with JSON Schemas',
      ),
    ],
    jsonLd: boardLd(siteUrl),
  };
}
