import { samplePortfolio } from '../sample';
import { readEvents } from './events';
import { readPartners } from './partners';
import { readSections } from './sections';

const read = (body: string, withDirectory = false) => {
  const text = `Projekta partneri:\n1. Kauņa, Lietuva\n2. Lodza, Polija\nProjekta starptautiskās mobilitātes:\n${body}`;
  const { sections } = readSections(text);
  return readEvents(text, sections, { partners: readPartners(sections), ...(withDirectory ? { organisations: samplePortfolio.organisations } : {}) });
};
const fields = (e: ReturnType<typeof read>['events'][number]) => [e.order, e.kind, e.title.lv, e.hostCity, e.hostCityLv, e.hostCountry, e.placeAsWritten, e.date, e.direction, e.representatives];

describe('readEvents', () => {
  it('reads order, place, title, month and representatives', () => {
    const { events } = read('1.pasākums –  Jette, Beļģija – projekta atklāšanas tikšanās (kick-off) 03/2018 (3 pārstāvji)\n2.pasākums – Itālija 10/2018 (2 pārstāvji)\n3.pasākums – Spānija, 03/2019 (2 pārstāvji)');
    expect(events.map(fields)).toEqual([
      [1, 'kick-off', 'projekta atklāšanas tikšanās (kick-off)', 'Jette', null, 'BE', 'Jette, Beļģija', { precision: 'month', month: '2018-03' }, 'outgoing', 3],
      [2, 'meeting', '', null, null, 'IT', 'Itālija', { precision: 'month', month: '2018-10' }, 'outgoing', 2],
      [3, 'meeting', '', null, null, 'ES', 'Spānija', { precision: 'month', month: '2019-03' }, 'outgoing', 2],
    ]);
  });

  it('reads events hosted in Daugavpils, titles in quotes and a final conference', () => {
    const { events } = read('1.pasākums – Daugavpils, Latvija – projekta atklāšanas tikšanās (kick-off) 05/2018\n5. pasākums - Daugavpils, Latvija – gala rezultātu izplatīšanas konference 11/2019\n3.pasākums – Palermo, Itālija – “Jauniešu depopulācija – kā to var novērst?” 02/2019');
    expect(events.map((e) => [e.kind, e.direction, e.title.lv, e.representatives])).toEqual([
      ['kick-off', 'hosted', 'projekta atklāšanas tikšanās (kick-off)', null],
      ['final-conference', 'hosted', 'gala rezultātu izplatīšanas konference', null],
      ['meeting', 'outgoing', 'Jauniešu depopulācija – kā to var novērst?', null],
    ]);
  });

  it('takes the country of a city from the partner list when the page writes a month in its place, and says so', () => {
    const { events, proposals } = read('2.pasākums – Kauņa, Septembris – “Labās prakses piemēri” 09/2018');
    expect(events.map(fields)[0]).toEqual([2, 'meeting', 'Labās prakses piemēri', 'Kauņa', null, 'LT', 'Kauņa, Septembris', { precision: 'month', month: '2018-09' }, 'outgoing', null]);
    expect(proposals.find((p) => p.field === 'events.0.hostCountry')).toMatchObject({ value: 'LT', unsure: true, reason: 'inferred' });
  });

  it('gives a city under the directory’s own name when it has one, keeping the Latvian form', () => {
    const { events } = read('4.pasākums – Lodza, Polija – seminārs 05/2019', true);
    expect([events[0]?.hostCity, events[0]?.hostCityLv, events[0]?.kind]).toEqual(['Łódź', 'Lodza', 'seminar']);
  });

  it('reads exact days, a span of days, and numbers written as words', () => {
    const { events } = read('- Rīga, Latvija – seminārs 08.11.2018. - 12.11.2018. (divi pārstāvji)\n- Tartu, Igaunija – study visit 15 January 2019');
    expect(events.map((e) => [e.order, e.date, e.representatives, e.kind, e.title.lv || e.title.en])).toEqual([
      [null, { precision: 'day', start: '2018-11-08', end: '2018-11-12' }, 2, 'seminar', 'seminārs'],
      [null, { precision: 'day', start: '2019-01-15', end: '2019-01-15' }, null, 'study-visit', 'study visit'],
    ]);
  });

  it('leaves what is not written unknown', () => {
    const { events, proposals } = read('1.pasākums – Vīne, Austrija');
    expect(events[0]?.date).toEqual({ precision: 'unknown' });
    expect(events[0]?.representatives).toBeNull();
    expect(proposals.map((p) => p.field)).not.toContain('events.0.date');
    expect(proposals.find((p) => p.field === 'events.0.kind')).toMatchObject({ value: 'meeting', unsure: true });
  });

  it('makes no events from a count', () => {
    expect(read('').events).toEqual([]);
  });

  it('takes the city from before the country when the title comes first', () => {
    const { events } = read('1. Kick-off meeting, Riga, Latvia, March 2019');
    expect(events.map((e) => [e.title.en, e.hostCity, e.hostCountry, e.placeAsWritten])).toEqual([['Kick-off meeting', 'Riga', 'LV', 'Riga, Latvia']]);
  });
});

