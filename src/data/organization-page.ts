/**
 * What an organization's page shows, as plain data: its parent and children, its website
 * as a safe link, the documents it issued (and the code their numbers carry for it) and
 * the campaigns it launched, and the
 * deadlines assigned to it, upcoming ones first (soonest first), then past ones (latest
 * first), each marked as passed or not on the build date.
 */
import { entryPath } from '../lib/routes.ts';
import { isPast } from '../lib/status.ts';
import { issuerCodeOfNumber } from '../vocabulary/document-number.ts';
import { websiteHref } from '../vocabulary/website.ts';
import { deadlinesFor, resolveOne, type Campaign, type Doc, type Org, type Site } from './content.ts';
import type { Link } from './document-page.ts';

export interface OrganizationView {
  parent: Link | undefined;
  /** The website, asked again of the rule the schema applied, so nothing else becomes a link. */
  website: string | undefined;
  children: Link[];
  issued: Doc[];
  /**
   * The code its documents' numbers carry for it ("SNV" in 1015/BC-SNV), most used
   * first: read from the numbers, never guessed from the name.
   */
  codes: string[];
  launched: Campaign[];
  deadlines: { doc: Doc; date: string; task: string; past: boolean }[];
}

export function organizationView(org: Org, s: Site, today: string): OrganizationView {
  const link = (o: Org): Link => ({ href: entryPath('organizations', o.id), name: o.data.name });
  const parent = resolveOne(s.org, org.data.parent);
  const assigned = deadlinesFor(s, org.id).map(({ doc, deadline }) => ({
    doc,
    date: deadline.date,
    task: deadline.task,
    past: isPast(deadline.date, today),
  }));
  const issued = s.documents.filter((doc) => doc.data.issuer.id === org.id);
  const counts = new Map<string, number>();
  for (const doc of issued) {
    const code = doc.data.number ? issuerCodeOfNumber(doc.data.number) : undefined;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return {
    parent: parent && link(parent),
    website: websiteHref(org.data.website),
    children: s.organizations.filter((o) => o.data.parent?.id === org.id).map(link),
    issued,
    codes: [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code]) => code),
    launched: s.campaigns.filter((c) => c.data.launchedBy.id === org.id),
    deadlines: [...assigned.filter((d) => !d.past), ...assigned.filter((d) => d.past).reverse()],
  };
}
