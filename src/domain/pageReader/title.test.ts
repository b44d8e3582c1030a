import { readSections } from './sections';
import { isAcronym, readTitle, readTitleValue } from './title';

describe('readTitleValue', () => {
  it.each([
    ['Vietējās solidaritātes – globālās solidaritātes tīkls SOLID (Local solidarity- global solidarity Network)', 'SOLID', 'Vietējās solidaritātes – globālās solidaritātes tīkls', 'Local solidarity- global solidarity Network'],
    ['“Demokrātiskās iesaistīšanās un sabiedriskās līdzdalības veicināšana” (“WIR”)', 'WIR', 'Demokrātiskās iesaistīšanās un sabiedriskās līdzdalības veicināšana', ''],
    ['Projekta “Pašvaldību sadarbība kā Eiropas solidaritātes kanāls” TTChan (“Town Twinning as a Channel of European Solidarity”) apraksts', 'TTChan', 'Pašvaldību sadarbība kā Eiropas solidaritātes kanāls', 'Town Twinning as a Channel of European Solidarity'],
    ['Pilsētu sadarbība vides problēmu risināšanā (Our Cities Pairing on Environment Issues)', '', 'Pilsētu sadarbība vides problēmu risināšanā', 'Our Cities Pairing on Environment Issues'],
    ['Depopulācija – reģionālo centru izaicinājums DeCoDe (Challenges of Regional Centres: Depopulation Control, Development – best practices)', 'DeCoDe', 'Depopulācija – reģionālo centru izaicinājums', 'Challenges of Regional Centres: Depopulation Control, Development – best practices'],
    ['Green Cities Network GREEN', 'GREEN', '', 'Green Cities Network'],
  ])('%s', (value, acronym, lv, en) => {
    expect(readTitleValue(value)).toEqual({ acronym, title: { lv, en } });
  });
});

describe('isAcronym', () => {
  it('knows an acronym from a word', () => {
    expect(['SOLID', 'DeCoDe', 'TTChan', 'Network', 'Latvija', 'ES', 'rīcība'].map(isAcronym)).toEqual([true, true, true, false, false, true, false]);
  });
});

describe('readTitle', () => {
  const read = (text: string) => {
    const { preamble, sections } = readSections(text);
    return readTitle(text, preamble, sections);
  };

  it('reads the page heading above "last updated"', () => {
    const text = 'Šobrīd Daugavpilī\n\nDemokrātiskās iesaistīšanās veicināšana (WIR)\n\nPēdējo reizi informācija atjaunota 21.05.2021, 11:02\n';
    const found = read(text);
    expect([found.acronym, found.title]).toEqual(['WIR', { lv: 'Demokrātiskās iesaistīšanās veicināšana', en: '' }]);
    const acronym = found.proposals.find((p) => p.field === 'acronym');
    expect(acronym && text.slice(acronym.passage.start, acronym.passage.end)).toBe('WIR');
  });

  it('reads a description line that runs over several lines', () => {
    const found = read('Projekta “Vietējās solidaritātes tīkls” SOLID\n\n(“Local solidarity Network”) apraksts\n\nProjekta partneri:\n1. Daugavpils pilsētas dome, Latvija');
    expect([found.acronym, found.title]).toEqual(['SOLID', { lv: 'Vietējās solidaritātes tīkls', en: 'Local solidarity Network' }]);
  });

  it('reads English headings', () => {
    const found = read('Project title: Green Cities (Zaļās pilsētas)\nAcronym: GREEN\nProject partners:\n1. Daugavpils City Council, Latvia');
    expect([found.acronym, found.title]).toEqual(['GREEN', { lv: 'Zaļās pilsētas', en: 'Green Cities' }]);
  });

  it('proposes nothing when the page names no project', () => {
    expect(read('Projekta partneri:\n1. Kauņa, Lietuva').proposals).toEqual([]);
  });
});
