// Walking into nested records by a path of keys ('data.projects.0.acronym' or
// ['data', 'projects', 0, 'acronym']): the one walker for backup problems, forms and tests.

export type KeyPath = string | readonly PropertyKey[];

const keysOf = (path: KeyPath): readonly PropertyKey[] => (typeof path === 'string' ? (path === '' ? [] : path.split('.')) : path);

/**
 * The value at a path, and whether it is there at all: a key that is present with the value
 * undefined is told apart from a missing one. Only own properties count, so a path never
 * reaches into a prototype.
 */
export function valueAt(root: unknown, path: KeyPath): { present: boolean; value: unknown } {
  let node: unknown = root;
  for (const key of keysOf(path)) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return { present: false, value: undefined };
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return { present: true, value: node };
}

/** The record holding the last key of a path, and that key (for edits in place). */
export function parentAt(root: object, path: KeyPath): [Record<PropertyKey, unknown>, PropertyKey] {
  const keys = [...keysOf(path)];
  const last = keys.pop();
  if (last === undefined) throw new Error('An empty path has no parent');
  const parent = valueAt(root, keys).value;
  if (parent === null || typeof parent !== 'object') throw new Error(`Nothing at ${keys.map(String).join('.')}`);
  return [parent as Record<PropertyKey, unknown>, last];
}
