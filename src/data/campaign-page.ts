/**
 * What a campaign's page shows beyond its own fields: who launched it, its state on the
 * build date, and its newest documents (each with its issuer), exemplars and news, with
 * how many there are in all and where the full list is when the page shows only some.
 */
import { entryPath, facetPath } from '../lib/routes.ts';
import { campaignStatus, type CampaignStatus } from '../lib/status.ts';
import {
  campaignLinks,
  resolveOne,
  type Campaign,
  type Doc,
  type Exemplar,
  type News,
  type Org,
  type Site,
} from './content.ts';
import type { Link } from './document-page.ts';
import { campaignShown } from './facets.ts';

/** The first entries of a list, its full length, and the listing of all of them when some are left out. */
interface Shown<T> {
  items: T[];
  total: number;
  all: string | undefined;
}

export interface CampaignView {
  launcher: Link | undefined;
  status: CampaignStatus;
  documents: Shown<{ doc: Doc; issuer: Org | undefined }>;
  exemplars: Shown<Exemplar>;
  news: Shown<News>;
}

export function campaignView(campaign: Campaign, s: Site, today: string): CampaignView {
  const launcher = resolveOne(s.org, campaign.data.launchedBy);
  const links = campaignLinks(s, campaign.id);
  const shown = <T, U>(list: T[], c: keyof typeof campaignShown, map: (t: T) => U): Shown<U> => ({
    items: list.slice(0, campaignShown[c]).map(map),
    total: list.length,
    all: list.length > campaignShown[c] ? facetPath(c, 'phong-trao', campaign.id) : undefined,
  });
  return {
    launcher: launcher && { href: entryPath('organizations', launcher.id), name: launcher.data.name },
    status: campaignStatus(campaign.data.period, today),
    documents: shown(links.documents, 'documents', (doc) => ({
      doc,
      issuer: resolveOne(s.org, doc.data.issuer),
    })),
    exemplars: shown(links.exemplars, 'exemplars', (e) => e),
    news: shown(links.news, 'news', (n) => n),
  };
}
