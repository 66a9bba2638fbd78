// Answers kept per store version: an expensive GET (a cohesion series reads every event of
// the store) asked again while the store is unchanged is answered from memory. The cache
// is bounded in entries and in bytes; a change of the store empties it.
import { storeVersion, type Store } from '../store/db.ts';

export type ResponseCache = {
  /** the text kept for `key` at the store's current version, or the one `compute` makes (then kept) */
  get(key: string, compute: () => string): string;
};

export function responseCache(db: Store, maxEntries: number, maxBytes: number): ResponseCache {
  let version = '';
  let bytes = 0;
  const entries = new Map<string, string>(); // oldest use first
  return {
    get(key, compute) {
      const now = storeVersion(db);
      if (now !== version) {
        entries.clear();
        bytes = 0;
        version = now;
      }
      const kept = entries.get(key);
      if (kept !== undefined) {
        entries.delete(key);
        entries.set(key, kept);
        return kept;
      }
      const text = compute();
      // An answer larger than the whole cache is not kept (it would push out every other).
      if (text.length * 2 > maxBytes) return text;
      entries.set(key, text);
      bytes += text.length * 2;
      for (const [oldKey, old] of entries) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break;
        entries.delete(oldKey);
        bytes -= old.length * 2;
      }
      return text;
    },
  };
}
