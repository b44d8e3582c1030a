// A refused backup file, said in the user's language: what is wrong, and where.
import type { BackupProblem, RecordRef, FieldIssue } from '../../domain/backup/problems';
import type { BackupScreenTranslate as Translate } from './backupScreenMessages';
import { formatBytes, formatNumber } from '../../i18n/format';
import type { Language } from '../../domain/schema';

function recordName(record: RecordRef, t: Translate): string {
  if (record.table === 'settings') return t('backup.problem.record.settings');
  if (record.table === 'envelope') return t('backup.problem.record.envelope');
  const table = t(`backup.problem.table.${record.table}`);
  const position = record.position ?? 0;
  return record.id === null ? t('backup.problem.recordNoId', { table, position }) : t('backup.problem.record', { table, id: record.id, position });
}

const EXPECTED = ['string', 'number', 'int', 'boolean', 'array', 'object'] as const;

/** zod's name of a type in the user's words ("a list", not "array"). */
function expectedText(expected: string, t: Translate): string {
  const known = EXPECTED.find((name) => name === expected);
  return known ? t(`backup.problem.expected.${known}`) : expected;
}

/**
 * A size said precisely enough to tell it from the limit: "100 MB" for both a file one byte
 * over and the limit would say nothing, so then the bytes are counted out.
 */
function sizes(bytes: number, limit: number, lang: Language): { size: string; limit: string } {
  const size = formatBytes(bytes, lang);
  const max = formatBytes(limit, lang);
  if (size !== max) return { size, limit: max };
  const unit = lang === 'lv' ? 'baiti' : 'bytes';
  return { size: `${formatNumber(bytes, lang)} ${unit}`, limit: `${formatNumber(limit, lang)} ${unit}` };
}

function issueText(issue: FieldIssue, t: Translate): string {
  switch (issue.kind) {
    case 'missing':
      return t('backup.problem.issue.missing');
    case 'unknown-key':
      return t('backup.problem.issue.unknownKey', { count: issue.keys.length, keys: issue.keys.map((k) => `“${k}”`).join(', ') });
    case 'wrong-type':
      return t('backup.problem.issue.wrongType', { expected: expectedText(issue.expected, t) });
    case 'negative':
      return t('backup.problem.issue.negative');
    case 'not-whole':
      return t('backup.problem.issue.notWhole', { value: String(issue.value) });
    case 'rule':
      return t(`backup.problem.issue.rule.${issue.rule}`, { value: issue.value ?? '' });
    case 'invalid':
      return t('backup.problem.issue.invalid', { message: issue.message });
  }
}

export function problemMessage(problem: BackupProblem, t: Translate, lang: Language): string {
  switch (problem.code) {
    case 'too-large':
      return t('backup.problem.tooLarge', sizes(problem.bytes, problem.limit, lang));
    case 'too-deep':
      return t('backup.problem.tooDeep', { limit: problem.limit });
    case 'missing-version':
      return t('backup.problem.missingVersion');
    case 'empty':
      return t('backup.problem.empty');
    case 'binary':
      return t(`backup.problem.binary.${problem.kind}`);
    case 'not-text':
      return t('backup.problem.notText');
    case 'truncated':
      return t('backup.problem.truncated');
    case 'not-json':
      return problem.line === null ? t('backup.problem.notJson') : t('backup.problem.notJsonAt', { line: problem.line, column: problem.column ?? 0 });
    case 'not-backup':
      return t('backup.problem.notBackup');
    case 'newer-version':
      return t('backup.problem.newerVersion', { version: problem.version, supported: problem.supported });
    case 'unknown-version':
      return t('backup.problem.unknownVersion', { version: problem.version });
    case 'forbidden-key':
      return t('backup.problem.forbiddenKey', { key: problem.key, path: problem.path });
    case 'invalid':
      return problem.path
        ? t('backup.problem.invalid', { record: recordName(problem.record, t), path: problem.path, issue: issueText(problem.issue, t) })
        : t('backup.problem.invalidNoField', { record: recordName(problem.record, t), issue: issueText(problem.issue, t) });
    case 'duplicate-id':
      return t('backup.problem.duplicateId', { record: recordName(problem.record, t) });
    case 'missing-reference':
      return t('backup.problem.missingReference', {
        record: recordName(problem.record, t),
        path: problem.path,
        target: t(`backup.problem.target.${problem.target}`),
        id: problem.targetId,
      });
    case 'count-mismatch':
      return t('backup.problem.countMismatch', { declared: problem.declared, actual: problem.actual, table: t(`backup.problem.tables.${problem.table}`) });
  }
}
