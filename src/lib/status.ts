import { dateSortKey, lastDayOf } from '../vocabulary/dates.ts';

export type CampaignStatus = 'sap-trien-khai' | 'dang-trien-khai' | 'da-tong-ket';

export const campaignStatusLabel: Record<CampaignStatus, string> = {
  'sap-trien-khai': 'Sắp triển khai',
  'dang-trien-khai': 'Đang triển khai',
  'da-tong-ket': 'Đã tổng kết',
};

/**
 * The status of a campaign on a given day: before its start it is upcoming, after its
 * end it is summed up, otherwise (or with no end) it is under way. Dates may be partial:
 * a period ending "2025" runs to 31 December 2025.
 */
export function campaignStatus(period: { start: string; end?: string | undefined }, today: string): CampaignStatus {
  const day = dateSortKey(today).slice(0, 10);
  if (dateSortKey(period.start).slice(0, 10) > day) return 'sap-trien-khai';
  if (period.end && lastDayOf(period.end) < day) return 'da-tong-ket';
  return 'dang-trien-khai';
}

/** Whether a deadline has passed on `today`: a month-only deadline runs to the month's end. */
export function isPast(deadline: string, today: string): boolean {
  return lastDayOf(deadline) < today.slice(0, 10);
}

/** When a document was posted on the portal: `publishedAt`, or else its date of issue. */
export const postedAt = (d: { publishedAt?: string | undefined; issuedAt: string }) => d.publishedAt ?? d.issuedAt;
