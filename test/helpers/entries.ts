/**
 * Entries shaped like Astro's `CollectionEntry`, parsed through the real collection
 * schemas (Astro-compatible references; images are not processed in these tests).
 */
import { z } from 'astro/zod';
import { collectionSchemas, type CollectionName } from '../../src/schemas/index.ts';

const context = {
  image: () => z.any(),
  reference: (collection: CollectionName) => z.string().transform((id) => ({ id, collection })),
};

export function entry<C extends CollectionName>(collection: C, id: string, data: Record<string, unknown>, body = '') {
  const parsed = collectionSchemas[collection](context).parse(data);
  return { id, collection, data: parsed, body, filePath: `content/${collection}/${id}.md` } as never;
}
