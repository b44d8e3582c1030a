import { readSections } from './sections';
import { indicatorOf, readTexts } from './texts';

const read = (text: string) => readTexts(text, readSections(text).sections);

describe('readTexts', () => {
  it('sends each paragraph where its first sentence says, and splits a results sentence at its semicolons', () => {
    const text = [
      'Projekta mērķis un aktivitātes:',
      'Projekta mērķis ir sekmēt sadarbību.',
      '',
      'Projekta īstenošanā paredzēts piedalīties speciālistiem. Dalība projekta aktivitātēs paaugstinās zināšanas.',
      '',
      'Projekta ietvaros plānotās aktivitātes paredz sadarboties ar partneriem.',
      '',
      'Projekta īstenošanas laikā tiks organizēti 5 starptautiski pasākumi; izpildītas 15 pašvaldības darbinieku mobilitātes; paaugstināts darbinieku zināšanu līmenis.',
    ].join('\n');
    const found = read(text);
    expect(found.objectives).toEqual([{ lv: 'Projekta mērķis ir sekmēt sadarbību.', en: '' }]);
    expect(found.summary.lv).toBe('Projekta īstenošanā paredzēts piedalīties speciālistiem. Dalība projekta aktivitātēs paaugstinās zināšanas.');
    expect(found.activities).toEqual([{ lv: 'Projekta ietvaros plānotās aktivitātes paredz sadarboties ar partneriem.', en: '' }]);
    expect(found.results.map((r) => [r.text.lv, r.indicator])).toEqual([
      ['Projekta īstenošanas laikā tiks organizēti 5 starptautiski pasākumi', { kind: 'events', target: 5, achieved: null }],
      ['izpildītas 15 pašvaldības darbinieku mobilitātes', { kind: 'staff-mobilities', target: 15, achieved: null }],
      ['paaugstināts darbinieku zināšanu līmenis', null],
    ]);
    // A cut the page did not make is marked.
    expect(found.proposals.find((p) => p.field === 'results.0.text.lv')).toMatchObject({ unsure: true, reason: 'inferred' });
  });

  it('makes one objective per sentence that names one', () => {
    const found = read('Īss projekta apraksts:\nProjekta vispārīgais mērķis ir A. Projekta specifiskais mērķis ir B.');
    expect(found.objectives.map((o) => o.lv)).toEqual(['Projekta vispārīgais mērķis ir A.', 'Projekta specifiskais mērķis ir B.']);
  });

  it('leaves a paragraph that mixes an objective with other sentences to the user', () => {
    const found = read('Projekta mērķis:\nProjekta mērķis ir izveidot tīklu. Projekta ietvaros tiks apkopoti priekšlikumi.');
    expect([found.objectives, found.summary.lv, found.proposals]).toEqual([[], '', []]);
  });

  it('reads list items as entries, and a paragraph after the list as one', () => {
    const found = read('Projekta ietvaros plānotas sekojošas aktivitātes:\n\n- iegūt zināšanas;\n\n- palielināt  līdzdalību.\n\nProjekta mērķu sasniegšanas nolūkos tiks organizēti 9 pasākumi.');
    expect(found.activities.map((a) => a.lv)).toEqual(['iegūt zināšanas', 'palielināt līdzdalību', 'Projekta mērķu sasniegšanas nolūkos tiks organizēti 9 pasākumi.']);
  });

  it('reads every line under the results heading, marked or not, without the words a link leaves', () => {
    const found = read('Projekta rezultāti:\n1) Nodibināti kontakti;\n• noorganizēti divi starptautiskie pasākumi Daugavpilī;\nizstrādāts Rīcības Plāns - skatīt šeit');
    expect(found.results.map((r) => r.text.lv)).toEqual(['Nodibināti kontakti', 'noorganizēti divi starptautiskie pasākumi Daugavpilī', 'izstrādāts Rīcības Plāns']);
    expect(found.results[1]?.indicator).toEqual({ kind: 'hosted-events', target: 2, achieved: null });
  });

  it('puts English text in English', () => {
    const found = read('Objectives:\nThe objective is to build a network.\nResults:\n- 5 international events organised');
    expect([found.objectives, found.results[0]?.text]).toEqual([[{ lv: '', en: 'The objective is to build a network.' }], { lv: '', en: '5 international events organised' }]);
  });
});

describe('indicatorOf', () => {
  it.each([
    ['organizēts starptautisks pasākums Daugavpilī', { kind: 'hosted-events', target: 1, achieved: null }],
    ['izpildītas pašvaldības darbinieku mobilitātes', { kind: 'staff-mobilities', target: null, achieved: null }],
    ['Noorganizēti 5 starptautiskie pasākumi Daugavpilī', { kind: 'hosted-events', target: 5, achieved: null }],
    ['Popularizēta Daugavpils pilsēta', null],
    ['Iegūta pieredze 2019. gadā', null],
  ])('%s', (text, indicator) => {
    expect(indicatorOf(text)).toEqual(indicator);
  });
});
