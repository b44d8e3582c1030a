import { readContacts } from './contacts';
import { readSections } from './sections';

const read = (text: string) => {
  const { preamble, sections } = readSections(text);
  return readContacts(text, sections, [...preamble, ...sections.flatMap((s) => [s.heading, ...s.body])]);
};

describe('readContacts', () => {
  it('reads a contact over several lines, and the website after it', () => {
    const found = read('Kontaktpersona:\nJolanta Reča-Lāže, projekta koordinators,\n Tālr: 6 54 76064; e-pasts: jolanta.reca-laze@daugavpils.lv\nwww.wirproject.eu/');
    expect(found.contacts).toEqual([{ name: 'Jolanta Reča-Lāže', position: { lv: 'projekta koordinators', en: '' }, phone: '6 54 76064', email: 'jolanta.reca-laze@daugavpils.lv' }]);
    expect(found.website).toBe('http://www.wirproject.eu/');
  });

  it('reads several contacts, each on one line, in English', () => {
    const found = read('Contact persons:\nAnna Bērziņa – project manager, tel. +371 65 404 344, anna.berzina@daugavpils.lv\nJānis Ozols, accountant, phone: 654 76 000');
    expect(found.contacts.map((c) => [c.name, c.position.en || c.position.lv, c.phone, c.email])).toEqual([
      ['Anna Bērziņa', 'project manager', '+371 65 404 344', 'anna.berzina@daugavpils.lv'],
      ['Jānis Ozols', 'accountant', '654 76 000', null],
    ]);
  });

  it('reads press release titles without their numbers and link marks', () => {
    const found = read('PRESES RELĪZES:\n1. Notika pirmā partneru tikšanās _\n2. Pēdējā tikšanās 2018.gadā notika Somijā\nPartneri no Turcijas iepazīst Daugavpils pieredzi');
    expect(found.pressReleases.map((p) => p.title.lv)).toEqual(['Notika pirmā partneru tikšanās', 'Pēdējā tikšanās 2018.gadā notika Somijā', 'Partneri no Turcijas iepazīst Daugavpils pieredzi']);
  });

  it('finds nothing where the page has no contacts, website or press releases', () => {
    const found = read('PRESES RELĪZES:\n\nProjekta partneri:\n1. Kauņa, Lietuva');
    expect([found.contacts, found.website, found.pressReleases, found.proposals]).toEqual([[], null, [], []]);
  });

  it('reads a contact written position first', () => {
    const found = read('Kontakti:\nProjekta vadītāja: Anna Bērziņa\ne-pasts: anna.berzina@daugavpils.lv');
    expect(found.contacts).toEqual([{ name: 'Anna Bērziņa', position: { lv: 'Projekta vadītāja', en: '' }, phone: null, email: 'anna.berzina@daugavpils.lv' }]);
  });
});

