import { samplePortfolio } from '../sample';

const { organisations, programmes } = samplePortfolio;
import type { Organisation } from '../schema';
import { matchOrganisation, matchProgramme } from './organisations';
import { readPartnerName } from './partners';

const match = (written: string, directory: readonly Organisation[] = organisations) => {
  const found = matchOrganisation(readPartnerName(written), directory);
  return found === null ? null : [found.organisation.id, found.certain];
};

describe('matchOrganisation', () => {
  it.each([
    ['Vanersborg pašvaldība, Zviedrija', 'org-vanersborg', true],
    ['Daugavpils pilsētas dome, Daugavpils, Latvija', 'org-daugavpils-council', true],
    ['Jette kultūras centrs /Le Centre Culturel de Jette/, Jette, Beļģija', 'org-centre-culturel-jette', true],
    ['Paņeveža, Lietuva', 'org-panevezys', true],
    ['Suluova Apgabala Valdība, Turcija /Suluova District Governorship, Turkey/', 'org-suluova-governorship', true],
    ['Sweden Emilia – Romagna Network Associazione (asociācija), Bologna, Itālija', 'org-sweden-emilia-romagna-network', true],
  ])('%s is %s (certain)', (written, id, certain) => {
    expect(match(written)).toEqual([id, certain]);
  });

  it.each([
    ['Vänersborgas pašvaldība, Zviedrija', 'org-vanersborg'],
    ['Vanersborg municipality', 'org-vanersborg'],
    ['Paņevēžas pašvaldība, Lietuva', 'org-panevezys'],
    ['Kauņa, Lietuva', 'org-kaunas'],
    ['Kaunas City Municipality, Lithuania', 'org-kaunas'],
    ['Magdeburgas pilsētas dome, Vācija', 'org-magdeburg'],
    ['Lodzas pašvaldība', 'org-lodz'],
    ['Daugavpils City Council', 'org-daugavpils-council'],
    ['EKOLOR" Indjija, Serbija', 'org-ekolor-indjija'],
    ['Verein für sozialprävention und gemeinwesenarbeit (Sociālās aprūpes un sabiedrisko darbu asociācija) Linz, Austrija', 'org-vsg-linz'],
  ])('%s is %s, loosely', (written, id) => {
    expect(match(written)?.[0]).toBe(id);
  });

  it('a loose match is never certain', () => {
    expect(match('Vänersborgas pašvaldība, Zviedrija')).toEqual(['org-vanersborg', false]);
  });

  it('a country that contradicts rules a match out', () => {
    expect(match('Kauņa, Polija')).toBeNull();
  });

  it('finds nothing for an organisation not in the directory', () => {
    expect(match('Tartu linnavalitsus, Igaunija')).toBeNull();
    expect(match('Jelgavas pašvaldība, Latvija')).toBeNull();
  });
});

describe('matchProgramme', () => {
  const reading = (name: string, strand = '', measure = '') => ({ name, strand, measure, passage: { start: 0, end: 0 }, unsure: false });
  it('finds the measure named on the page', () => {
    expect(matchProgramme(reading('Eiropa pilsoņiem', '2.sadaļa Demokrātiskā iesaistīšanās', 'Pašvaldību tīklojumi'), programmes)?.id).toBe('prog-efc-networks-of-towns');
    expect(matchProgramme(reading('Europe for Citizens', 'Strand 2', 'Town Twinning'), programmes)?.id).toBe('prog-efc-town-twinning');
  });
  it('takes the programme without a measure when the page names none', () => {
    expect(matchProgramme(reading('Eiropa pilsoņiem'), programmes)?.id).toBe('prog-efc');
  });
  it('finds nothing for an unknown programme', () => {
    expect(matchProgramme(reading('Interreg Latvija–Lietuva'), programmes)).toBeNull();
  });
});
