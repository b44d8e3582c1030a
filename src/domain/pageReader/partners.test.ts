import { isCouncilName, readPartnerName, readPartners } from './partners';
import { readSections } from './sections';

describe('readPartnerName', () => {
  it.each([
    ['Collecchio pašvaldība, Collechio, Itālija', 'Collecchio pašvaldība', 'Collechio', 'IT', []],
    ['Daugavpils pilsētas dome, Latvija', 'Daugavpils pilsētas dome', null, 'LV', []],
    ['Paņeveža, Lietuva', 'Paņeveža', null, 'LT', []],
    ['Amasjas Valdība', 'Amasjas Valdība', null, null, []],
    ['Jette kultūras centrs /Le Centre Culturel de Jette/, Jette, Beļģija', 'Jette kultūras centrs', 'Jette', 'BE', ['Le Centre Culturel de Jette']],
    ['Suluova Apgabala Valdība, Turcija /Suluova District Governorship, Turkey/', 'Suluova Apgabala Valdība', null, 'TR', ['Suluova District Governorship']],
    ['Municipality of Alimos, Athens, Greece', 'Municipality of Alimos', 'Athens', 'GR', []],
    ['Mancomunidad de la Ribera Alta, Spānija', 'Mancomunidad de la Ribera Alta', null, 'ES', []],
    ['Kaunas (Lithuania)', 'Kaunas', null, 'LT', []],
  ])('%s', (written, name, city, country, otherNames) => {
    expect(readPartnerName(written)).toEqual({ name, city, country, otherNames });
  });
});

describe('isCouncilName', () => {
  it('knows the council in its Latvian and English names, and nothing else', () => {
    expect(['Daugavpils pilsētas dome', 'DAUGAVPILS PILSĒTAS DOME', 'Daugavpils City Council', 'Daugavpils valstspilsētas pašvaldība', 'Daugavpils Universitāte', 'Rīgas pilsētas dome'].map(isCouncilName)).toEqual([
      true, true, true, true, false, false,
    ]);
  });
});

describe('readPartners', () => {
  it('reads the lead first, then partners and associated partners, whatever the order on the page', () => {
    const text = [
      'Projekta sadarbības partneri:',
      '1) Amasjas Valdība,',
      '2) Suluova pašvaldība',
      'Projekta partneri:',
      'Daugavpils pilsētas dome, Daugavpils, Latvija',
      'Suluovas Tirdzniecības un Rūpniecības Kamera, Turcija',
      'Projekta iesniedzējs (vadošais partneris):',
      ' Suluova Apgabala Valdība, Turcija',
      '/Suluova District Governorship, Turkey/',
    ].join('\n');
    const partners = readPartners(readSections(text).sections);
    expect(partners.map((p) => [p.role, p.nameAsWritten, p.isCouncil])).toEqual([
      ['lead', 'Suluova Apgabala Valdība, Turcija /Suluova District Governorship, Turkey/', false],
      ['partner', 'Daugavpils pilsētas dome, Daugavpils, Latvija', true],
      ['partner', 'Suluovas Tirdzniecības un Rūpniecības Kamera, Turcija', false],
      ['associated', 'Amasjas Valdība', false],
      ['associated', 'Suluova pašvaldība', false],
    ]);
    const [, council] = partners;
    expect(council && text.slice(council.passage.start, council.passage.end)).toBe('Daugavpils pilsētas dome, Daugavpils, Latvija');
    expect(partners.filter((p) => p.unsure).map((p) => p.name)).toEqual(['Amasjas Valdība', 'Suluova pašvaldība']);
  });

  it('reads a lead written on the heading line, in English', () => {
    const partners = readPartners(readSections('Lead partner: Daugavpils City Council, Daugavpils, Latvia\nPartners:\n• Kaunas City Municipality, Kaunas, Lithuania').sections);
    expect(partners.map((p) => [p.role, p.name, p.city, p.country, p.isCouncil])).toEqual([
      ['lead', 'Daugavpils City Council', 'Daugavpils', 'LV', true],
      ['partner', 'Kaunas City Municipality', 'Kaunas', 'LT', false],
    ]);
  });

  it('finds none on a page without a partner list', () => {
    expect(readPartners(readSections('Projekta mērķis:\nSadarbība ar partneriem.').sections)).toEqual([]);
  });

  it('reads several partners written on one line', () => {
    const text = 'Projekta partneri: Kauņa, Lietuva; Lodza, Polija; Magdeburga, Vācija';
    const partners = readPartners(readSections(text).sections);
    expect(partners.map((p) => [p.name, p.country, text.slice(p.passage.start, p.passage.end)])).toEqual([
      ['Kauņa', 'LT', 'Kauņa, Lietuva'],
      ['Lodza', 'PL', 'Lodza, Polija'],
      ['Magdeburga', 'DE', 'Magdeburga, Vācija'],
    ]);
  });
});

