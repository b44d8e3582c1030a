// An organisation as its form holds it (text as typed), checked and turned into the record's
// fields: shared by the organisation dialog and the new organisation inside the project form.
import type { Organisation } from './schema';

export type OrganisationDraft = { name: string; nameLv: string; city: string; cityLv: string; country: string; kind: Organisation['kind'] };

type DraftFields = Pick<Organisation, 'name' | 'nameLv' | 'city' | 'cityLv' | 'country' | 'kind'>;

/** The form's starting text: the organisation's fields, or a new one with `name`. */
export function organisationDraft(organisation: DraftFields | null, name = ''): OrganisationDraft {
  if (!organisation) return { name, nameLv: '', city: '', cityLv: '', country: '', kind: 'municipality' };
  return {
    name: organisation.name,
    nameLv: organisation.nameLv ?? '',
    city: organisation.city ?? '',
    cityLv: organisation.cityLv ?? '',
    country: organisation.country ?? '',
    kind: organisation.kind,
  };
}

/** What keeps the draft from being saved: no name, or a country that is not a two-letter code. */
export function organisationDraftProblems(draft: OrganisationDraft): { name: boolean; country: boolean } {
  const country = draft.country.trim();
  return { name: draft.name.trim() === '', country: country !== '' && !/^[A-Za-z]{2}$/.test(country) };
}

/** The record's fields from a draft without problems: trimmed, empty as null, the country upper-case. */
export function organisationFields(draft: OrganisationDraft): DraftFields {
  const country = draft.country.trim();
  return {
    name: draft.name.trim(),
    nameLv: draft.nameLv.trim() || null,
    city: draft.city.trim() || null,
    cityLv: draft.cityLv.trim() || null,
    country: country === '' ? null : country.toUpperCase(),
    kind: draft.kind,
  };
}
