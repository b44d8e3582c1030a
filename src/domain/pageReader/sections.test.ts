import { headingOf, listItems, paragraphsOf, readSections, sectionLines } from './sections';
import { splitLines } from './text';

const heading = (text: string) => {
  const found = headingOf({ text, start: 0, end: text.length });
  return found && [found.key, found.valueAt === null ? null : text.slice(found.valueAt)];
};

describe('headingOf', () => {
  it.each([
    ['Projekta partneri:', 'partners', null],
    ['Projekta partneri', 'partners', null],
    ['PROJEKTA PARTNERI', 'partners', null],
    ['Project partners:', 'partners', null],
    ['Projekta iesniedzējs (vadošais partneris):', 'lead', null],
    ['Lead partner: Daugavpils City Council, Latvia', 'lead', 'Daugavpils City Council, Latvia'],
    ['Projekta sadarbības partneri:', 'associated', null],
    ['Projekta īstenošanas termiņš: 01/01/2018 - 15/11/2019', 'period', '01/01/2018 - 15/11/2019'],
    ['Projekta īstenošanas termiņš\t01/01/2018 - 15/11/2019', 'period', '01/01/2018 - 15/11/2019'],
    ['Implementation period – 01/01/2018 - 15/11/2019', 'period', '01/01/2018 - 15/11/2019'],
    ['3. Finansēšanas avots', 'funding', null],
    ['2) Projekta kopējās izmaksas:', 'costs', null],
    ['Pašvaldības līdzfinansējums un priekšfinansējums:', 'cofinancing', null],
    ['Projekta starptautiskās mobilitātes:', 'events', null],
    ['Projekta mērķis un aktivitātes:', 'objectives', null],
    ['Projekta ietvaros plānotas sekojošas aktivitātes:', 'activities', null],
    ['Projekta rezultāti', 'results', null],
    ['Kontaktpersona:', 'contacts', null],
    ['PRESES RELĪZES:', 'press', null],
    ['GALA REZULTĀTS (FINAL RESULT): skatīt dokumentu', 'finalResult', 'skatīt dokumentu'],
    ['Pēdējo reizi informācija atjaunota 21.05.2021, 11:02', 'updated', null],
    ['Domes priekšsēdētāja 1.vietnieks', 'signature', null],
    ['SEMINĀRS PAR SADZĪVES ATKRITUMU APSAIMNIEKOŠANU:', 'other', null],
    ['INFORMATĪVS MATERIĀLS PAR DEPOPULĀCIJU (INFORMATIONAL MATERIAL)', 'other', null],
  ])('"%s" is %s', (text, key, value) => {
    expect(heading(text)).toEqual([key, value]);
  });

  it.each([
    'Projekta partneri paši par saviem līdzekļiem apmaksā transporta izdevumus nokļūšanai Daugavpilī.',
    'Projekta ietvaros plānotās aktivitātes paredz sadarboties ar projekta partneriem.',
    '1. Daugavpils pilsētas dome, Latvija',
    '3. LOKĀLĀ SOLIDARITĀTE = GLOBĀLAIS SOLIDARITĀTES TĪKLS',
    'Priekšfinansējums – 2018.gadā 1100 EUR; 2019. gadā 400 EUR',
    'Tālr: 6 54 76064; e-pasts: x@daugavpils.lv',
    '',
  ])('"%s" is no heading', (text) => {
    expect(heading(text)).toBeNull();
  });
});

describe('readSections', () => {
  it('cuts a page into its sections in page order, whatever the order, with a preamble before the first', () => {
    const text = 'Šobrīd Daugavpilī\n\nProjekta rezultāti\n- a;\n- b.\n\n\nProjekta partneri:\r\n1. Kauņa, Lietuva\nFinansēšanas avots: Eiropa pilsoņiem';
    const { preamble, sections } = readSections(text.replace(/\r/g, ''));
    expect(preamble.filter((l) => l.text !== '').map((l) => l.text)).toEqual(['Šobrīd Daugavpilī']);
    expect(sections.map((s) => [s.key, sectionLines(s).map((l) => l.text)])).toEqual([
      ['results', ['- a;', '- b.']],
      ['partners', ['1. Kauņa, Lietuva']],
      ['funding', ['Eiropa pilsoņiem']],
    ]);
  });

  it('keeps paragraphs apart', () => {
    const { sections } = readSections('Projekta mērķis:\nPirmais.\nTurpinājums.\n\nOtrais.');
    expect(sections[0] && paragraphsOf(sections[0]).map((p) => p.map((l) => l.text))).toEqual([['Pirmais.', 'Turpinājums.'], ['Otrais.']]);
  });
});

describe('listItems', () => {
  it('reads numbered and unnumbered items, without their markers and closing marks', () => {
    const lines = splitLines(['1.      Collecchio pašvaldība, Collechio, Itālija;', '2) Motala, Zviedrija.', '- iegūt zināšanas;', '· Dibināti jauni kontakti;', '• b', '– c', '1.pasākums – Itālija 10/2018', 'veicināta līdzdalība.', '4. Ceturtā tikšanās Bulgārijā _'].join('\n'));
    expect(listItems(lines).map((i) => [i.number, i.marked, i.text])).toEqual([
      [1, true, 'Collecchio pašvaldība, Collechio, Itālija'],
      [2, true, 'Motala, Zviedrija'],
      [null, true, 'iegūt zināšanas'],
      [null, true, 'Dibināti jauni kontakti'],
      [null, true, 'b'],
      [null, true, 'c'],
      [1, true, 'pasākums – Itālija 10/2018'],
      [null, false, 'veicināta līdzdalība'],
      [4, true, 'Ceturtā tikšanās Bulgārijā'],
    ]);
  });

  it('does not take a date at the start of a line for a number', () => {
    expect(listItems(splitLines('08.11.2018. - 12.11.2018.')).map((i) => i.number)).toEqual([null]);
  });
});
