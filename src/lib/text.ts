/** Vietnamese text helpers (the fold itself: src/vocabulary/fold.ts). */

/** Compares Vietnamese strings as a reader expects in an index (a, ă, â, ... đ after d). */
export const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Formats a byte count for an attachment list: "184 KB", "1,2 MB" (Vietnamese decimal comma). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.round(kb)} KB`;
  return `${(kb / 1024).toFixed(1).replace('.', ',')} MB`;
}
