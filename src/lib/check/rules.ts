/**
 * The rules across entries, once every file has been read: references name an existing
 * entry (a published entry, a published organization), links in bodies lead to published pages, an issuer never uses a number twice,
 * a document neither acts on itself nor takes part in a cycle of replacement, nor ends
 * before it begins, and assets nobody uses are pointed out.
 */
import { collections } from '../../collections.ts';
import { entryOfPath } from '../routes.ts';
import { documentNumberKey } from '../../vocabulary/labels.ts';
import { decodePath, RESERVED, type Run } from './run.ts';
import { fieldName, Ref } from './schema-context.ts';
import type { CheckedEntry } from './types.ts';
import { RELATION_KEYS, relationLabel, replacementCycles } from '../validity.ts';

export function checkAcrossEntries(run: Run): void {
  const { add, lineOf, rel, entries, invalid, refs, bodyLinks, referencedAssets, assetFiles, contentDir } = run;
  // References: each must name an existing entry of the right collection.
  for (const { from, field, ref } of refs) {
    const target = entries[ref.collection].get(ref.id);
    if (!target) {
      // An entry that exists but is invalid has its own errors; do not call it missing.
      if (invalid[ref.collection].has(ref.id)) continue;
      const folder = `${contentDir}/${collections[ref.collection].folder}`;
      add({
        file: from.file,
        line: lineOf(from.file, field),
        field: fieldName(field),
        message: `Không có ${collections[ref.collection].label} nào tên “${ref.id}” trong ${folder}`,
        expected: `tên một tệp trong ${folder} (không có đuôi)`,
        found: `"${ref.id}"`,
        detail: `dangling reference to ${ref.collection}`,
      });
    } else if (target.held && !from.held && ref.collection === 'organizations') {
      // An organization held back is one nobody has confirmed yet (the importer proposes
      // new ones as drafts). A published entry cannot leave it out the way it leaves out a
      // link to a draft: an issuer or a launcher is required, and would vanish from the page.
      add({
        file: from.file,
        line: lineOf(from.file, field),
        field: fieldName(field),
        message: `Cơ quan, đơn vị “${ref.id}” (${target.file}) chưa được xác nhận (draft: true): kiểm tra tên, loại và cơ quan cấp trên rồi đổi thành draft: false, hoặc ghi một cơ quan đã có`,
        expected: 'một cơ quan, đơn vị đã xuất bản',
        found: ref.id,
        detail: 'reference to a held-back organization',
      });
    } else if (target.held && !from.held) {
      add({
        severity: 'warning',
        file: from.file,
        line: lineOf(from.file, field),
        field: fieldName(field),
        message: `Mục được nhắc tới (${target.file}) chưa xuất bản nên sẽ không hiện liên kết tới nó`,
        found: ref.id,
      });
    }
  }

  // Links in bodies, in every form, must lead to a published page: a link to a held-back
  // entry would put its address into a public page and the search index.
  for (const { file, held, links } of bodyLinks) {
    for (const { url, line } of links) {
      const at = entryOfPath(url);
      if (!at) continue;
      const slug = decodePath(at.slug);
      if (RESERVED.test(slug)) continue;
      const target = at.collection;
      const hit = entries[target].get(slug) ?? invalid[target].get(slug);
      if (!hit || (hit.held && !held)) {
        add({
          file,
          line,
          field: '(nội dung)',
          message: hit ? 'Liên kết tới một mục chưa xuất bản' : 'Liên kết tới một trang không có trên cổng',
          found: url,
        });
      }
    }
  }

  // One issuer cannot use the same number twice.
  const numbers = new Map<string, CheckedEntry>();
  for (const doc of [...entries.documents.values(), ...invalid.documents.values()]) {
    const number = doc.data.number as string | undefined;
    if (!number || !(doc.data.issuer instanceof Ref)) continue;
    const issuer = doc.data.issuer.id;
    const key = `${issuer}|${documentNumberKey(number)}`;
    const first = numbers.get(key);
    if (first) {
      add({
        file: doc.file,
        line: lineOf(doc.file, ['number']),
        field: 'number',
        message: `Số, ký hiệu “${number}” của ${issuer} đã dùng cho văn bản ${first.file}: mỗi cơ quan không cấp một số hai lần`,
        expected: 'một số, ký hiệu chưa dùng',
        found: `"${number}"`,
      });
    } else numbers.set(key, doc);
  }

  checkDocumentRelations(run);

  // Assets lying next to entries that nothing uses: not an error, but said.
  for (const abs of assetFiles) {
    if (!referencedAssets.has(abs)) {
      add({
        severity: 'warning',
        file: rel(abs),
        line: 1,
        field: '',
        message: 'Tệp này không được mục nào dùng tới nên sẽ không xuất bản',
      });
    }
  }
}

/** The references of a document's relation list, as the checker parsed them. */
const refsOf = (doc: CheckedEntry, key: string): Ref[] =>
  Array.isArray(doc.data[key]) ? (doc.data[key] as unknown[]).filter((r): r is Ref => r instanceof Ref) : [];

/**
 * Validity rules: a document does not replace, amend, repeal, guide or cite itself; no
 * cycle of replacement (A replaces B, B replaces A), in which neither could be in force;
 * `effectiveUntil` is not before `effectiveFrom`.
 */
function checkDocumentRelations(run: Run): void {
  const { add, lineOf, entries } = run;
  const docs = [...entries.documents.values()];
  for (const doc of docs) {
    for (const key of RELATION_KEYS) {
      refsOf(doc, key).forEach((r, i) => {
        if (r.id !== doc.id) return;
        add({
          file: doc.file,
          line: lineOf(doc.file, [key, i]),
          field: `${key}[${i}]`,
          message: `Văn bản không thể tự ${relationLabel[key].out.toLowerCase()} chính nó`,
          expected: 'tên tệp của một văn bản khác',
          found: `"${r.id}"`,
        });
      });
    }
    const basis = Array.isArray(doc.data.basis) ? (doc.data.basis as { document?: unknown }[]) : [];
    basis.forEach((b, i) => {
      if (b.document instanceof Ref && b.document.id === doc.id) {
        add({
          file: doc.file,
          line: lineOf(doc.file, ['basis', i, 'document']),
          field: `basis[${i}].document`,
          message: 'Văn bản không thể lấy chính nó làm căn cứ',
          expected: 'tên tệp của một văn bản khác',
          found: `"${b.document.id}"`,
        });
      }
    });
    const from = doc.data.effectiveFrom;
    const until = doc.data.effectiveUntil;
    if (typeof from === 'string' && typeof until === 'string' && until < from) {
      add({
        file: doc.file,
        line: lineOf(doc.file, ['effectiveUntil']),
        field: 'effectiveUntil',
        message: `Ngày hết hiệu lực (${until}) trước ngày có hiệu lực (${from})`,
        expected: `một ngày từ ${from} trở đi`,
        found: until,
      });
    }
  }
  const cycles = replacementCycles(
    docs.map((d) => ({ id: d.id, replaces: refsOf(d, 'replaces'), repeals: refsOf(d, 'repeals') })),
  );
  for (const cycle of cycles) {
    const first = entries.documents.get(cycle[0]!)!;
    const second = cycle[1 % cycle.length]!;
    const key = refsOf(first, 'replaces').some((r) => r.id === second) ? 'replaces' : 'repeals';
    const i = refsOf(first, key).findIndex((r) => r.id === second);
    add({
      file: first.file,
      line: lineOf(first.file, [key, i]),
      field: `${key}[${i}]`,
      message: `Vòng thay thế khép kín: ${[...cycle, cycle[0]].join(' → ')}. Một văn bản không thể vừa thay thế vừa bị chính văn bản đó (trực tiếp hay gián tiếp) thay thế; bỏ quan hệ ghi nhầm`,
      expected: 'quan hệ thay thế, bãi bỏ theo một chiều thời gian',
      found: cycle.join(', '),
    });
  }
}
