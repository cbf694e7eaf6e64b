/**
 * Whether a document is in force, derived and never typed: from its own dates
 * (`effectiveFrom`, `effectiveUntil`), the relations other documents declare towards it
 * (`replaces`, `repeals`, `amends`) and the build date. Pure, over plain records, so the
 * rules are tested without a build (ADR 0011).
 *
 * A relation takes effect when the document declaring it does: a decision issued today
 * that replaces last year's rules from 1 January leaves them in force until then, and
 * the page says when they end and why.
 */
import { dateSortKey, lastDayOf } from '../vocabulary/dates.ts';

/** The relations a document declares towards other documents of the library. */
export const RELATION_KEYS = ['replaces', 'amends', 'repeals', 'guides'] as const;
export type RelationKey = (typeof RELATION_KEYS)[number];

/** The relations that end a document's force (entirely). */
const ENDING: readonly RelationKey[] = ['replaces', 'repeals'];

/** What a relation is called from each side, as the document page lists it. */
export const relationLabel: Record<RelationKey | 'basis', { out: string; in: string }> = {
  replaces: { out: 'Thay thế', in: 'Bị thay thế bởi' },
  amends: { out: 'Sửa đổi, bổ sung', in: 'Được sửa đổi, bổ sung bởi' },
  repeals: { out: 'Bãi bỏ', in: 'Bị bãi bỏ bởi' },
  guides: { out: 'Hướng dẫn thi hành', in: 'Được hướng dẫn bởi' },
  basis: { out: 'Căn cứ', in: 'Được viện dẫn làm căn cứ bởi' },
};

export const VALIDITY_STATES = ['con-hieu-luc', 'da-sua-doi', 'chua-co-hieu-luc', 'het-hieu-luc'] as const;
/** The state's slug, which is also its filter value (`/van-ban/hieu-luc/het-hieu-luc/`). */
export type ValidityState = (typeof VALIDITY_STATES)[number];

export const validityLabel: Record<ValidityState, string> = {
  'con-hieu-luc': 'Còn hiệu lực',
  'da-sua-doi': 'Đã được sửa đổi, bổ sung',
  'chua-co-hieu-luc': 'Chưa có hiệu lực',
  'het-hieu-luc': 'Hết hiệu lực toàn bộ',
};

/** The fields of a document the derivation reads. */
export interface ValidityRecord {
  id: string;
  issuedAt: string;
  effectiveFrom?: string | undefined;
  effectiveUntil?: string | undefined;
  replaces: readonly { id: string }[];
  amends: readonly { id: string }[];
  repeals: readonly { id: string }[];
  guides: readonly { id: string }[];
  basis: readonly { document?: { id: string } | undefined }[];
}

/** Another document acting on this one: which, how, and from which day. */
interface Action {
  by: string;
  relation: RelationKey;
  /** The first day the action holds: the acting document's first day in force. */
  on: string;
}

export interface Validity {
  state: ValidityState;
  label: string;
  /** First day in force. */
  from: string;
  /** Last day in force, when known: its own `effectiveUntil`, or the day before it was replaced or repealed. */
  until: string | undefined;
  /** Why it ended or will end: the replacing or repealing document, or `expires` (its own date). */
  end: Action | { by: undefined; relation: 'expires'; on: string } | undefined;
  /** Amendments already in force, oldest first. */
  amendedBy: Action[];
  /** Amendments, replacement or repeal decided but not yet in force. */
  pending: Action[];
}

/** Relations both ways, built once for the whole library. */
export interface RelationIndex {
  byId: Map<string, ValidityRecord>;
  /** Who acts on a document, by relation (`replaces` → the documents that replace it). */
  incoming: Map<string, { relation: RelationKey | 'basis'; by: string }[]>;
}

export function relationIndex(docs: Iterable<ValidityRecord>): RelationIndex {
  const byId = new Map<string, ValidityRecord>();
  const incoming: RelationIndex['incoming'] = new Map();
  const add = (target: string, relation: RelationKey | 'basis', by: string) => {
    const list = incoming.get(target);
    const item = { relation, by };
    if (!list) incoming.set(target, [item]);
    else if (!list.some((x) => x.relation === relation && x.by === by)) list.push(item);
  };
  for (const d of docs) {
    byId.set(d.id, d);
    for (const key of RELATION_KEYS) for (const r of d[key]) if (r.id !== d.id) add(r.id, key, d.id);
    for (const b of d.basis) if (b.document && b.document.id !== d.id) add(b.document.id, 'basis', d.id);
  }
  return { byId, incoming };
}

/** A date as the day it starts: `2026` is 1 January 2026. */
const firstDay = (value: string) => dateSortKey(value).slice(0, 10);

/** The day after `day` (`YYYY-MM-DD`). */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The day before `day`. */
function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** A document's first day in force: `effectiveFrom`, or else the day it was issued. */
const startOf = (d: Pick<ValidityRecord, 'issuedAt' | 'effectiveFrom'>) => firstDay(d.effectiveFrom ?? d.issuedAt);

/**
 * Whether a document takes part in validity at all: it gives its own dates, or a
 * replacement, amendment or repeal involves it. Plans and notices usually do not, and
 * show no state.
 */
function hasValidity(d: ValidityRecord, index: RelationIndex): boolean {
  if (d.effectiveFrom || d.effectiveUntil) return true;
  if (d.replaces.length || d.amends.length || d.repeals.length) return true;
  return (index.incoming.get(d.id) ?? []).some((x) => x.relation !== 'guides' && x.relation !== 'basis');
}

/** The validity of document `id` on `today` (`YYYY-MM-DD`), or undefined when it shows none. */
export function validityOf(id: string, index: RelationIndex, today: string): Validity | undefined {
  const d = index.byId.get(id);
  if (!d || !hasValidity(d, index)) return undefined;
  const day = today.slice(0, 10);
  const from = startOf(d);
  const actions: Action[] = [];
  for (const { relation, by } of index.incoming.get(id) ?? []) {
    if (relation === 'basis' || relation === 'guides') continue;
    const actor = index.byId.get(by);
    if (actor) actions.push({ by, relation, on: startOf(actor) });
  }
  actions.sort((a, b) => a.on.localeCompare(b.on) || a.by.localeCompare(b.by));
  // What ends it: the earliest replacement or repeal, or its own last day if sooner.
  const ender = actions.find((a) => ENDING.includes(a.relation));
  const ownEnd = d.effectiveUntil ? nextDay(lastDayOf(d.effectiveUntil)) : undefined;
  const end =
    ownEnd && (!ender || ownEnd <= ender.on) ? { by: undefined, relation: 'expires' as const, on: ownEnd } : ender;
  const until = end ? dayBefore(end.on) : undefined;
  const amendedBy = actions.filter((a) => a.relation === 'amends' && a.on <= day);
  const pending = actions.filter((a) => a.on > day && (a.relation === 'amends' || a === end));
  let state: ValidityState;
  if (end && end.on <= day) state = 'het-hieu-luc';
  else if (from > day) state = 'chua-co-hieu-luc';
  else state = amendedBy.length ? 'da-sua-doi' : 'con-hieu-luc';
  return { state, label: validityLabel[state], from, until, end, amendedBy, pending };
}

/**
 * Cycles of replacement (A replaces B, B replaces A, or longer), each as the ids along
 * it, found once: the check rejects them, since neither document could be in force.
 * Repeals count as replacement here.
 */
export function replacementCycles(docs: Iterable<Pick<ValidityRecord, 'id' | 'replaces' | 'repeals'>>): string[][] {
  const next = new Map<string, string[]>();
  for (const d of docs) next.set(d.id, [...new Set([...d.replaces, ...d.repeals].map((r) => r.id))]);
  const cycles: string[][] = [];
  const done = new Set<string>();
  const onPath = new Map<string, number>();
  const path: string[] = [];
  const visit = (id: string) => {
    if (done.has(id)) return;
    const at = onPath.get(id);
    if (at !== undefined) {
      cycles.push(path.slice(at));
      return;
    }
    onPath.set(id, path.length);
    path.push(id);
    for (const n of next.get(id) ?? []) if (n !== id && next.has(n)) visit(n);
    path.pop();
    onPath.delete(id);
    done.add(id);
  };
  for (const id of [...next.keys()].sort()) visit(id);
  return cycles;
}
