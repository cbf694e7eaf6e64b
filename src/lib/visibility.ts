/**
 * Which entries may be published. A draft never is (in every collection, organizations
 * too: the importer proposes new ones as drafts); a person's profile (`ca-nhan`) only
 * with their consent. Shared by the site's data layer and the content checker,
 * so what the build holds back and what it reports as held back are the same thing.
 */
export type HoldReason = 'draft' | 'no-consent';

export function holdReason(collection: string, data: Record<string, unknown>): HoldReason | undefined {
  if (data.draft === true) return 'draft';
  if (collection === 'exemplars' && data.kind === 'ca-nhan' && data.consent !== true) return 'no-consent';
  return undefined;
}

export const holdReasonLabel: Record<HoldReason, string> = {
  draft: 'bản nháp (draft: true)',
  'no-consent': 'hồ sơ cá nhân chưa có sự đồng ý (consent: true)',
};
