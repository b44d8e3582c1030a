// Test edits of a parsed file by dotted path ('data.projects.0.acronym'), to build broken files.
import { parentAt } from '../lib/dottedPath';

export type Json = Record<string, unknown>;

export const get = (root: Json, path: string): unknown => {
  const [parent, key] = parentAt(root, path);
  return parent[key];
};
export const set = (root: Json, path: string, value: unknown): void => {
  const [parent, key] = parentAt(root, path);
  parent[key] = value;
};
export const remove = (root: Json, path: string): void => {
  const [parent, key] = parentAt(root, path);
  delete parent[key];
};
