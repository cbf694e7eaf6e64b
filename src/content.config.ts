import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { publishedGlob } from './data/loader.ts';
import { collections as defs, type CollectionName } from './schemas/index.ts';

/** Every collection reads its own top-level folder of `content/` (see docs/content-model.md). */
const base = (name: CollectionName) => `./content/${name}`;
const ref = (c: CollectionName) => reference(c);
/**
 * Schemas of collections without images are built once. A schema written as a function
 * (`({ image }) => …`) is built again for every entry, since Astro hands each entry an
 * `image()` of its own: for 10,000 documents that was 6 s of building zod schemas in a
 * cold build (issue 7).
 */
const noImages = (name: CollectionName) => () => {
  throw new Error(`${name} have no images`);
};
/** The slug is the file name, also in subfolders (`documents/2026/x.md` is `x`), as the checker reads it. */
const generateId = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

export const collections = {
  documents: defineCollection({
    loader: publishedGlob('documents', { pattern: '**/*.{md,mdx}', base: base('documents'), generateId }),
    schema: defs.documents.schema({ image: noImages('documents'), reference: ref }),
  }),
  campaigns: defineCollection({
    loader: publishedGlob('campaigns', { pattern: '**/*.{md,mdx}', base: base('campaigns'), generateId }),
    schema: ({ image }) => defs.campaigns.schema({ image, reference: ref }),
  }),
  exemplars: defineCollection({
    loader: publishedGlob('exemplars', { pattern: '**/*.{md,mdx}', base: base('exemplars'), generateId }),
    schema: ({ image }) => defs.exemplars.schema({ image, reference: ref }),
  }),
  news: defineCollection({
    loader: publishedGlob('news', { pattern: '**/*.{md,mdx}', base: base('news'), generateId }),
    schema: ({ image }) => defs.news.schema({ image, reference: ref }),
  }),
  organizations: defineCollection({
    loader: glob({ pattern: '**/*.{yaml,yml}', base: base('organizations'), generateId }),
    schema: defs.organizations.schema({ image: noImages('organizations'), reference: ref }),
  }),
};
