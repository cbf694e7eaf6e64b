import { campaignSchema } from './campaigns.ts';
import type { CollectionName, SchemaContext } from './context.ts';
import { documentSchema } from './documents.ts';
import { exemplarSchema } from './exemplars.ts';
import { newsSchema } from './news.ts';
import { organizationSchema } from './organizations.ts';

export { campaignSchema, documentSchema, exemplarSchema, newsSchema };
export { collectionNames, type CollectionName, type SchemaContext } from './context.ts';

/** Each collection's schema factory (its folder, formats and route: `src/collections.ts`). */
export const collectionSchemas = {
  documents: documentSchema,
  campaigns: campaignSchema,
  exemplars: exemplarSchema,
  news: newsSchema,
  organizations: organizationSchema,
} as const satisfies Record<CollectionName, (ctx: SchemaContext) => unknown>;
