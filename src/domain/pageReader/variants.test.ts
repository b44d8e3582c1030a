// Rewritten seed pages (fixtures/): the values they show in other forms are read, and compared
// with the records they were rewritten from, nothing is invented.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { samplePortfolio } from '../sample';
import { variants } from './fixtures/variants';
import { readProjectPage } from './index';
import { flattenReading, flattenRecord, scoreReading } from './score';

const directory = { organisations: samplePortfolio.organisations, programmes: samplePortfolio.programmes };

describe.each(variants)('variant $file', ({ file, recordId, crlf, notOnPage, expected }) => {
  const raw = readFileSync(path.join(import.meta.dirname, 'fixtures', file), 'utf8');
  const reading = readProjectPage(crlf ? raw.replace(/\n/g, '\r\n') : raw, { organisations: directory.organisations });
  const record = samplePortfolio.projects.find((p) => p.id === recordId);

  it('reads the values written in the new forms', () => {
    const read = Object.fromEntries(Object.keys(expected).map((field) => [field, reading.proposals.find((p) => p.field === field)?.value]));
    expect(read).toEqual(expected);
  });

  it('invents nothing, and finds at least 90% of what it states', () => {
    if (!record) throw new Error(`no record ${recordId}`);
    const score = scoreReading(flattenReading(reading, directory), flattenRecord(record), notOnPage);
    console.log(`variant ${file}: ${score.right}/${score.stated} right, ${score.invented} invented${score.missed.length ? `; missed ${score.missed.join(', ')}` : ''}`);
    expect(score.wrong).toEqual([]);
    expect(score.right / score.stated).toBeGreaterThanOrEqual(0.9);
  });
});
