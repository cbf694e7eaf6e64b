/**
 * The form editor at /admin/: Sveltia CMS from its npm entry, bundled by
 * scripts/build-admin.ts with the configuration generated from the schemas.
 */
import './admin.css';
import config from 'virtual:cms-config';
import { registerPreviews } from './preview.ts';

// Vietnamese UI unless the editor picked another language in Sveltia's settings. Sveltia
// reads this when its module is evaluated, hence the dynamic import below.
try {
  const prefs = JSON.parse(localStorage.getItem('sveltia-cms.prefs') ?? '{}') as Record<string, unknown>;
  if (!prefs.locale) localStorage.setItem('sveltia-cms.prefs', JSON.stringify({ ...prefs, locale: 'vi' }));
} catch {
  // Storage unavailable or unreadable: Sveltia falls back to the browser's language.
}
const { default: CMS } = await import('@sveltia/cms');
registerPreviews(CMS, (config.collections ?? []) as unknown as Parameters<typeof registerPreviews>[1]);
CMS.init({ config });
