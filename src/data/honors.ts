/**
 * The honor roll and the open public consultations, from the published content, and
 * what the `/khen-thuong/` page shows of them.
 */
import { buildDate, yearOf } from '../vocabulary/dates.ts';
import { collectHonors, countByForm, honorsByYear, type HonorDecision, type HonorYear } from '../lib/honors.ts';
import { resolveOne, type Doc, type Site } from './content.ts';

const decisionOf = (doc: Doc): HonorDecision => ({
  id: doc.id,
  number: doc.data.number,
  title: doc.data.title,
  year: yearOf(doc.data.issuedAt),
});

/** Every published award: exemplars' awards merged with award decisions' awardees. */
export function siteHonors(s: Site) {
  return collectHonors(
    s.exemplars.map((e) => ({
      id: e.id,
      name: e.data.name,
      kind: e.data.kind,
      unit: e.data.unit,
      awards: e.data.awards.map((a) => {
        const decision = resolveOne(s.doc, a.decision);
        return { title: a.title, year: a.year, decision: decision && decisionOf(decision) };
      }),
    })),
    s.documents
      .filter((d) => d.data.awardees.length > 0)
      .map((d) => ({ ...decisionOf(d), awardees: d.data.awardees.map((a) => ({ ...a, exemplar: a.exemplar?.id })) })),
  );
}

/**
 * Documents whose public consultation is open on the build date: open through the whole
 * of `until` ("đến hết ngày …"), the soonest to close first.
 */
export function openConsultations(s: Site, today = buildDate()): Doc[] {
  return s.documents
    .filter((d) => d.data.consultation && d.data.consultation.until >= today)
    .sort((a, b) => (a.data.consultation!.until < b.data.consultation!.until ? -1 : 1));
}

export interface HonorRollView {
  /** How many honors in all. */
  total: number;
  /** The honors by year, newest first, each year by form, highest first. */
  years: HonorYear[];
  /** How many honors of each form, highest form first. */
  totals: ReturnType<typeof countByForm>;
  /** The consultations open on the build date, announced above the roll. */
  consultations: Doc[];
}

/** What the honor roll page shows, on the build date `today`. */
export function honorRollView(s: Site, today: string): HonorRollView {
  const honors = siteHonors(s);
  return {
    total: honors.length,
    years: honorsByYear(honors),
    totals: countByForm(honors),
    consultations: openConsultations(s, today),
  };
}
