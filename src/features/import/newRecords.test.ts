import { describe, expect, it } from 'vitest';
import { organisationSchema, programmeSchema } from '../../domain/schema';
import type { PartnerReading } from '../../domain/pageReader';
import { kindFromName, organisationFromPage, programmeFromPage } from './newRecords';

const partner = (name: string, extra: Partial<PartnerReading> = {}): PartnerReading => ({
  nameAsWritten: name,
  name,
  city: null,
  country: null,
  role: 'partner',
  isCouncil: false,
  passage: { start: 0, end: name.length },
  unsure: false,
  otherNames: [],
  ...extra,
});
const stamp = { id: 'org-x', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };

describe('records for what a page names', () => {
  it('reads the kind from the name, and says "other" when the name says nothing', () => {
    expect(kindFromName('Collecchio pašvaldība')).toBe('municipality');
    expect(kindFromName('Landkreis Kassel')).toBe('municipality');
    expect(kindFromName('Alikantes Universitāte')).toBe('university');
    expect(kindFromName('Verein für Sozialprävention')).toBe('ngo');
    expect(kindFromName('Motala')).toBe('other');
  });

  it('an organisation keeps the page’s name, city and country, and is a valid directory record', () => {
    const input = organisationFromPage(partner('Ravennas pašvaldība', { city: 'Ravenna', country: 'IT' }));
    expect(input).toMatchObject({ name: 'Ravennas pašvaldība', city: 'Ravenna', country: 'IT', kind: 'municipality', nameLv: null });
    expect(organisationSchema.safeParse({ ...input, ...stamp }).success).toBe(true);
  });

  it('never invents: no city or country on the page leaves them empty, and a malformed country is dropped', () => {
    const input = organisationFromPage(partner('Motala', { country: 'Sweden' }));
    expect(input.city).toBeNull();
    expect(input.country).toBeNull();
  });

  it('a programme is named in Latvian, with its strand and measure', () => {
    const input = programmeFromPage({ name: 'Eiropa pilsoņiem', strand: '2.sadaļa', measure: 'Pašvaldību sadraudzība', passage: { start: 0, end: 1 }, unsure: false });
    expect(input.name).toEqual({ lv: 'Eiropa pilsoņiem', en: '' });
    expect(programmeSchema.safeParse({ ...input, ...stamp, id: 'prog-x' }).success).toBe(true);
  });
});
