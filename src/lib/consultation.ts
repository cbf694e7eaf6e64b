/**
 * The words a consultation notice shows around its data: its legal basis, as the entry's
 * `consultation.basis` writes it (the decree changes; the notice never names one itself),
 * and how long opinions are still accepted, counted in working days from the build date.
 */
import { buildDate, formatDateLong } from '../vocabulary/dates.ts';
import {
  consultationCountdown,
  countdownLead,
  countdownText,
  type ConsultationCountdown,
  type WorkingCalendar,
} from './working-days.ts';

/**
 * "Thực hiện theo quy định tại Điều 44 Nghị định số 152/2025/NĐ-CP." from the basis as
 * written; a leading "Căn cứ"/"theo" and the closing punctuation an editor copied from
 * the paper are dropped so the sentence reads once. `undefined` without a basis.
 */
export function basisSentence(basis: string | undefined): string | undefined {
  const b = basis
    ?.trim()
    .replace(/^(căn cứ|thực hiện|theo quy định tại|theo)\s+/iu, '')
    .replace(/[\s;.,]+$/u, '');
  return b ? `Thực hiện theo quy định tại ${b}.` : undefined;
}

/** What the box says of the deadline on the build date. */
export interface DeadlineView {
  countdown: ConsultationCountdown;
  /** "Còn 7 ngày làm việc", "Hôm nay là ngày cuối nhận ý kiến", "Đã hết hạn nhận ý kiến". */
  lead: string;
  /** "Còn 7 ngày làm việc (đến hết ngày 15 tháng 12 năm 2026)", or the last day, or closed. */
  text: string;
  /** The build date the count is as of, `YYYY-MM-DD`. */
  asOf: string;
}

/** The deadline on `today` against the site's holidays (src/site.ts, `workingCalendar`). */
export function deadlineView(until: string, calendar: WorkingCalendar, today: string = buildDate()): DeadlineView {
  const countdown = consultationCountdown(until, calendar, today);
  return {
    countdown,
    lead: countdownLead(countdown),
    text: countdownText(countdown, formatDateLong(until)),
    asOf: today,
  };
}
