// The dashboard's scope: the projects list's own URL parameters, and the same projects.
import { describe, expect, it } from 'vitest';
import { defaultListQuery, queryProjects } from '../projectQuery';
import { samplePortfolio } from '../sample';
import { fullScope, listParams, parseDashboardScope, projectsInScope, serializeDashboardScope } from './scope';

const orgsById = new Map(samplePortfolio.organisations.map((o) => [o.id, o]));

describe('scope', () => {
  it('reads and writes the list parameters, dropping what the dashboard does not scope by', () => {
    const scope = parseDashboardScope(new URLSearchParams('role=lead&status=ongoing&programme=prog-efc&year=2019&q=x&country=DE&sort=title'));
    expect(scope).toEqual({ status: ['ongoing'], role: ['lead'], programmeId: ['prog-efc'], year: 2019 });
    expect(serializeDashboardScope(scope).toString()).toBe('status=ongoing&role=lead&programme=prog-efc&year=2019');
    expect(parseDashboardScope(new URLSearchParams('year=abc&role=boss'))).toEqual(fullScope);
  });

  it('builds list links that keep the scope and add the narrowing', () => {
    const scope = { ...fullScope, role: ['partner' as const] };
    expect(listParams(scope, { country: ['DE', 'IT'] }).toString()).toBe('role=partner&country=DE&country=IT');
    expect(listParams(scope, { year: 2018 }).toString()).toBe('role=partner&year=2018');
  });

  it('selects the same projects as the projects list', () => {
    const programmesById = new Map(samplePortfolio.programmes.map((p) => [p.id, p]));
    const scopes = [
      { ...fullScope, role: ['partner' as const] },
      { ...fullScope, status: ['ongoing' as const] },
      { ...fullScope, programmeId: ['prog-efc-networks-of-towns'] },
      { ...fullScope, year: 2017 },
      { ...fullScope, year: 2020, role: ['lead' as const] },
    ];
    for (const scope of scopes) {
      const ours = projectsInScope(samplePortfolio.projects, scope, '2019-06-01').map((p) => p.id).sort();
      const list = queryProjects(samplePortfolio.projects, orgsById, programmesById, { ...defaultListQuery, ...scope }, { today: '2019-06-01', language: 'en' })
        .map((p) => p.id)
        .sort();
      expect(ours).toEqual(list);
    }
    expect(projectsInScope(samplePortfolio.projects, { ...fullScope, year: 2017 }, '2019-06-01').map((p) => p.acronym)).toEqual(['WIR']);
  });
});
