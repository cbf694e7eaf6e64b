import type { z } from 'astro/zod';

export { collectionNames, type CollectionName } from '../collections.ts';
import type { CollectionName } from '../collections.ts';

/**
 * What a schema needs from its host. Astro passes its own `image()` and `reference()`;
 * the content checker (`npm run check`, and the build's strict pre-check) passes
 * stand-ins that record images and references so it can verify them across entries.
 * The same schema factories therefore serve both: one source of truth.
 */
export interface SchemaContext<Img extends z.ZodType = z.ZodType> {
  image: () => Img;
  /** Both Astro's `reference()` and the checker's give `{ id, collection }`. */
  reference: (collection: CollectionName) => z.ZodType<EntryRef>;
}

/** A reference to another entry, by its slug. */
interface EntryRef {
  id: string;
  collection: string;
}
