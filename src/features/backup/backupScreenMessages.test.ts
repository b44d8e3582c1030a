// Plural messages of the Backup screen's own group: Latvian's three forms, English's two.
import { describe, expect, it } from 'vitest';
import { backupScreenTranslator } from './backupScreenMessages';

describe.each([
  ['backup.safety.item', { when: 'today' }, ['today: 1 projekts', 'today: 2 projekti', 'today: 10 projektu'], ['today: 1 project', 'today: 2 projects']],
  ['backup.problem.issue.unknownKey', { keys: '“x”' }, ['nezināms lauks “x”', 'nezināmi lauki “x”', 'nezināmi lauki “x”'], ['unknown field “x”', 'unknown fields “x”']],
] as const)('%s', (key, params, latvian, english) => {
  it('Latvian: 1, 2 and 10', () => {
    [1, 2, 10].forEach((count, i) => expect(backupScreenTranslator('lv')(key, { ...params, count })).toContain(latvian[i]));
  });
  it('English: 1 and 2', () => {
    [1, 2].forEach((count, i) => expect(backupScreenTranslator('en')(key, { ...params, count })).toContain(english[i]));
  });
});
