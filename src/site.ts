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

/**
 * Ngày nghỉ lễ, Tết of civil servants, for counting the working days left in a public
 * consultation (src/lib/working-days.ts). The Labour Code 2019 (Điều 112) fixes the
 * holidays: Tết Dương lịch 1/1, Tết Âm lịch 5 days, Giỗ Tổ Hùng Vương 10/3 âm lịch, 30/4,
 * 1/5, Quốc khánh 2/9 and a day next to it; a holiday on a weekend is made up on the next
 * working day (Điều 111). The exact Tết days, the day next to 2/9 and any swap
 * (hoán đổi, làm bù) are set each year by the Prime Minister and announced by Bộ Nội vụ:
 * the board adds them here once a year, as docs/huong-dan-bien-tap.md says. Only weekdays
 * need listing.
 */
export const workingCalendar = {
  holidays: [
    // 2026. Tết Dương lịch 1–4/1, Friday 2/1 swapped for Saturday 10/1 (văn bản
    // 12729/VPCP-KGVX ngày 25/12/2025).
    '2026-01-01',
    '2026-01-02',
    // Tết Bính Ngọ: 29 tháng Chạp to mùng 4, Monday 16/2 to Friday 20/2 (nine days off
    // with the weekends, as the Prime Minister approved in October 2025).
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    // Giỗ Tổ Hùng Vương (10/3 âm lịch) is Sunday 26/4: made up on Monday 27/4.
    '2026-04-27',
    '2026-04-30',
    '2026-05-01',
    // Quốc khánh: Tuesday 1/9 and Wednesday 2/9.
    '2026-09-01',
    '2026-09-02',
    // 2027, the fixed holidays only: Tết Đinh Mùi (mùng 1 is Saturday 6/2/2027), the day
    // next to 2/9 and any swap are to be added once announced.
    '2027-01-01',
    // Giỗ Tổ Hùng Vương: 10/3 âm lịch is Friday 16/4/2027.
    '2027-04-16',
    '2027-04-30',
    // 1/5 is a Saturday: made up on Monday 3/5.
    '2027-05-03',
    '2027-09-02',
  ],
  /** Weekend days worked in exchange for a swapped day off. */
  makeUpDays: ['2026-01-10'],
} as const;
