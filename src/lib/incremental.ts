/**
 * Whether Astro's incremental builds are on for this build: `INCREMENTAL_BUILD=1`
 * (docs/adr/0008-incremental-builds.md). Read by astro.config.mjs to set the flag, and by
 * src/data/page-keys.ts so that pages compute cache keys only when Astro will use them.
 */
export const incrementalBuilds = (): boolean => process.env.INCREMENTAL_BUILD === '1';
