/**
 * The issuer of an imported document: an organization of the library, a new one proposed
 * beside the document, or a stand-in the editor must correct.
 */
import type { IssuerResult } from './issuer.ts';
import type { Library, OrgRecord } from './library.ts';
import type { ProposedOrganization } from './organizations.ts';
import { standIn, type EntryDraft } from './draft.ts';

/** The issuer as a slug, a proposed organization entry, and the report line. */
export function issuerEntry(
  res: IssuerResult,
  library: Library,
  doc: EntryDraft,
  source: string,
): EntryDraft | undefined {
  if (res.org) {
    doc.data.issuer = res.org.slug;
    doc.found.push({ label: 'cơ quan ban hành', value: `${res.org.slug} (${res.org.name})` });
    return undefined;
  }
  if (res.proposed) {
    const existing = library.organizations.find((o) => o.slug === res.proposed!.slug);
    doc.data.issuer = res.proposed.slug;
    if (existing) {
      doc.found.push({ label: 'cơ quan ban hành', value: `${existing.slug} (${existing.name})` });
      return undefined;
    }
    doc.found.push({
      label: 'cơ quan ban hành',
      value: `${res.proposed.slug} (${res.name}; chưa có, đề xuất tệp mới)`,
    });
    return organizationEntry(res.proposed, source);
  }
  const fallback = fallbackIssuer(library);
  doc.data.issuer = fallback?.slug ?? 'chua-ro-co-quan';
  standIn(
    doc,
    'issuer',
    `không tìm thấy cơ quan ban hành; tạm ghi ${doc.data.issuer}. Tên tệp (không đuôi) trong content/organizations`,
    {
      label: 'cơ quan ban hành',
      value: `tạm ghi ${doc.data.issuer}, cần sửa`,
    },
  );
  return undefined;
}

function organizationEntry(p: ProposedOrganization, source: string): EntryDraft {
  return {
    collection: 'organizations',
    slug: p.slug,
    data: { ...p.data },
    comments: {
      name: `Đề xuất khi nhập ${source}: kiểm tra tên, tên viết tắt (shortName), loại (kind) và thêm cơ quan cấp trên (parent) nếu có`,
    },
    found: [],
    missing: [],
    needsReview: false,
    proposedFor: p.data.name,
  };
}

/** The province's People's Committee, where nothing names the issuer. */
function fallbackIssuer(library: Library): OrgRecord | undefined {
  return library.organizations.find((o) => o.kind === 'ubnd') ?? library.organizations[0];
}
