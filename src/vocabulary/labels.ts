/** Vietnamese labels for every enum of the content contract: one place for UI text. */

export const documentKinds = [
  'ke-hoach',
  'chi-thi',
  'quyet-dinh',
  'huong-dan',
  'thong-bao',
  'cong-van',
  'bao-cao',
] as const;
export type DocumentKind = (typeof documentKinds)[number];
export const documentKindLabel: Record<DocumentKind, string> = {
  'ke-hoach': 'Kế hoạch',
  'chi-thi': 'Chỉ thị',
  'quyet-dinh': 'Quyết định',
  'huong-dan': 'Hướng dẫn',
  'thong-bao': 'Thông báo',
  'cong-van': 'Công văn',
  'bao-cao': 'Báo cáo',
};

export const campaignKinds = ['thuong-xuyen', 'chuyen-de', 'dot'] as const;
export type CampaignKind = (typeof campaignKinds)[number];
export const campaignKindLabel: Record<CampaignKind, string> = {
  'thuong-xuyen': 'Thi đua thường xuyên',
  'chuyen-de': 'Thi đua theo chuyên đề',
  dot: 'Thi đua theo đợt',
};

export const exemplarKinds = ['ca-nhan', 'tap-the'] as const;
export type ExemplarKind = (typeof exemplarKinds)[number];
export const exemplarKindLabel: Record<ExemplarKind, string> = {
  'ca-nhan': 'Cá nhân',
  'tap-the': 'Tập thể',
};

export const newsCategories = ['hoat-dong', 'guong-sang', 'thong-bao', 'chi-dao'] as const;
export type NewsCategory = (typeof newsCategories)[number];
export const newsCategoryLabel: Record<NewsCategory, string> = {
  'hoat-dong': 'Tin hoạt động',
  'guong-sang': 'Gương sáng',
  'thong-bao': 'Thông báo',
  'chi-dao': 'Chỉ đạo, điều hành',
};

export const organizationKinds = [
  'ubnd',
  'so-nganh',
  'hoi-dong',
  'doan-the',
  'huyen',
  'xa',
  'doanh-nghiep',
  'khac',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];
export const organizationKindLabel: Record<OrganizationKind, string> = {
  ubnd: 'Ủy ban nhân dân',
  'so-nganh': 'Sở, ban, ngành',
  'hoi-dong': 'Hội đồng',
  'doan-the': 'Đoàn thể',
  huyen: 'Cấp huyện',
  xa: 'Cấp xã',
  'doanh-nghiep': 'Doanh nghiệp',
  khac: 'Khác',
};

/** "Kế hoạch số 248/KH-UBND", or "Kế hoạch" when the number is blank: how a document is named everywhere. */
export function documentLabel(doc: { kind: DocumentKind; number?: string | undefined }): string {
  return doc.number ? `${documentKindLabel[doc.kind]} số ${doc.number}` : documentKindLabel[doc.kind];
}

/** A document number as compared for duplicates: "21 / QĐ-UBND" and "21/qđ-ubnd" are one number. */
export const documentNumberKey = (number: string) => number.normalize('NFC').replace(/\s+/g, '').toUpperCase();
