/**
 * The board that publishes this portal. A province deploying the portal edits this file
 * (and `content/`); everything else is shared.
 */
import { pagePath, sectionPath } from './lib/routes.ts';
export const board = {
  /** Shown in the header and in titles. */
  siteName: 'Thi đua - Khen thưởng Lâm Đồng',
  /** Full name of the publishing body. */
  name: 'Ban Thi đua - Khen thưởng tỉnh Lâm Đồng',
  /** The body it belongs to since the 2025 reorganisation. */
  parentName: 'Sở Nội vụ tỉnh Lâm Đồng',
  council: 'Hội đồng Thi đua - Khen thưởng tỉnh Lâm Đồng',
  province: 'Lâm Đồng',
  address: 'Số 36 Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng',
  phone: '0263 3822 416',
  email: 'bantdkt@lamdong.gov.vn',
  /**
   * Where "Trang này có hữu ích không?" and "Báo lỗi nội dung" post (an https URL of a
   * form handler the board runs). Unset (the default), they open a prefilled e-mail to
   * `email` and nothing leaves the page. Set on another host, add it to the CSP's
   * `form-action` (docs/security-headers.md).
   */
  feedbackEndpoint: undefined as string | undefined,
  /** Người chịu trách nhiệm nội dung (Nghị định 42/2022/NĐ-CP). */
  responsible: 'Trưởng ban Ban Thi đua - Khen thưởng tỉnh',
  /** For the English page (/en/), as the board names itself in English. */
  en: {
    name: 'Lam Dong Provincial Board of Emulation and Commendation',
    parentName: 'Department of Home Affairs of Lam Dong Province',
    council: 'Lam Dong Provincial Council of Emulation and Commendation',
    address: '36 Tran Phu Street, Xuan Huong - Da Lat Ward, Lam Dong Province, Viet Nam',
    phone: '+84 263 3822 416',
  },
  licence: 'Giấy phép số 12/GP-TTĐT ngày 15 tháng 3 năm 2026 của Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng',
} as const;

/** Main navigation: the sections of the contract's URL table. */
export const nav = [
  { href: sectionPath('campaigns'), label: 'Phong trào thi đua' },
  { href: sectionPath('documents'), label: 'Văn bản' },
  { href: sectionPath('exemplars'), label: 'Gương điển hình' },
  { href: pagePath('honors'), label: 'Khen thưởng' },
  { href: sectionPath('news'), label: 'Tin tức' },
  { href: sectionPath('organizations'), label: 'Cơ quan, đơn vị' },
  { href: pagePath('about'), label: 'Giới thiệu' },
] as const;
