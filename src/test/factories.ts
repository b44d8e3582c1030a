// Small valid records for tests. Override what a test cares about.
import { makeEmptyProject } from '../../tests/fixtures/generator';
import type { MobilityEvent, Organisation, Programme, Project } from '../domain/schema';

const at = '2026-01-01T00:00:00.000Z';

export function makeOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: 'org-1',
    name: 'Magdeburg',
    nameLv: 'Magdeburga',
    city: 'Magdeburg',
    cityLv: 'Magdeburga',
    country: 'DE',
    kind: 'municipality',
    notes: '',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function makeProgramme(overrides: Partial<Programme> = {}): Programme {
  return {
    id: 'prog-1',
    name: { lv: 'Eiropa pilsoņiem', en: 'Europe for Citizens' },
    strand: { lv: '', en: '' },
    measure: { lv: '', en: '' },
    funders: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function makeProject(overrides: Partial<Project> = {}): Project {
  return {
    ...makeEmptyProject('p-1', at),
    acronym: 'TEST',
    title: { lv: 'Testa projekts', en: 'Test project' },
    partners: [{ organisationId: 'org-1', role: 'lead', nameAsWritten: null }],
    programmeId: 'prog-1',
    period: { start: '2018-01-01', end: '2019-06-30', lengthMonths: null },
    ...overrides,
  };
}

/** A mobility event with every value unknown, except what the test gives. */
export function makeEvent(overrides: Partial<MobilityEvent> = {}): MobilityEvent {
  return {
    id: 'e',
    order: null,
    kind: 'meeting',
    title: { lv: '', en: '' },
    hostCity: null,
    hostCityLv: null,
    hostCountry: null,
    placeAsWritten: null,
    date: { precision: 'unknown' },
    direction: 'outgoing',
    representatives: null,
    notes: { lv: '', en: '' },
    ...overrides,
  };
}
