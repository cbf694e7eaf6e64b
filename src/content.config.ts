import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as defs, type CollectionName } from './schemas/index.ts';

/** Every collection reads its own top-level folder of `content/` (see CONTENT-MODEL). */
const base = (name: CollectionName) => `./content/${name}`;
const ref = (c: CollectionName) => reference(c);

export const collections = {
  documents: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: base('documents') }),
    schema: ({ image }) => defs.documents.schema({ image, reference: ref }),
  }),
  campaigns: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: base('campaigns') }),
    schema: ({ image }) => defs.campaigns.schema({ image, reference: ref }),
  }),
  exemplars: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: base('exemplars') }),
    schema: ({ image }) => defs.exemplars.schema({ image, reference: ref }),
  }),
  news: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: base('news') }),
    schema: ({ image }) => defs.news.schema({ image, reference: ref }),
  }),
  organizations: defineCollection({
    loader: glob({ pattern: '**/*.{yaml,yml}', base: base('organizations') }),
    schema: defs.organizations.schema({ image: () => { throw new Error('organizations have no images'); }, reference: ref }),
  }),
};
