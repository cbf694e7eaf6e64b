import { defineCollection, reference } from 'astro:content';
import { publishedGlob } from './data/loader.ts';
import { collections as registry } from './collections.ts';
import { collectionSchemas as defs, type CollectionName } from './schemas/index.ts';

/** Every collection reads its own top-level folder of `content/` (see docs/content-model.md). */
const base = (name: CollectionName) => `./content/${registry[name].folder}`;
/** The entry files of a collection: its formats, in its folder and subfolders. */
const pattern = (name: CollectionName) => `**/*.{${registry[name].formats.join(',')}}`;
const ref = (c: CollectionName) => reference(c);
/**
 * Schemas of collections without images are built once. A schema written as a function
 * (`({ image }) => …`) is built again for every entry, since Astro hands each entry an
 * `image()` of its own: for 10,000 documents that was 6 s of building zod schemas in a
 * cold build (ADR 0007).
 */
const noImages = (name: CollectionName) => () => {
  throw new Error(`${name} have no images`);
};
/** The slug is the file name, also in subfolders (`documents/2026/x.md` is `x`), as the checker reads it. */
const generateId = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

export const collections = {
  documents: defineCollection({
    loader: publishedGlob('documents', { pattern: pattern('documents'), base: base('documents'), generateId }),
    schema: defs.documents({ image: noImages('documents'), reference: ref }),
  }),
  campaigns: defineCollection({
    loader: publishedGlob('campaigns', { pattern: pattern('campaigns'), base: base('campaigns'), generateId }),
    schema: ({ image }) => defs.campaigns({ image, reference: ref }),
  }),
  exemplars: defineCollection({
    loader: publishedGlob('exemplars', { pattern: pattern('exemplars'), base: base('exemplars'), generateId }),
    schema: ({ image }) => defs.exemplars({ image, reference: ref }),
  }),
  news: defineCollection({
    loader: publishedGlob('news', { pattern: pattern('news'), base: base('news'), generateId }),
    schema: ({ image }) => defs.news({ image, reference: ref }),
  }),
  organizations: defineCollection({
    loader: publishedGlob('organizations', {
      pattern: pattern('organizations'),
      base: base('organizations'),
      generateId,
    }),
    schema: defs.organizations({ image: noImages('organizations'), reference: ref }),
  }),
};
