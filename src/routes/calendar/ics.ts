/** `/lich.ics`: every deadline, event and consultation of the published documents. */
import type { APIRoute } from 'astro';
import { calendarName, siteCalendar } from '../../data/calendar.ts';
import { buildIcs } from '../../lib/calendar-ics.ts';
import { board } from '../../site.ts';
import { calendarIcsPath, pagePath } from '../../lib/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const items = await siteCalendar(site);
  const body = buildIcs(items, {
    name: calendarName,
    description: `Thời hạn thực hiện, hội nghị, sự kiện và thời hạn lấy ý kiến nhân dân trong các văn bản do ${board.name} công bố.`,
    siteUrl: site ?? 'https://localhost/',
    pagePath: pagePath('calendar'),
    icsPath: calendarIcsPath(),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
