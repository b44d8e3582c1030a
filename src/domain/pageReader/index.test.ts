// The whole reader on pages of the genre that are not the seeds: other formats, orders, languages.
import { projectSchema } from '../schema';
import { readProjectPage } from './index';
import { flattenProject } from './score';

const shown = (text: string) => {
  const reading = readProjectPage(text);
  return { reading, value: (field: string) => reading.proposals.find((p) => p.field === field)?.value };
};

describe('readProjectPage', () => {
  it('reads a short page with headings and values on one line, CRLF and no-break spaces', () => {
    const { reading, value } = shown(
      [
        'Projekta nosaukums: “Zaļās pilsētas” (“GREEN”)',
        'Projekta iesniedzējs (vadošais partneris): Daugavpils pilsētas dome, Daugavpils, Latvija',
        'Projekta partneri: ',
        '1) Tartu pilsēta, Tartu, Igaunija;',
        '2) Kauņas pašvaldība, Kaunas, Lietuva.',
        'Projekta īstenošanas termiņš: no 2019.gada 1.marta līdz 2020.gada 28.februārim',
        'Projekta kopējās izmaksas: 21\u00A0500 EUR',
        'ES līdzfinansējums (85%) – 18\u00A0275,00 €',
        'Domes līdzfinansējums – EUR 3 225',
      ].join('\r\n'),
    );
    expect([value('acronym'), value('title.lv'), value('councilRole'), value('period.start'), value('period.end')]).toEqual(['GREEN', 'Zaļās pilsētas', 'lead', '2019-03-01', '2020-02-28']);
    expect([value('budget.totalBudget'), value('budget.euCofinancing'), value('budget.euCofinancingPercent'), value('budget.councilCofinancing')]).toEqual(['21500', '18275', '85', '3225']);
    expect(reading.partners.map((p) => [p.role, p.name, p.country])).toEqual([
      ['lead', 'Daugavpils pilsētas dome', 'LV'],
      ['partner', 'Tartu pilsēta', 'EE'],
      ['partner', 'Kauņas pašvaldība', 'LT'],
    ]);
    expect(reading.text).not.toMatch(/\r|\u00A0/);
  });

  it('reads HTML', () => {
    const { reading, value } = shown(
      '<div class="content"><h1>Zaļās pilsētas GREEN (Green Cities)</h1><p>Pēdējo reizi informācija atjaunota 07.01.2020, 11:46</p>' +
        '<h3>Vadošais partneris:</h3><p>Rēzeknes pilsētas dome, Latvija</p><h3>Projekta partneri:</h3><ul><li>Daugavpils pilsētas dome, Latvija</li></ul>' +
        '<h3>Projekta rezultāti</h3><ul><li>organizēti 3 starptautiski pasākumi;</li></ul><script>var x = "Projekta partneri:";</script></div>',
    );
    expect([value('acronym'), value('title.lv'), value('title.en'), value('infoUpdatedAt'), value('councilRole')]).toEqual(['GREEN', 'Zaļās pilsētas', 'Green Cities', '2020-01-07T11:46', 'partner']);
    expect(reading.draft.results).toEqual([{ text: { lv: 'organizēti 3 starptautiski pasākumi', en: '' }, indicator: { kind: 'events', target: 3, achieved: null } }]);
  });

  it('reads an English page', () => {
    const { reading, value } = shown(
      [
        'Green Cities Network GREEN',
        'Lead partner: Daugavpils City Council, Daugavpils, Latvia',
        'Partners:',
        '- Kaunas City Municipality, Kaunas, Lithuania',
        'Implementation period: 15 January 2019 – 14 January 2020',
        'Total project budget: EUR 138 000',
        'Events:',
        '1. Kaunas, Lithuania – kick-off meeting, March 2019 (2 representatives)',
      ].join('\n'),
    );
    expect([value('acronym'), value('title.en'), value('title.lv'), value('councilRole'), value('period.end'), value('budget.totalBudget')]).toEqual(['GREEN', 'Green Cities Network', undefined, 'lead', '2020-01-14', '138000']);
    expect(reading.draft.events.map((e) => [e.hostCity, e.hostCountry, e.kind, e.date, e.representatives])).toEqual([['Kaunas', 'LT', 'kick-off', { precision: 'month', month: '2019-03' }, 2]]);
  });

  it('invents nothing on a page that states little: unknown stays empty, never 0', () => {
    const { reading } = shown('Šobrīd Daugavpilī\n\nJauns projekts (New project)\n\nPēdējo reizi informācija atjaunota 01.02.2021, 09:00\n\nProjektā tiks organizēti 9 starptautiski pasākumi. Tālr. 65 404 344.');
    const values = [...flattenProject(reading.draft).keys()];
    expect(values.sort()).toEqual(['councilRole', 'infoUpdatedAt', 'title.en', 'title.lv']);
    expect(reading.proposals.map((p) => p.field).sort()).toEqual(['infoUpdatedAt', 'title.en', 'title.lv']);
    expect(reading.draft.budget.totalBudget).toBeNull();
    expect(reading.draft.events).toEqual([]);
    expect(reading.found).toBe(3);
  });

  it('reads an empty paste as nothing', () => {
    const { reading } = shown('');
    expect([reading.found, reading.partners, reading.programme, reading.draft.acronym]).toEqual([0, [], null, '']);
  });

  it('gives a draft the schema accepts once it has an id', () => {
    const { reading } = shown('Projekta nosaukums: Zaļās pilsētas\nProjekta īstenošanas termiņš: 01.03.2019 - 28.02.2020');
    expect(projectSchema.safeParse({ ...reading.draft, id: 'x' }).success).toBe(true);
  });

  it('does not take the site’s buttons and footer, copied with the page, for press releases', () => {
    const { reading } = shown('PRESES RELĪZES:\n1. Notika pirmā tikšanās\n\nAtpakaļ\nDrukāt\n© 2021 Daugavpils pilsētas dome');
    expect(reading.draft.pressReleases.map((p) => p.title.lv)).toEqual(['Notika pirmā tikšanās']);
  });
});

