/**
 * The organizations listing (`/co-quan/`): every organization, grouped by kind in the
 * order of the vocabulary (no group without organizations), each in the site's order
 * (by name) with how many published documents it issued.
 */
import { entryPath } from '../lib/routes.ts';
import { organizationKindLabel, organizationKinds, type OrganizationKind } from '../vocabulary/labels.ts';
import type { Site } from './content.ts';
import type { Link } from './document-page.ts';

export interface OrganizationGroup {
  kind: OrganizationKind;
  /** The group's heading: "Sở, ban, ngành". */
  label: string;
  /** Each organization's page, and how many published documents it issued (0 for none). */
  organizations: (Link & { issued: number })[];
}

export function organizationListingView(s: Site): OrganizationGroup[] {
  const issued = new Map<string, number>();
  for (const d of s.documents) issued.set(d.data.issuer.id, (issued.get(d.data.issuer.id) ?? 0) + 1);
  return organizationKinds.flatMap((kind) => {
    const orgs = s.organizations.filter((o) => o.data.kind === kind);
    if (orgs.length === 0) return [];
    return [
      {
        kind,
        label: organizationKindLabel[kind],
        organizations: orgs.map((o) => ({
          href: entryPath('organizations', o.id),
          name: o.data.name,
          issued: issued.get(o.id) ?? 0,
        })),
      },
    ];
  });
}
