/**
 * What a document's page shows beyond its own fields, assembled once and as plain data,
 * so templates only render and the rules can be tested without a build: its bases
 * linked to the library, its deadlines with whether they have passed, the consultation's
 * state, its awardees linked to their profiles, its attachments with type and size, and
 * whether it has a calendar file.
 */
import { hasCalendarDates } from '../lib/calendar-items.ts';
import { basisSentence, deadlineView, type DeadlineView } from '../lib/consultation.ts';
import { contactParts, emailsIn, type ContactPart } from '../lib/contact.ts';
import { board, workingCalendar } from '../site.ts';
import { attachmentInfo, type AttachmentInfo } from '../lib/files.ts';
import { documentIcsPath, entryPath } from '../lib/routes.ts';
import { isPast } from '../lib/status.ts';
import type { ExemplarKind } from '../vocabulary/labels.ts';
import { resolveOne, type Doc, type Site } from './content.ts';

/** A link to another page: its address and the name to show. */
export interface Link {
  href: string;
  name: string;
}

export interface DocumentView {
  bases: { text: string; href: string | undefined }[];
  deadlines: { date: string; task: string; past: boolean; assignee: Link | undefined }[];
  consultation:
    | {
        open: boolean;
        until: string;
        /** The legal basis as the entry writes it, in a sentence; none when the entry has none. */
        basis: string | undefined;
        /** The working days left as of the build date, with the sentence that says so. */
        deadline: DeadlineView;
        contact: string;
        /** The contact with its phones and e-mails as `tel:`/`mailto:` links. */
        contactParts: ContactPart[];
        /** Where "Gửi ý kiến" writes: the contact's first e-mail, else the board's (src/site.ts). */
        email: string;
        proposed: NonNullable<Doc['data']['consultation']>['proposed'];
      }
    | undefined;
  awardees: { name: string; kind: ExemplarKind; unit: string | undefined; award: string; href: string | undefined }[];
  attachments: (AttachmentInfo & { title: string })[];
  /** The document's own `.ics`, when it has dates. */
  calendar: string | undefined;
}

export interface DocumentViewOptions {
  /** The project root: attachments are read from the entry's folder to know their size. */
  root: string;
  /** `YYYY-MM-DD`, the build date: deadlines and consultations are judged against it. */
  today: string;
}

export function documentView(doc: Doc, s: Site, { root, today }: DocumentViewOptions): DocumentView {
  const d = doc.data;
  const link = (href: string, name: string): Link => ({ href, name });
  return {
    bases: d.basis.map((b) => {
      const target = resolveOne(s.doc, b.document);
      return { text: b.text, href: target && entryPath('documents', target.id) };
    }),
    deadlines: d.deadlines.map((dl) => {
      const org = resolveOne(s.org, dl.assignee);
      return {
        date: dl.date,
        task: dl.task,
        past: isPast(dl.date, today),
        assignee: org && link(entryPath('organizations', org.id), org.data.name),
      };
    }),
    consultation: d.consultation && {
      ...d.consultation,
      open: d.consultation.until >= today,
      basis: basisSentence(d.consultation.basis),
      deadline: deadlineView(d.consultation.until, workingCalendar, today),
      contactParts: contactParts(d.consultation.contact),
      email: emailsIn(d.consultation.contact)[0] ?? board.email,
    },
    awardees: d.awardees.map((a) => {
      const ex = resolveOne(s.exemplar, a.exemplar);
      return { name: a.name, kind: a.kind, unit: a.unit, award: a.award, href: ex && entryPath('exemplars', ex.id) };
    }),
    attachments: d.attachments.map((a) => ({
      title: a.title,
      ...attachmentInfo(root, doc.filePath ?? '', a.file, doc.id),
    })),
    calendar: hasCalendarDates(d) ? documentIcsPath(doc.id) : undefined,
  };
}
