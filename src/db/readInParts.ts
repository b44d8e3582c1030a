// Reading a whole table in a few key ranges at once instead of one getAll: while the page
// turns one part into objects, the browser reads the next from disk. At 10,000 projects this
// overlaps most of the disk read with the decoding, instead of doing one after the other.
import type { Table } from 'dexie';

/** Rows per part; below two parts' worth, the table is read in one go. */
export const DEFAULT_PART_SIZE = 2500;

/**
 * Every row of `table` in primary-key order, each part mapped by `map` as soon as it arrives.
 * Inside a transaction the parts are read in that transaction; outside, each in its own.
 */
export async function readInParts<Row, Out>(table: Table<Row, string>, map: (row: Row) => Out, partSize = DEFAULT_PART_SIZE): Promise<Out[]> {
  const keys = (await table.toCollection().primaryKeys()) as string[];
  if (keys.length < partSize * 2) return (await table.toArray()).map(map);
  const parts: Promise<Out[]>[] = [];
  for (let i = 0; i < keys.length; i += partSize) {
    const from = keys[i] as string;
    const to = keys[i + partSize];
    const range = to === undefined ? table.where(':id').aboveOrEqual(from) : table.where(':id').between(from, to, true, false);
    parts.push(range.toArray().then((rows) => rows.map(map)));
  }
  return (await Promise.all(parts)).flat();
}
