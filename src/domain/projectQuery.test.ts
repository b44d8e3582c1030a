import type { Organisation, Programme, Project } from './schema';
import { makeEmptyProject } from '../../tests/fixtures/generator';
import {
  buildSearchIndex,
  defaultListQuery,
  normalizeForSearch,
  MAX_SEARCH_LENGTH,
  parseListQuery,
  queryProjects,
  serializeListQuery,
  type ProjectListQuery,
} from './projectQuery';
import { samplePortfolio } from './sample';

const orgsById = new Map<string, Organisation>(samplePortfolio.organisations.map((o) => [o.id, o]));
const programmesById = new Map<string, Programme>(samplePortfolio.programmes.map((p) => [p.id, p]));
const TODAY = '2024-01-01';

const q = (patch: Partial<ProjectListQuery> = {}): ProjectListQuery => ({ ...defaultListQuery, ...patch });
const acronyms = (projects: Project[]): string[] => projects.map((p) => p.acronym || p.id);
const run = (patch: Partial<ProjectListQuery>, projects: readonly Project[] = samplePortfolio.projects, language: 'lv' | 'en' = 'en') =>
  acronyms(queryProjects(projects, orgsById, programmesById, q(patch), { today: TODAY, language }));

describe('normalizeForSearch', () => {
  it('folds case and diacritics, including letters Unicode does not decompose', () => {
    const texts = ['Panevėžys', 'Paņeveža', 'Łódź', 'İzmir  Eskişehir', 'Straße Ærø'];
    expect(texts.map(normalizeForSearch)).toEqual(['panevezys', 'paneveza', 'lodz', 'izmir eskisehir', 'strasse aero']);
  });
});

describe('queryProjects: text search', () => {
  const byText = (text: string) => run({ text, sort: { key: 'acronym', dir: 'asc' } });

  it.each([
    ['panevezys', ['TTChan']],
    ['Paņeveža', ['TTChan']],
    ['magdeburga', ['DeCoDe', 'TTChan']],
    ['LODZ', ['DeCoDe']],
    ['lodza', ['DeCoDe']],
    ['kauņa', ['DeCoDe']],
    // A substring match: TTChan's title has "solidarity".
    ['solid', ['SOLID', 'TTChan']],
    ['depopulation', ['DeCoDe']],
    ['Depopulācija', ['DeCoDe']],
    ['vanersborg', ['WIR']],
    ['Jette', ['SOLID']],
  ])('finds %j in %j', (text, expected) => {
    expect(byText(text)).toEqual(expected);
  });

  it('requires every word to match', () => {
    expect(byText('magdeburg lodz')).toEqual(['DeCoDe']);
    expect(byText('magdeburg jette')).toEqual([]);
  });

  it('matches everything for blank text', () => {
    expect(byText('   ')).toHaveLength(5);
  });

  it('gives the same answer with a prebuilt index', () => {
    const searchIndex = buildSearchIndex(samplePortfolio.projects, orgsById);
    const found = queryProjects(samplePortfolio.projects, orgsById, programmesById, q({ text: 'magdeburga' }), { today: TODAY, language: 'lv', searchIndex });
    expect(acronyms(found).sort()).toEqual(['DeCoDe', 'TTChan']);
  });
});

describe('queryProjects: filters', () => {
  const sorted = { sort: { key: 'acronym', dir: 'asc' } } as const;

  it('filters by the council’s role', () => {
    expect(run({ ...sorted, role: ['lead'] })).toEqual(['DeCoDe', 'TTChan']);
  });

  it('filters by programme', () => {
    expect(run({ ...sorted, programmeId: ['prog-efc-networks-of-towns'] })).toEqual(['DeCoDe', 'SOLID']);
    expect(run({ ...sorted, programmeId: ['prog-ttgs', 'prog-efc-town-twinning'] })).toEqual(['TTChan', 'sample-our-cities-pairing']);
  });

  it('filters by a year the period touches', () => {
    expect(run({ ...sorted, year: 2017 })).toEqual(['WIR']);
    expect(run({ ...sorted, year: 2020 })).toEqual(['DeCoDe', 'sample-our-cities-pairing']);
  });

  it('filters by a partner’s country', () => {
    expect(run({ ...sorted, country: ['TR'] })).toEqual(['sample-our-cities-pairing']);
    expect(run({ ...sorted, country: ['PL'] })).toEqual(['DeCoDe', 'SOLID', 'TTChan']);
  });

  it('filters by status on the given day', () => {
    expect(run({ ...sorted, status: ['completed'] })).toHaveLength(5);
    expect(run({ ...sorted, status: ['planned', 'ongoing'] })).toEqual([]);
  });

  it('combines filters', () => {
    expect(run({ ...sorted, role: ['partner'], year: 2019 })).toEqual(['SOLID', 'WIR', 'sample-our-cities-pairing']);
    expect(run({ ...sorted, role: ['partner'], year: 2019, text: 'linz' })).toEqual(['WIR']);
    expect(run({ ...sorted, role: ['lead'], text: 'linz' })).toEqual([]);
  });
});

describe('queryProjects: sorting', () => {
  const withBudget = (id: string, acronym: string, councilBudget: number | null, start: string | null): Project => {
    const p = makeEmptyProject(id, '2024-01-01T00:00:00.000Z');
    p.acronym = acronym;
    p.budget.councilBudget = councilBudget;
    p.period.start = start;
    return p;
  };
  const projects = [
    withBudget('a', 'Alfa', 500, '2019-01-01'),
    withBudget('b', 'Beta', null, null),
    withBudget('c', 'Čaks', 100, '2018-01-01'),
    withBudget('d', 'Delta', 300, '2020-01-01'),
    withBudget('e', '', 200, '2017-01-01'),
  ];

  it('puts unknown values last in both directions', () => {
    expect(run({ sort: { key: 'councilBudget', dir: 'asc' } }, projects)).toEqual(['Čaks', 'e', 'Delta', 'Alfa', 'Beta']);
    expect(run({ sort: { key: 'councilBudget', dir: 'desc' } }, projects)).toEqual(['Alfa', 'Delta', 'e', 'Čaks', 'Beta']);
    expect(run({ sort: { key: 'start', dir: 'desc' } }, projects)).toEqual(['Delta', 'Alfa', 'Čaks', 'e', 'Beta']);
  });

  it('sorts names by the language’s collation, empty names last', () => {
    // Latvian puts Č after C and before D; an empty acronym is unknown and goes last.
    expect(run({ sort: { key: 'acronym', dir: 'asc' } }, projects, 'lv')).toEqual(['Alfa', 'Beta', 'Čaks', 'Delta', 'e']);
    expect(run({ sort: { key: 'acronym', dir: 'desc' } }, projects, 'lv')).toEqual(['Delta', 'Čaks', 'Beta', 'Alfa', 'e']);
  });

  it('sorts the seed projects by EU co-financing, Our Cities Pairing (unknown) last', () => {
    expect(run({ sort: { key: 'euCofinancing', dir: 'desc' } })).toEqual(['DeCoDe', 'TTChan', 'WIR', 'SOLID', 'sample-our-cities-pairing']);
  });

  it('sorts by programme name, role, title and status without failing', () => {
    for (const key of ['programme', 'role', 'title', 'status', 'end'] as const) {
      expect(run({ sort: { key, dir: 'asc' } })).toHaveLength(5);
    }
    expect(run({ sort: { key: 'role', dir: 'asc' } }).slice(0, 2)).toEqual(['DeCoDe', 'TTChan']);
  });
});

describe('parseListQuery and serializeListQuery', () => {
  it('reads defaults from an empty URL and writes nothing for them', () => {
    expect(parseListQuery(new URLSearchParams())).toEqual(defaultListQuery);
    expect(serializeListQuery(defaultListQuery).toString()).toBe('');
  });

  it('round-trips a full query', () => {
    const query: ProjectListQuery = {
      text: 'magdeburga lodz',
      status: ['completed', 'ongoing'],
      role: ['lead'],
      programmeId: ['prog-efc', 'id,with,commas'],
      year: 2019,
      country: ['DE', 'PL'],
      sort: { key: 'euCofinancing', dir: 'desc' },
    };
    const params = serializeListQuery(query);
    expect(params.get('sort')).toBe('-euCofinancing');
    expect(parseListQuery(new URLSearchParams(params.toString()))).toEqual(query);
  });

  it('accepts comma-separated lists and ascending sorts', () => {
    const query = parseListQuery(new URLSearchParams('status=ongoing,planned&role=partner&country=lv,ee&sort=acronym'));
    expect(query.status).toEqual(['ongoing', 'planned']);
    expect(query.country).toEqual(['LV', 'EE']);
    expect(query.sort).toEqual({ key: 'acronym', dir: 'asc' });
  });

  it('drops invalid values instead of throwing', () => {
    const query = parseListQuery(new URLSearchParams('status=done,ongoing,ongoing&role=boss&year=19x9&country=Latvia,LV&sort=-price&programme='));
    expect(query).toEqual({ ...defaultListQuery, status: ['ongoing'], country: ['LV'] });
    expect(parseListQuery(new URLSearchParams('year=1800')).year).toBeNull();
    expect(parseListQuery(new URLSearchParams('sort=--acronym')).sort).toEqual(defaultListQuery.sort);
  });

  it('keeps the search text as typed, spaces included', () => {
    expect(parseListQuery(new URLSearchParams('q=Pa%C5%86eve%C5%BEa%20')).text).toBe('Paņeveža ');
  });

  it('cuts a search text over the cap where the URL is read and where it is written', () => {
    expect(MAX_SEARCH_LENGTH).toBe(200);
    const huge = 'ā'.repeat(100_000);
    expect(parseListQuery(new URLSearchParams({ q: huge })).text).toBe('ā'.repeat(MAX_SEARCH_LENGTH));
    const written = serializeListQuery({ ...defaultListQuery, text: huge });
    expect(written.get('q')).toBe('ā'.repeat(MAX_SEARCH_LENGTH));
    // Percent-encoded, the longest search still makes a short URL.
    expect(written.toString().length).toBeLessThan(2_000);
  });

  it('refuses over-long programme ids, and keeps at most 20 programmes', () => {
    const params = new URLSearchParams();
    params.append('programme', 'x'.repeat(101));
    for (let i = 0; i < 1_000; i += 1) params.append('programme', `prog-${i}`);
    const { programmeId } = parseListQuery(params);
    expect(programmeId).toHaveLength(20);
    expect(programmeId[0]).toBe('prog-0');
  });
});
