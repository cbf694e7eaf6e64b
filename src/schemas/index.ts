import { campaignSchema } from './campaigns.ts';
import type { CollectionName, SchemaContext } from './context.ts';
import { documentSchema } from './documents.ts';
import { exemplarSchema } from './exemplars.ts';
import { newsSchema } from './news.ts';
import { organizationSchema } from './organizations.ts';

export { campaignSchema, documentSchema, exemplarSchema, newsSchema, organizationSchema };
export { collectionNames, type CollectionName, type SchemaContext } from './context.ts';

/** Each collection's schema factory, its folder under `content/` and the file types it takes. */
export const collections = {
  documents: { schema: documentSchema, extensions: ['md', 'mdx'] },
  campaigns: { schema: campaignSchema, extensions: ['md', 'mdx'] },
  exemplars: { schema: exemplarSchema, extensions: ['md', 'mdx'] },
  news: { schema: newsSchema, extensions: ['md', 'mdx'] },
  organizations: { schema: organizationSchema, extensions: ['yaml', 'yml'] },
} as const satisfies Record<CollectionName, { schema: (ctx: SchemaContext) => unknown; extensions: readonly string[] }>;
