// Plural forms inside the messages: the language's rules pick the form, and each converted
// message reads right in Latvian (zero / one / other) and English (one / other).
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { lv } from './lv';
import { pluralCategory } from './plural';
import { translator } from './translate';

const tLv = translator(lv, 'lv');
const tEn = translator(en, 'en');
// Intl writes 10 000 with a no-break space; compare with an ordinary one.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('plural categories', () => {
  it.each([
    [0, 'zero'],
    [1, 'one'],
    [2, 'other'],
    [10, 'zero'],
    [11, 'zero'],
    [21, 'one'],
    [101, 'one'],
  ] as const)('Latvian %i takes "%s"', (count, category) => {
    expect(pluralCategory(count, 'lv')).toBe(category);
  });

  it.each([
    [1, 'one'],
    [2, 'other'],
  ] as const)('English %i takes "%s"', (count, category) => {
    expect(pluralCategory(count, 'en')).toBe(category);
  });
});

describe('a plural message', () => {
  it.each([
    [0, '0 mēnešu'],
    [1, '1 mēnesis'],
    [2, '2 mēneši'],
    [10, '10 mēnešu'],
    [11, '11 mēnešu'],
    [21, '21 mēnesis'],
    [101, '101 mēnesis'],
  ])('Latvian: a project of %i months lasts "%s"', (count, text) => {
    expect(tLv('project.lengthMonths', { count })).toBe(text);
  });

  it('English: 1 month, 2 months', () => {
    expect(tEn('project.lengthMonths', { count: 1 })).toBe('1 month');
    expect(tEn('project.lengthMonths', { count: 2 })).toBe('2 months');
  });

  it('writes its counts as the language does', () => {
    expect(plain(tLv('projects.count', { shown: 12345, count: 20001 }))).toBe('12 345 no 20 001 projekta');
    expect(tEn('projects.count', { shown: 12345, count: 20001 })).toBe('12,345 of 20,001 projects');
  });

  it('composes counted nouns into a message that counts several things', () => {
    const sent = (count: number) => tLv('count.representativesSent', { count });
    expect(tLv('project.events.total', { events: tLv('count.events', { count: 21 }), hosted: 1, outgoing: 20, sent: sent(1) })).toBe('Kopā: 21 pasākums (1 Daugavpilī, 20 izbraukuma); nosūtīts 1 pārstāvis');
    expect(tEn('project.partners.count', { partners: tEn('count.partners', { count: 1 }), associated: tEn('count.associated', { count: 4 }) })).toBe('1 partner, 4 associated');
  });

  it('cannot be called without its count, and a plain message ignores one', () => {
    // @ts-expect-error a plural message needs `count`
    expect(tEn('project.lengthMonths')).toBe('{count} months');
    expect(tEn('nav.projects')).toBe('Projects');
  });
});

// One row per message family that counts something: Latvian 1 / 2 / 10 and English 1 / 2.
describe.each([
  ['sample.confirmRemove', {}, ['Dzēst 1 parauga projektu?', 'Dzēst 2 parauga projektus?', 'Dzēst 10 parauga projektus?'], ['Remove the 1 sample project?', 'Remove the 2 sample projects?']],
  ['projects.count', { shown: 1 }, ['1 no 1 projekta', '1 no 2 projektiem', '1 no 10 projektiem'], ['1 of 1 project', '1 of 2 projects']],
  ['projects.countLoading', {}, ['Ielādē 1 projektu…', 'Ielādē visus 2 projektus…', 'Ielādē visus 10 projektus…'], ['Loading the 1 project…', 'Loading all 2 projects…']],
  ['partners.count', { shown: 1 }, ['1 no 1 organizācijas', '1 no 2 organizācijām', '1 no 10 organizācijām'], ['1 of 1 organisation', '1 of 2 organisations']],
  ['timeline.count', { shown: 1 }, ['1 no 1 projekta', '1 no 2 projektiem', '1 no 10 projektiem'], ['1 of 1 project', '1 of 2 projects']],
  ['dashboard.scope.count', { shown: 1 }, ['Atlasē 1 no 1 projekta.', 'Atlasē 1 no 2 projektiem.', 'Atlasē 1 no 10 projektiem.'], ['1 of 1 project in scope.', '1 of 2 projects in scope.']],
  ['dashboard.missing.projects', {}, ['1 projekts bez datiem', '2 projekti bez datiem', '10 projektu bez datiem'], ['1 project without data', '2 projects without data']],
  ['dashboard.missing.events', {}, ['1 izbraukuma pasākums', '2 izbraukuma pasākumi', '10 izbraukuma pasākumu'], ['1 outgoing event without', '2 outgoing events without']],
  ['dashboard.missing.targets', {}, ['1 projekts bez plānotā', '2 projekti bez plānotā', '10 projektu bez plānotā'], ['1 project without a planned', '2 projects without a planned']],
  ['dashboard.card.ratioNote', { eu: '€2', council: '€1' }, ['1 projektā, kurā', '2 projektos, kuros', '10 projektos, kuros'], ['over the 1 project with', 'over the 2 projects with']],
  ['dashboard.note.expectedUndated', { amount: '€1' }, ['(1 maksājums)', '(2 maksājumi)', '(10 maksājumu)'], ['(1 payment)', '(2 payments)']],
  ['dashboard.note.notPlaced', { amount: '€1' }, ['(1 projekts)', '(2 projekti)', '(10 projektu)'], ['(1 project)', '(2 projects)']],
  ['editing.errorSummary', {}, ['Jāpārbauda 1 lauks;', 'Jāpārbauda 2 lauki;', 'Jāpārbauda 10 lauku;'], ['1 field needs attention', '2 fields need attention']],
  ['editing.partnersPage.mergeUsage', { name: 'X' }, ['minēta 1 projektā', 'minēta 2 projektos', 'minēta 10 projektos'], ['named in 1 project.', 'named in 2 projects.']],
  ['editing.partnersPage.merged', { removed: 'X', kept: 'Y' }, ['atjaunināts 1 projekts', 'atjaunināti 2 projekti', 'atjaunināti 10 projekti'], ['1 project updated', '2 projects updated']],
  ['editing.programmesPage.count', {}, ['1 programma', '2 programmas', '10 programmu'], ['1 programme', '2 programmes']],
  ['timeline.events.exported', { file: 'a.ics' }, ['Eksportēts 1 pasākums', 'Eksportēti 2 pasākumi', 'Eksportēti 10 pasākumi'], ['1 event exported', '2 events exported']],
  ['backup.csv.projectsLabel', {}, ['ar 1 redzamo projektu', 'ar 2 redzamajiem projektiem', 'ar 10 redzamajiem projektiem'], ['the 1 project shown', 'the 2 projects shown']],
  ['backup.csv.eventsLabel', {}, ['ar 1 parādīto pasākumu', 'ar 2 parādītajiem pasākumiem', 'ar 10 parādītajiem pasākumiem'], ['the 1 event shown', 'the 2 events shown']],
  ['timeline.events.totals.unknown', {}, ['1 pasākumam pārstāvju', '2 pasākumiem pārstāvju', '10 pasākumiem pārstāvju'], ['1 event without', '2 events without']],
  ['backup.reminder.never', {}, ['portfelī ir 1 izmaiņa.', 'portfelī ir 2 izmaiņas.', 'portfelī ir 10 izmaiņu.'], ['has 1 change.', 'has 2 changes.']],
  ['backup.reminder.daysAgo', {}, ['pirms 1 dienas', 'pirms 2 dienām', 'pirms 10 dienām'], ['1 day ago', '2 days ago']],
  ['count.events', {}, ['1 pasākums', '2 pasākumi', '10 pasākumu'], ['1 event', '2 events']],
  ['count.representativesSent', {}, ['nosūtīts 1 pārstāvis', 'nosūtīti 2 pārstāvji', 'nosūtīti 10 pārstāvji'], ['1 representative sent', '2 representatives sent']],
  ['count.partners', {}, ['1 partneris', '2 partneri', '10 partneru'], ['1 partner', '2 partners']],
  ['count.associated', {}, ['1 sadarbības partneris', '2 sadarbības partneri', '10 sadarbības partneru'], ['1 associated', '2 associated']],
  ['count.projects', {}, ['1 projekts', '2 projekti', '10 projektu'], ['1 project', '2 projects']],
  ['count.organisations', {}, ['1 organizācija', '2 organizācijas', '10 organizāciju'], ['1 organisation', '2 organisations']],
  ['count.programmes', {}, ['1 programma', '2 programmas', '10 programmu'], ['1 programme', '2 programmes']],
  ['count.historyEntries', {}, ['1 vēstures ieraksts', '2 vēstures ieraksti', '10 vēstures ierakstu'], ['1 history entry', '2 history entries']],
  ['count.changes', {}, ['1 izmaiņa', '2 izmaiņas', '10 izmaiņu'], ['1 change', '2 changes']],
  ['sharing.first.there', {}, ['Serverī ir 1 projekts.', 'Serverī ir 2 projekti.', 'Serverī ir 10 projektu.'], ['holds 1 project.', 'holds 2 projects.']],
  ['sharing.first.here', {}, ['ir 1 savs projekts', 'ir 2 savi projekti', 'ir 10 savu projektu'], ['holds 1 project of its own', 'holds 2 projects of its own']],
] as const)('%s', (key, params, latvian, english) => {
  it('Latvian: 1, 2 and 10', () => {
    [1, 2, 10].forEach((count, i) => expect(tLv(key, { ...params, count })).toContain(latvian[i]));
  });
  it('English: 1 and 2', () => {
    [1, 2].forEach((count, i) => expect(tEn(key, { ...params, count })).toContain(english[i]));
  });
});
