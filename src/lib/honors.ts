/**
 * The honor roll (bảng vàng khen thưởng): every award the portal knows of, from two
 * sources that often describe the same award twice: an exemplar's `awards` list and an
 * award decision's `awardees`. They are merged here, grouped by year and by form of
 * award (the forms of the Law on Emulation and Commendation 2022).
 */
import { fold } from '../vocabulary/fold.ts';
import { collator } from './text.ts';

/** Forms of award, highest first; each recognised by the words that open its title. */
export const awardForms = [
  { id: 'huan-chuong', label: 'Huân chương', match: /huan chuong/ },
  {
    id: 'danh-hieu-vinh-du',
    label: 'Danh hiệu vinh dự Nhà nước',
    match: /\b(anh hung|(nha giao|thay thuoc|nghe si|nghe nhan) (nhan dan|uu tu))\b/,
  },
  { id: 'huy-chuong', label: 'Huy chương', match: /huy chuong/ },
  { id: 'co-thi-dua', label: 'Cờ thi đua', match: /co thi dua/ },
  { id: 'chien-si-thi-dua', label: 'Chiến sĩ thi đua', match: /chien si thi dua/ },
  { id: 'bang-khen', label: 'Bằng khen', match: /bang khen/ },
  { id: 'giay-khen', label: 'Giấy khen', match: /giay khen/ },
  {
    id: 'danh-hieu-khac',
    label: 'Danh hiệu thi đua khác',
    match: /lao dong tien tien|chien si tien tien|lao dong xuat sac|danh hieu|gioi cap|gia dinh van hoa/,
  },
  { id: 'khac', label: 'Hình thức khác', match: /.*/ },
] as const;
export type AwardFormId = (typeof awardForms)[number]['id'];

/** The form of an award, from its title ("Bằng khen của Chủ tịch UBND tỉnh" → Bằng khen). */
export function awardForm(title: string): (typeof awardForms)[number] {
  const folded = fold(title).toLowerCase();
  return awardForms.find((f) => f.match.test(folded))!;
}

export interface HonorDecision {
  id: string;
  number?: string | undefined;
  title: string;
  year: number;
}

export interface Honor {
  /** Who: a person's name or a collective's. */
  name: string;
  kind: 'ca-nhan' | 'tap-the';
  unit?: string | undefined;
  award: string;
  form: AwardFormId;
  year: number;
  /** Slug of the exemplar's profile, when it is published. */
  exemplar?: string | undefined;
  decision?: HonorDecision | undefined;
}

export interface ExemplarAwards {
  id: string;
  name: string;
  kind: 'ca-nhan' | 'tap-the';
  unit?: string | undefined;
  awards: { title: string; year: number; decision?: HonorDecision | undefined }[];
}

export interface DecisionAwardees extends HonorDecision {
  awardees: {
    name: string;
    kind: 'ca-nhan' | 'tap-the';
    unit?: string | undefined;
    award: string;
    exemplar?: string | undefined;
  }[];
}

const key = (...parts: (string | number | undefined)[]) =>
  parts
    .map((p) =>
      fold(String(p ?? ''))
        .toLowerCase()
        .trim(),
    )
    .join('|');

/**
 * Every award once. A decision's awardee and an exemplar's award are the same award when
 * the exemplar lists that decision and the awardee is that exemplar (by link, or else by
 * name) with the same title; the merged record keeps the decision's wording of the unit
 * and links both the profile and the decision.
 */
export function collectHonors(exemplars: ExemplarAwards[], decisions: DecisionAwardees[]): Honor[] {
  const byKey = new Map<string, Honor>();
  const exemplarById = new Map(exemplars.map((e) => [e.id, e]));
  for (const d of decisions) {
    const decision: HonorDecision = { id: d.id, number: d.number, title: d.title, year: d.year };
    for (const a of d.awardees) {
      const exemplar = a.exemplar && exemplarById.has(a.exemplar) ? a.exemplar : undefined;
      const honor: Honor = {
        name: a.name,
        kind: a.kind,
        unit: a.unit,
        award: a.award,
        form: awardForm(a.award).id,
        year: d.year,
        exemplar,
        decision,
      };
      byKey.set(key(d.id, a.name, a.award), honor);
    }
  }
  for (const e of exemplars) {
    for (const a of e.awards) {
      const same = a.decision && byKey.get(key(a.decision.id, e.name, a.title));
      if (same) {
        same.exemplar ??= e.id;
        continue;
      }
      const honor: Honor = {
        name: e.name,
        kind: e.kind,
        unit: e.unit,
        award: a.title,
        form: awardForm(a.title).id,
        year: a.year,
        exemplar: e.id,
        decision: a.decision,
      };
      byKey.set(key('ho-so', e.id, a.title, a.year), honor);
    }
  }
  const formRank = new Map(awardForms.map((f, i) => [f.id as string, i]));
  return [...byKey.values()].sort(
    (a, b) =>
      b.year - a.year ||
      formRank.get(a.form)! - formRank.get(b.form)! ||
      collator.compare(a.award, b.award) ||
      collator.compare(a.name, b.name),
  );
}

export interface HonorYear {
  year: number;
  forms: { id: AwardFormId; label: string; honors: Honor[] }[];
  count: number;
}

/** Honors by year (newest first), and within a year by form (highest first). */
export function honorsByYear(honors: Honor[]): HonorYear[] {
  const years = new Map<number, Honor[]>();
  for (const h of honors) years.set(h.year, [...(years.get(h.year) ?? []), h]);
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => ({
      year,
      count: list.length,
      forms: awardForms.flatMap((f) => {
        const inForm = list.filter((h) => h.form === f.id);
        return inForm.length ? [{ id: f.id, label: f.label, honors: inForm }] : [];
      }),
    }));
}

/** How many awards of each form, over all years: the summary line of the honor roll. */
export function countByForm(honors: Honor[]): { id: AwardFormId; label: string; count: number }[] {
  return awardForms.flatMap((f) => {
    const count = honors.filter((h) => h.form === f.id).length;
    return count ? [{ id: f.id, label: f.label, count }] : [];
  });
}
