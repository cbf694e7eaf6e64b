import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { holdReason } from '../lib/visibility.ts';

/**
 * Astro's glob loader, except that held-back entries (drafts, profiles without consent)
 * never enter the content store. Keeping them out of the store, rather than filtering
 * pages, is what keeps every trace of them out of `dist/`: Astro emits the images of
 * every stored entry, rendered or not. The content checker still validates them with
 * the same schemas and lists them in the build output.
 */
export function publishedGlob(collection: string, options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    name: 'published-glob',
    load: (context) => {
      const store = new Proxy(context.store, {
        get(target, prop, receiver) {
          if (prop === 'set') {
            return (entry: Parameters<typeof target.set>[0]) => {
              if (holdReason(collection, (entry.data ?? {}) as Record<string, unknown>)) {
                target.delete(entry.id);
                return false;
              }
              return target.set(entry);
            };
          }
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return inner.load({ ...context, store });
    },
  };
}
