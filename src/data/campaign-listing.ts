/**
 * The campaigns listing (`/phong-trao/`): the published campaigns grouped by their state
 * on the build date, those under way first, then those to come, then those summed up;
 * each group in the site's order (latest start first), and no group without campaigns.
 */
import { campaignStatus, campaignStatusLabel, type CampaignStatus } from '../lib/status.ts';
import type { Campaign, Site } from './content.ts';

/** The order of the groups on the page. */
const statusOrder: readonly CampaignStatus[] = ['dang-trien-khai', 'sap-trien-khai', 'da-tong-ket'];

interface CampaignGroup {
  status: CampaignStatus;
  /** The group's heading: "Đang triển khai". */
  label: string;
  campaigns: Campaign[];
}

export interface CampaignListingView {
  groups: CampaignGroup[];
  /** No campaign is published at all. */
  empty: boolean;
}

export function campaignListingView(s: Site, today: string): CampaignListingView {
  const byStatus = Map.groupBy(s.campaigns, (c) => campaignStatus(c.data.period, today));
  return {
    groups: statusOrder.flatMap((status) => {
      const campaigns = byStatus.get(status) ?? [];
      return campaigns.length > 0 ? [{ status, label: campaignStatusLabel[status], campaigns }] : [];
    }),
    empty: s.campaigns.length === 0,
  };
}
