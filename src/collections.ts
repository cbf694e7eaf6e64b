/**
 * The collections of the content contract (docs/content-model.md), each declared once:
 * its folder under `content/`, the file formats it takes, the first segment of its
 * pages' addresses, its Vietnamese names and its open-data file. Everything else reads
 * these facts from here (URLs through `src/lib/routes.ts`, and the route table of
 * `src/integrations/routes.ts` that gives each template in `src/routes/` its address):
 * renaming a section's address is an edit of `route` here and nowhere else.
 * This module imports nothing, so every layer may use it.
 */
export const collections = {
  documents: {
    folder: 'documents',
    formats: ['md', 'mdx'],
    route: 'van-ban',
    label: 'văn bản',
    title: 'Văn bản',
    dataset: 'van-ban',
  },
  campaigns: {
    folder: 'campaigns',
    formats: ['md', 'mdx'],
    route: 'phong-trao',
    label: 'phong trào thi đua',
    title: 'Phong trào thi đua',
    dataset: 'phong-trao',
  },
  exemplars: {
    folder: 'exemplars',
    formats: ['md', 'mdx'],
    route: 'guong-dien-hinh',
    label: 'gương điển hình',
    title: 'Gương điển hình',
    dataset: 'guong-dien-hinh',
  },
  news: {
    folder: 'news',
    formats: ['md', 'mdx'],
    route: 'tin-tuc',
    label: 'tin tức',
    title: 'Tin tức',
    dataset: 'tin-tuc',
  },
  organizations: {
    folder: 'organizations',
    formats: ['yaml', 'yml'],
    route: 'co-quan',
    label: 'cơ quan, đơn vị',
    title: 'Cơ quan, đơn vị',
    dataset: undefined,
  },
} as const;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];

/**
 * The site's own pages that belong to no collection, each with the first segment of
 * its address and its Vietnamese title (as in menus and breadcrumbs).
 */
export const sitePages = {
  search: { route: 'tim-kiem', title: 'Tìm kiếm' },
  calendar: { route: 'lich', title: 'Lịch công tác' },
  honors: { route: 'khen-thuong', title: 'Khen thưởng' },
  about: { route: 'gioi-thieu', title: 'Giới thiệu' },
  procedures: { route: 'thu-tuc-khen-thuong', title: 'Thủ tục khen thưởng' },
  accessibility: { route: 'kha-nang-tiep-can', title: 'Tuyên bố về khả năng tiếp cận' },
  openData: { route: 'du-lieu', title: 'Dữ liệu mở' },
  english: { route: 'en', title: 'English' },
} as const;

export type SitePageName = keyof typeof sitePages;
