/** `/van-ban/<slug>/lich.ics`: one document's dates, for documents that have any. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarSource, documentCalendar } from '../../data/calendar.ts';
import { site } from '../../data/content.ts';
import { buildIcs } from '../../lib/calendar-ics.ts';
import { hasCalendarDates } from '../../lib/calendar-items.ts';
import { documentLabel } from '../../vocabulary/labels.ts';
import { documentIcsPath } from '../../lib/routes.ts';

export const getStaticPaths = (async () => {
  const s = await site();
  return s.documents
    .filter((doc) => hasCalendarDates(calendarSource(doc)))
    .map((doc) => ({ params: { slug: doc.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site: siteUrl }) => {
  const slug = params.slug!;
  const items = await documentCalendar(siteUrl, slug);
  const doc = items[0]!.document;
  const body = buildIcs(items, {
    name: `${documentLabel(doc)}: ${doc.title}`,
    siteUrl: siteUrl ?? 'https://localhost/',
    pagePath: doc.path,
    icsPath: documentIcsPath(slug),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
