// What is wrong with a backup file, as data the screen can say in the user's language, and how
// a zod issue becomes one: the record, the field and the rule it breaks.
import { ruleMessages } from '../schema';
import { valueAt } from '../../lib/dottedPath';
import type { BackupFile, BackupTable } from './format';

export type RecordRef = {
  /** Where in the file: a table, the settings, or the envelope around the data. */
  table: BackupTable | 'settings' | 'envelope';
  /** Position in the table's list, counted from 1. */
  position: number | null;
  id: string | null;
};

/** A rule beyond a field's type, named so the screen can say it in the user's language. */
export type FieldRule = 'day' | 'month' | 'date-time' | 'period-order' | 'event-order' | 'identity' | 'organisation-name' | 'programme-name';

export type FieldIssue =
  | { kind: 'missing' }
  | { kind: 'unknown-key'; keys: string[] }
  | { kind: 'wrong-type'; expected: string }
  | { kind: 'negative' }
  /** A number with a fraction where a whole one is wanted (an amount below a cent). */
  | { kind: 'not-whole'; value: number }
  | { kind: 'rule'; rule: FieldRule; value: string | null }
  | { kind: 'invalid'; message: string };

export type BackupProblem =
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'empty' }
  | { code: 'binary'; kind: 'image' | 'pdf' | 'archive' | 'other' }
  | { code: 'not-text' }
  | { code: 'truncated' }
  | { code: 'not-json'; line: number | null; column: number | null }
  | { code: 'not-backup' }
  /** Nested deeper than any backup is (MAX_BACKUP_DEPTH). */
  | { code: 'too-deep'; limit: number }
  | { code: 'missing-version' }
  | { code: 'newer-version'; version: number; supported: number }
  | { code: 'unknown-version'; version: string }
  | { code: 'forbidden-key'; key: string; path: string }
  | { code: 'invalid'; record: RecordRef; path: string; issue: FieldIssue }
  | { code: 'duplicate-id'; record: RecordRef }
  | { code: 'missing-reference'; record: RecordRef; path: string; target: 'organisation' | 'programme'; targetId: string }
  | { code: 'count-mismatch'; table: BackupTable; declared: number; actual: number };

export type ReadResult = { ok: true; backup: BackupFile; migratedFrom: number | null } | { ok: false; problem: BackupProblem };

export const fail = (problem: BackupProblem): { ok: false; problem: BackupProblem } => ({ ok: false, problem });

/** The schema's messages for the rules the screen names (see ruleMessages in schema/values.ts). */
const RULES = new Map<string, FieldRule>([
  [ruleMessages.dayPattern, 'day'],
  [ruleMessages.day, 'day'],
  [ruleMessages.monthPattern, 'month'],
  [ruleMessages.month, 'month'],
  [ruleMessages.dateTimePattern, 'date-time'],
  [ruleMessages.dateTime, 'date-time'],
  [ruleMessages.periodOrder, 'period-order'],
  [ruleMessages.eventOrder, 'event-order'],
  [ruleMessages.identity, 'identity'],
  [ruleMessages.organisationName, 'organisation-name'],
  [ruleMessages.programmeName, 'programme-name'],
]);

export type ZodIssueLike = { code: string; path: PropertyKey[]; message: string; expected?: unknown; keys?: string[]; origin?: string; minimum?: unknown };

export function fieldIssue(issue: ZodIssueLike, record: unknown): { path: string; issue: FieldIssue } {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return { path, issue: { kind: 'unknown-key', keys: issue.keys ?? [] } };
  }
  const at = valueAt(record, issue.path);
  if (!at.present) return { path, issue: { kind: 'missing' } };
  if (issue.code === 'invalid_type' && issue.expected === 'int' && typeof at.value === 'number') return { path, issue: { kind: 'not-whole', value: at.value } };
  if (issue.code === 'invalid_type') return { path, issue: { kind: 'wrong-type', expected: String(issue.expected) } };
  if (issue.message === ruleMessages.negativeZero) return { path, issue: { kind: 'negative' } };
  const rule = RULES.get(issue.message);
  if (rule) return { path, issue: { kind: 'rule', rule, value: typeof at.value === 'string' ? at.value.slice(0, 40) : null } };
  if (issue.code === 'too_small' && issue.origin === 'number' && typeof at.value === 'number' && at.value < 0 && issue.minimum === 0) {
    return { path, issue: { kind: 'negative' } };
  }
  if (issue.code === 'invalid_union') {
    // A nullable field given the wrong type: zod reports the union; say what was expected.
    return { path, issue: { kind: 'invalid', message: issue.message } };
  }
  return { path, issue: { kind: 'invalid', message: issue.message } };
}
