// Two or more versions of one project that colleagues changed while apart (docs/sync.md,
// "Conflicts"): where they differ, field by field, and the project a person combines from them.
//
// The fields are the history's (changes.ts): top-level fields, with the budget, the period, the
// titles, the summary, the notes and the council decision split into their own fields. Version 0
// is the one every copy shows (CouchDB's winner); a choice names, for each differing field, the
// version whose value is kept. The bookkeeping fields (revision, dates of the record) are not
// chosen: the save that resolves the conflict sets them.
import { changedFields } from '../changes';
import type { Project } from '../schema';

/** One field where the versions differ: its dotted path and each version's value, in order. */
export type FieldDifference = { field: string; values: unknown[] };

/** For each differing field, the index of the version whose value is kept. */
export type Choice = Readonly<Record<string, number>>;

/** What the resolution kept, field by field, for the history ("title.en": version 1). */
export type KeptField = { field: string; version: number };

/** The value at a dotted path of the history's ("budget.euCofinancing"). */
export function valueAt(project: Project, field: string): unknown {
  let value: unknown = project;
  for (const part of field.split('.')) value = value === null || typeof value !== 'object' ? undefined : (value as Record<string, unknown>)[part];
  return value;
}

/** The fields where any version differs from the shown one (version 0), in the record's order. */
export function compareVersions(versions: readonly Project[]): FieldDifference[] {
  const [shown, ...others] = versions;
  if (!shown) return [];
  const fields = new Set<string>();
  for (const other of others) for (const field of changedFields(shown, other)) fields.add(field);
  // A field split into parts in one version may be whole in another (a council decision that
  // one colleague cleared): changedFields lists the whole field then, and its parts are covered.
  const listed = [...fields].filter((field) => !field.includes('.') || !fields.has(field.slice(0, field.indexOf('.'))));
  // The record's own order, as the history lists fields.
  const rank = (field: string) => {
    const top = field.split('.')[0] ?? field;
    const at = Object.keys(shown).indexOf(top);
    return at === -1 ? Number.MAX_SAFE_INTEGER : at;
  };
  return listed
    .map((field, index) => ({ field, index }))
    .sort((a, b) => rank(a.field) - rank(b.field) || a.index - b.index)
    .map(({ field }) => ({ field, values: versions.map((version) => valueAt(version, field)) }));
}

function withValue(project: Project, field: string, value: unknown): Project {
  const [top, sub] = field.split('.') as [keyof Project, string | undefined];
  if (sub === undefined) return { ...project, [top]: value } as Project;
  const parent = project[top];
  const base = parent !== null && typeof parent === 'object' ? (parent as Record<string, unknown>) : {};
  return { ...project, [top]: { ...base, [sub]: value } } as Project;
}

/**
 * The shown version with, for each differing field, the value of the version chosen (the shown
 * one when no choice names the field). A choice of a version that does not exist is refused.
 */
export function combineVersions(versions: readonly Project[], choice: Choice): Project {
  const [shown] = versions;
  if (!shown) throw new Error('no version to combine');
  let combined = shown;
  for (const { field, values } of compareVersions(versions)) {
    const version = choice[field] ?? 0;
    if (!Number.isInteger(version) || version < 0 || version >= versions.length) throw new Error(`no version ${version} of ${field}`);
    if (version !== 0) combined = withValue(combined, field, values[version]);
  }
  return combined;
}

/** What a choice keeps, for each differing field, in the order of the comparison. */
export function keptFields(versions: readonly Project[], choice: Choice): KeptField[] {
  return compareVersions(versions).map(({ field }) => ({ field, version: choice[field] ?? 0 }));
}
