// The five seed pages read and compared field by field with the records made of them by hand
// (src/domain/sample/projects): every value proposed must be the record's, and at least 90% of
// what the page states must be found.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { samplePortfolio } from '../sample';
import { projectSchema, type Project } from '../schema';
import { readProjectPage } from './index';
import { flattenReading, flattenRecord, scoreReading } from './score';

// Copies of ../shared/seeds (the council's pages), kept here so the tests run from any clone.
const SEEDS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'seeds');
const seedText = (prefix: string): string => {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix} in ${SEEDS}`);
  return readFileSync(path.join(SEEDS, file), 'utf8');
};
const record = (id: string): Project => {
  const project = samplePortfolio.projects.find((p) => p.id === id);
  if (!project) throw new Error(`no sample project ${id}`);
  return project;
};
const directory = { organisations: samplePortfolio.organisations, programmes: samplePortfolio.programmes };

// What each record holds that its page does not state, as its own notes say.
const CASES: { seed: string; id: string; notOnPage: string[] }[] = [
  { seed: '000', id: 'sample-solid', notOnPage: [] },
  // The English title is a translation; the 9 events were made from the stated count.
  { seed: '001', id: 'sample-wir', notOnPage: ['title.en', 'events'] },
  // The one event was made from the activities text and the period.
  { seed: '002', id: 'sample-ttchan', notOnPage: ['events'] },
  // The 8 events were made from the stated counts (5 in Daugavpils, 3 in Turkey).
  { seed: '003', id: 'sample-our-cities-pairing', notOnPage: ['events'] },
  { seed: '004', id: 'sample-decode', notOnPage: [] },
];

describe.each(CASES)('seed $seed ($id)', ({ seed, id, notOnPage }) => {
  const reading = readProjectPage(seedText(seed), { organisations: directory.organisations });
  const score = scoreReading(flattenReading(reading, directory), flattenRecord(record(id)), notOnPage);

  it('proposes no value the record does not hold, and finds at least 90% of what the page states', () => {
    console.log(
      `seed ${seed} ${id}: ${score.right}/${score.stated} right (${((100 * score.right) / score.stated).toFixed(1)}%), ${score.invented} invented; ${reading.found} values proposed` +
        (score.missed.length ? `\n  missed: ${score.missed.join(', ')}` : '') +
        (score.wrong.length ? `\n  wrong: ${score.wrong.map((w) => `${w.field}: read ${JSON.stringify(w.read)}, record ${JSON.stringify(w.expected)}`).join('\n    ')}` : ''),
    );
    expect(score.wrong).toEqual([]);
    expect(score.right / score.stated).toBeGreaterThanOrEqual(0.9);
  });

  it('gives a draft the project schema accepts, with partners and programme left to the user', () => {
    expect(projectSchema.safeParse({ ...reading.draft, id: 'draft' }).success).toBe(true);
    expect([reading.draft.partners, reading.draft.programmeId]).toEqual([[], null]);
  });

  it('points every proposal at a passage of the text', () => {
    for (const p of reading.proposals) {
      expect(p.passage.start).toBeGreaterThanOrEqual(0);
      expect(p.passage.end).toBeGreaterThan(p.passage.start);
      expect(p.passage.end).toBeLessThanOrEqual(reading.text.length);
    }
    expect(reading.found).toBe(reading.proposals.length);
  });
});
