// Hostile and impossible backup files: each is refused with a problem that names the record and
// the field, said in the user's terms in both languages, and nothing in the check throws.
import { describe, expect, it } from 'vitest';
import type { BackupData } from '../../domain/backup/format';
import type { BackupProblem } from '../../domain/backup/problems';
import { readBackupText } from '../../domain/backup/read';
import { buildBackup, serializeBackup } from '../../domain/backup/write';
import { defaultSettings } from '../../domain/constants';
import { makeEvent, makeOrganisation, makeProgramme, makeProject } from '../../test/factories';
import type { Language } from '../../domain/schema';
import { problemMessage } from './problemMessage';
import { backupScreenTranslator } from './backupScreenMessages';

type Json = Record<string, unknown>;
const at = '2026-01-01T00:00:00.000Z';

function data(): BackupData {
  return {
    settings: { ...defaultSettings, homeOrganisationId: 'org-1', initialisedAt: at },
    organisations: [makeOrganisation({ id: 'org-1' })],
    programmes: [makeProgramme()],
    projects: [makeProject({ id: 'p-1', acronym: 'WIR' })],
    history: [],
  };
}

/** The app's own export, edited as JSON by `edit`. */
function file(edit: (file: Json & { data: { projects: Json[] } }) => void): string {
  const parsed = JSON.parse(serializeBackup(buildBackup(data(), { exportedAt: at, appVersion: '0.1.0' }))) as Json & { data: { projects: Json[] } };
  edit(parsed);
  return JSON.stringify(parsed, null, 2);
}

function refusal(text: string): BackupProblem {
  const result = readBackupText(text);
  if (result.ok) throw new Error('the file was accepted');
  return result.problem;
}

const say = (problem: BackupProblem, lang: Language) => problemMessage(problem, backupScreenTranslator(lang), lang);

const project = (f: { data: { projects: Json[] } }) => f.data.projects[0] as Json;

describe('impossible dates and times in a backup', () => {
  it.each([
    ['9999-99-99T99:99'],
    ['2024-13-01T00:00'],
    ['2019-02-30T10:00:00Z'],
    ['2024-01-01T24:00'],
    ['2024-01-01T10:00+25:00'],
    ['1200-01-01T00:00:00Z'],
  ])('the envelope’s exportedAt %s is refused, naming the field', (exportedAt) => {
    const problem = refusal(file((f) => (f.exportedAt = exportedAt)));
    expect(problem).toMatchObject({ code: 'invalid', record: { table: 'envelope' }, path: 'exportedAt', issue: { kind: 'rule', rule: 'date-time' } });
    expect(say(problem, 'en')).toContain(`“${exportedAt}” is not a real date and time`);
    expect(say(problem, 'lv')).toContain(`“${exportedAt}” nav īsts datums un laiks`);
  });

  it('a project’s impossible updatedAt is refused with the project and the field named', () => {
    const problem = refusal(file((f) => (project(f).updatedAt = '2019-13-45T99:99:99Z')));
    expect(problem).toMatchObject({ code: 'invalid', record: { table: 'projects', id: 'p-1', position: 1 }, path: 'updatedAt' });
    expect(say(problem, 'en')).toBe('Project “p-1” (no. 1), field “updatedAt”: “2019-13-45T99:99:99Z” is not a real date and time');
    expect(say(problem, 'lv')).toContain('“updatedAt”');
  });

  it.each([
    ['period.start', '2019-02-30', 'day'],
    ['period.end', '2024-13-01', 'day'],
    ['infoUpdatedAt', '2019-02-30T10:00:00Z', 'date-time'],
  ])('%s = %s is refused', (path, value, rule) => {
    const problem = refusal(
      file((f) => {
        const [head, leaf] = path.split('.') as [string, string | undefined];
        if (leaf) (project(f)[head] as Json)[leaf] = value;
        else project(f)[head] = value;
      }),
    );
    expect(problem).toMatchObject({ code: 'invalid', path, issue: { kind: 'rule', rule, value } });
  });

  it('a month that is not one is refused in an event', () => {
    const problem = refusal(
      file((f) => {
        project(f).events = [makeEvent({ date: { precision: 'month', month: '1200-01' } })];
      }),
    );
    expect(problem).toMatchObject({ code: 'invalid', path: 'events.0.date.month', issue: { kind: 'rule', rule: 'month' } });
  });
});

describe('a restore accepts what the forms could have saved, and nothing more', () => {
  it('a period that ends before it starts is refused', () => {
    const problem = refusal(file((f) => (project(f).period = { start: '2020-05-01', end: '2020-04-30', lengthMonths: null })));
    expect(problem).toMatchObject({ code: 'invalid', path: 'period.end', issue: { kind: 'rule', rule: 'period-order' } });
    expect(say(problem, 'en')).toContain('the project’s period ends before it starts');
    expect(say(problem, 'lv')).toContain('projekta periods beidzas, pirms sākas');
  });

  it('an event that ends before it starts is refused (it would write DTEND before DTSTART)', () => {
    const problem = refusal(file((f) => (project(f).events = [makeEvent({ date: { precision: 'day', start: '2020-05-02', end: '2020-05-01' } })])));
    expect(problem).toMatchObject({ code: 'invalid', path: 'events.0.date.end', issue: { kind: 'rule', rule: 'event-order' } });
    expect(say(problem, 'en')).toContain('the event ends before it starts');
  });

  it('a project with neither acronym nor title is refused', () => {
    const problem = refusal(
      file((f) => {
        project(f).acronym = ' ';
        project(f).title = { lv: '', en: '' };
      }),
    );
    expect(problem).toMatchObject({ code: 'invalid', path: 'acronym', issue: { kind: 'rule', rule: 'identity' } });
  });

  it('an organisation with a blank name, or a programme with none, is refused', () => {
    const organisation = refusal(file((f) => (((f.data as unknown as { organisations: Json[] }).organisations[0] as Json).name = '   ')));
    expect(organisation).toMatchObject({ code: 'invalid', record: { table: 'organisations' }, path: 'name', issue: { kind: 'rule', rule: 'organisation-name' } });
    expect(say(organisation, 'en')).toContain('the organisation has no name');
    const programme = refusal(file((f) => (((f.data as unknown as { programmes: Json[] }).programmes[0] as Json).name = { lv: ' ', en: '' })));
    expect(programme).toMatchObject({ code: 'invalid', record: { table: 'programmes' }, path: 'name', issue: { kind: 'rule', rule: 'programme-name' } });
    expect(say(programme, 'lv')).toContain('programmai nav nosaukuma');
  });

  it('the same impossible values inside a history snapshot are refused too', () => {
    const problem = refusal(
      file((f) => {
        const snapshot = { ...project(f), period: { start: '2020-05-01', end: '2020-04-30', lengthMonths: null } };
        (f.data as Json).history = [{ id: 'h-1', projectId: 'p-1', at, action: 'update', revision: 1, changedFields: [], snapshot }];
        (f.counts as Json).history = 1;
      }),
    );
    expect(problem).toMatchObject({ code: 'invalid', record: { table: 'history', id: 'h-1' }, path: 'snapshot.period.end' });
  });
});

describe('messages that tell the truth', () => {
  it.each([
    ['an escape', '"\\u0041"'],
    ['the word constructor', '"constructor"'],
  ])('a file nested 5,000 levels deep with %s is a file problem, not a storage one', (_name, leaf) => {
    const deep = `${'['.repeat(5000)}${leaf}${']'.repeat(5000)}`;
    const problem = refusal(`{"format":"eu-projects-portfolio-backup","formatVersion":2,"x":${deep}}`);
    expect(problem).toEqual({ code: 'too-deep', limit: 64 });
    expect(say(problem, 'en')).toContain('so it is not a backup of this app');
    expect(say(problem, 'lv')).toContain('tā nav šīs lietotnes rezerves kopija');
  });

  it('a nesting of 200,000 objects is refused without overflowing the stack', () => {
    const deep = `${'{"a":'.repeat(200000)}1${'}'.repeat(200000)}`;
    expect(refusal(deep)).toEqual({ code: 'too-deep', limit: 64 });
  });

  it('a missing format version is said as missing, not as “undefined”', () => {
    const problem = refusal(file((f) => delete f.formatVersion));
    expect(problem).toEqual({ code: 'missing-version' });
    expect(say(problem, 'en')).not.toContain('undefined');
    expect(say(problem, 'en')).toContain('formatVersion');
    expect(say(problem, 'lv')).toContain('formatVersion');
  });

  it('an amount of 0.001 € (a tenth of a cent) says so, not “expected int”', () => {
    const problem = refusal(file((f) => ((project(f).budget as Json).euCofinancing = 0.1)));
    expect(problem).toMatchObject({ code: 'invalid', path: 'budget.euCofinancing', issue: { kind: 'not-whole', value: 0.1 } });
    expect(say(problem, 'en')).toContain('0.1 is not a whole number (amounts are kept in whole euro cents)');
    expect(say(problem, 'en')).not.toContain('int');
    expect(say(problem, 'lv')).toContain('nav vesels skaitlis');
  });

  it('-0 as money is refused as a negative amount', () => {
    const text = file((f) => ((project(f).budget as Json).totalBudget = 12345)).replace('"totalBudget": 12345', '"totalBudget": -0');
    const problem = refusal(text);
    expect(problem).toMatchObject({ code: 'invalid', path: 'budget.totalBudget', issue: { kind: 'negative' } });
    expect(say(problem, 'en')).toContain('an amount cannot be negative');
  });

  it('a wrong type is said in words (a list, text), not as zod’s type names', () => {
    const problem = refusal(file((f) => (project(f).events = 'none')));
    expect(say(problem, 'en')).toContain('expected a list');
    expect(say(problem, 'lv')).toContain('saraksts');
  });

  it('a file one byte over the limit says both sizes so they differ', () => {
    const limit = 100 * 1024 * 1024;
    const en1 = say({ code: 'too-large', bytes: limit + 1, limit }, 'en');
    expect(en1).toContain('104,857,601 bytes');
    expect(en1).toContain('104,857,600 bytes');
    const lv1 = say({ code: 'too-large', bytes: limit + 1, limit }, 'lv');
    expect(lv1).toMatch(/104\s857\s601 baiti/);
    // Far apart, the rounded sizes say it.
    expect(say({ code: 'too-large', bytes: 2 * limit, limit }, 'en')).toContain('200 MB');
  });
});
