import { makeProject } from '../../test/factories';
import { samplePortfolio } from '../sample';
import { annexText, buildAnnex } from './annex';

const sample = (id: string) => {
  const project = samplePortfolio.projects.find((p) => p.id === id);
  if (!project) throw new Error(id);
  return project;
};
const nbsp = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');

describe('the council-decision annex', () => {
  it('carries TTChan’s decision No. 502 of 28 September 2018, the Latvian way, and its figures', () => {
    const annex = buildAnnex(sample('sample-ttchan'));
    expect(annex.hasDecision).toBe(true);
    expect(annex.heading).toEqual(['Pielikums', 'Daugavpils pilsētas domes', '2018. gada 28. septembra', 'lēmumam Nr. 502']);
    expect(annex.columns).toEqual(['2018. gads', 'Kopā']);
    const row = (key: string) => annex.rows.find((r) => r.key === key)?.cells.map(nbsp);
    expect(row('prefinancing')).toEqual(['10 080,00 €', '10 080,00 €']);
    // Known to be 0 (100% EU): shown as 0; nothing by year for 2018: unknown.
    expect(row('cofinancing')).toEqual(['—', '0,00 €']);
    expect(row('eu')).toEqual(['', '10 080,00 €']);
    expect(row('total')).toEqual(['', '10 080,00 €']);
    expect(annex.signature).toEqual({ name: 'I. Prelatovs', position: 'Domes priekšsēdētāja 1. vietnieks' });
    expect(annexText(annex)).toContain('(personiskais paraksts)');
  });

  it('puts each year of WIR’s co-financing and pre-financing in its column, and unknown totals as "—"', () => {
    const annex = buildAnnex(sample('sample-wir'));
    expect(annex.hasDecision).toBe(false);
    expect(annex.heading).toEqual([]);
    expect(annex.signature).toBeNull();
    expect(annex.columns).toEqual(['2018. gads', '2019. gads', 'Kopā']);
    const row = (key: string) => annex.rows.find((r) => r.key === key)?.cells.map(nbsp);
    expect(row('cofinancing')).toEqual(['3600,00 €', '1200,00 €', '4800,00 €']);
    expect(row('prefinancing')).toEqual(['3000,00 €', '2880,00 €', '5880,00 €']);
    expect(row('total')).toEqual(['', '', '—']);
  });

  it('never shows an unknown amount as 0, and a decision without its date says so', () => {
    const annex = buildAnnex(makeProject({ councilDecision: { number: '7/12', date: null, signedBy: 'A. Bērziņa' } }));
    expect(annex.heading[2]).toBe('—');
    expect(annex.heading[3]).toBe('lēmumam Nr. 7/12');
    expect(annex.rows.every((r) => r.cells.every((c) => c === '—'))).toBe(true);
    expect(annex.signature).toEqual({ name: 'A. Bērziņa', position: '' });
  });
});
