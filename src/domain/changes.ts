// What changed between two versions of a project, as dotted field paths for the history.
import type { Project } from './schema';

/** Fields that change on every save and say nothing about the content. */
const bookkeeping = new Set(['updatedAt', 'revision', 'createdAt']);

/** Objects whose own fields are listed one by one (the budget is many figures, not one). */
const expanded = new Set(['budget', 'period', 'title', 'councilDecision', 'summary', 'notes']);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Dotted paths of the fields that differ, in the record's own order; [] when nothing did. */
export function changedFields(before: Project | null, after: Project): string[] {
  if (!before) return [];
  const changed: string[] = [];
  for (const key of Object.keys(after) as (keyof Project)[]) {
    if (bookkeeping.has(key)) continue;
    const a = before[key];
    const b = after[key];
    if (same(a, b)) continue;
    if (expanded.has(key) && a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a)) {
      for (const sub of Object.keys(b)) {
        if (!same((a as Record<string, unknown>)[sub], (b as Record<string, unknown>)[sub])) changed.push(`${key}.${sub}`);
      }
    } else {
      changed.push(key);
    }
  }
  return changed;
}
