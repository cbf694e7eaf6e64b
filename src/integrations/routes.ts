/**
 * The route table: every template in `src/routes/` and the address it is built at.
 * Addresses come from the same builders (`src/lib/routes.ts`) that make the site's
 * links, with Astro's `[param]` in place of a value, so a link and the page it points
 * to cannot disagree, and renaming a section is one edit in `src/collections.ts`.
 * `src/pages/` keeps only the pages whose address is not the registry's: the home
 * page, 404, robots.txt and the site's share image.
 */
import type { AstroIntegration } from 'astro';
import type { CollectionName } from '../collections.ts';
import {
  calendarIcsPath,
  calendarYearPath,
  campaignFeedPath,
  dataFilePath,
  dataSetPath,
  documentIcsPath,
  entryPath,
  facetFeedPath,
  feedPath,
  pagePath,
  sectionPath,
  shareImagePath,
} from '../lib/routes.ts';

type Route = { pattern: string; entrypoint: string };

const SLUG = '[slug]';

/** A collection's listing: the section alone, or with facets and pages (`[...path]`). */
const listing = (c: CollectionName, faceted: boolean): Route => ({
  pattern: faceted ? `${sectionPath(c)}[...path]` : sectionPath(c),
  entrypoint: `src/routes/${c}/listing.astro`,
});

const entry = (c: CollectionName): Route => ({
  pattern: entryPath(c, SLUG),
  entrypoint: `src/routes/${c}/entry.astro`,
});

/** Share images: PNG for every entry, JPEG beside it for entries with a photo. */
const shareImages = (c: CollectionName, formats: readonly ('png' | 'jpg')[]): Route[] =>
  formats.map((f) => ({ pattern: shareImagePath(c, SLUG, f), entrypoint: `src/routes/${c}/share-image-${f}.ts` }));

/** The table, in no particular order: Astro ranks static segments above parameters. */
export const routeTable: readonly Route[] = [
  listing('documents', true),
  entry('documents'),
  ...shareImages('documents', ['png']),
  { pattern: documentIcsPath(SLUG), entrypoint: 'src/routes/documents/calendar-ics.ts' },
  { pattern: feedPath('documents'), entrypoint: 'src/routes/documents/rss.ts' },
  { pattern: facetFeedPath('loai', '[kind]'), entrypoint: 'src/routes/documents/kind-rss.ts' },
  { pattern: facetFeedPath('co-quan', '[org]'), entrypoint: 'src/routes/documents/issuer-rss.ts' },

  listing('campaigns', false),
  entry('campaigns'),
  ...shareImages('campaigns', ['png', 'jpg']),
  { pattern: campaignFeedPath(SLUG), entrypoint: 'src/routes/campaigns/rss.ts' },

  listing('exemplars', true),
  entry('exemplars'),
  ...shareImages('exemplars', ['png', 'jpg']),

  listing('news', true),
  entry('news'),
  ...shareImages('news', ['png', 'jpg']),
  { pattern: feedPath('news'), entrypoint: 'src/routes/news/rss.ts' },

  listing('organizations', false),
  entry('organizations'),

  { pattern: pagePath('calendar'), entrypoint: 'src/routes/calendar/page.astro' },
  { pattern: calendarYearPath('[year]'), entrypoint: 'src/routes/calendar/year.astro' },
  { pattern: calendarIcsPath(), entrypoint: 'src/routes/calendar/ics.ts' },

  { pattern: pagePath('openData'), entrypoint: 'src/routes/open-data/page.astro' },
  { pattern: dataSetPath('[set]'), entrypoint: 'src/routes/open-data/fields.astro' },
  { pattern: dataFilePath('[set].csv'), entrypoint: 'src/routes/open-data/csv.ts' },
  { pattern: dataFilePath('[set].json'), entrypoint: 'src/routes/open-data/json.ts' },
  { pattern: dataFilePath('[set].schema.json'), entrypoint: 'src/routes/open-data/schema-json.ts' },

  { pattern: pagePath('search'), entrypoint: 'src/routes/search.astro' },
  { pattern: pagePath('honors'), entrypoint: 'src/routes/honors.astro' },
  { pattern: pagePath('about'), entrypoint: 'src/routes/about.astro' },
  { pattern: pagePath('procedures'), entrypoint: 'src/routes/procedures.astro' },
  { pattern: pagePath('accessibility'), entrypoint: 'src/routes/accessibility.astro' },
  { pattern: pagePath('english'), entrypoint: 'src/routes/english.astro' },
];

/** Astro's patterns have no trailing slash; the site adds it (`trailingSlash: 'always'`). */
const astroPattern = (p: string) => (p.length > 1 ? p.replace(/\/$/, '') : p);

export default function routes(): AstroIntegration {
  return {
    name: 'thidua:routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const r of routeTable) {
          injectRoute({ pattern: astroPattern(r.pattern), entrypoint: r.entrypoint });
        }
      },
    },
  };
}
