// Pretty-printed JSON with keys in a stable order, so two backups can be diffed (used by
// serializeBackup in backup/write.ts).

/**
 * The same value with every object's keys in code-point order. Objects already in order are
 * kept as they are (no copy), so canonicalising data that went through a restore is cheap.
 */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      const next = canonical(item);
      if (next !== item) {
        copy ??= value.slice();
        copy[i] = next;
      }
    }
    return copy ?? value;
  }
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let inOrder = true;
  for (let i = 1; i < keys.length; i += 1) {
    if ((keys[i - 1] as string) > (keys[i] as string)) {
      inOrder = false;
      break;
    }
  }
  let changed = !inOrder;
  const values = new Array<unknown>(keys.length);
  for (let i = 0; i < keys.length; i += 1) {
    const item = record[keys[i] as string];
    const next = canonical(item);
    values[i] = next;
    if (next !== item) changed = true;
  }
  if (!changed) return value;
  const order = inOrder ? keys.map((_, i) => i) : keys.map((_, i) => i).sort((a, b) => ((keys[a] as string) < (keys[b] as string) ? -1 : 1));
  const out: Record<string, unknown> = {};
  for (const i of order) out[keys[i] as string] = values[i];
  return out;
}

/**
 * Records as the items of a pretty-printed JSON array `depth` levels deep: exactly what
 * JSON.stringify(…, null, 2) writes between that array's brackets, keys in code-point order.
 *
 * Why not one JSON.stringify of the whole file: with an indent, V8 leaves its fast path, and one
 * call over 80 MB took ~0.9 s here where one call per record takes ~0.65 s. Each record is
 * written wrapped in arrays, so it comes out already indented for its depth, and the wrapping
 * brackets are cut off (re-indenting the text afterwards cost more than the whole write).
 */
export function prettyItems(records: readonly unknown[], depth: number): string {
  const opening = Array.from({ length: depth }, (_, level) => `${' '.repeat(2 * level)}[`).join('\n') + '\n';
  const closing = '\n' + Array.from({ length: depth }, (_, level) => `${' '.repeat(2 * (depth - 1 - level))}]`).join('\n');
  const items = new Array<string>(records.length);
  for (let i = 0; i < records.length; i += 1) {
    let wrapped: unknown = canonical(records[i]);
    for (let level = 0; level < depth; level += 1) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    items[i] = text.slice(opening.length, text.length - closing.length);
  }
  return items.join(',\n');
}
