// Display names for directory records, in the UI language.
import type { Language, Organisation, Programme } from '../domain/schema';
import { pickText } from '../i18n/format';

/** "Europe for Citizens — Networks of Towns" (the measure says most; the strand is on the project page). */
export function programmeLabel(programme: Programme | undefined | null, lang: Language): string {
  if (!programme) return '';
  const name = pickText(programme.name, lang);
  const measure = pickText(programme.measure, lang);
  return measure ? `${name} — ${measure}` : name;
}

/** The organisation as a Latvian or English reader knows it: Latvian form in Latvian where there is one. */
export function organisationLabel(organisation: Organisation | undefined | null, lang: Language): string {
  if (!organisation) return '';
  return lang === 'lv' && organisation.nameLv ? organisation.nameLv : organisation.name;
}

export function organisationCity(organisation: Organisation | undefined | null, lang: Language): string {
  if (!organisation) return '';
  return (lang === 'lv' && organisation.cityLv) || organisation.city || '';
}
