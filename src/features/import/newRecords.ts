// Directory records for what a page names and the directory does not have yet: an organisation
// per new partner, a programme for a new funding source. Only what the page says is filled in;
// the person completes the rest in Partners and Programmes.
import type { OrganisationKind } from '../../domain/schema';
import type { PartnerReading, ProgrammeReading } from '../../domain/pageReader';
import type { OrganisationInput, ProgrammeInput } from '../../queries/directory';

const KIND_WORDS: [OrganisationKind, RegExp][] = [
  ['university', /universit|augstskol|akadēmij|academy|college/i],
  ['municipality', /pašvaldīb|dome\b|domes\b|municipal|kommun|comune|gemeinde|landkreis|city council|town council|novad|pilsēt/i],
  ['chamber', /kamera|chamber/i],
  ['government', /ministr|valsts|government|aģentūr|agency/i],
  ['ngo', /biedrīb|asociācij|associa|verein|fond|nodibinājum|network|tīkl|ngo/i],
];

/** The kind a name suggests ("… pašvaldība" a municipality); 'other' when it says nothing. */
export function kindFromName(name: string): OrganisationKind {
  return KIND_WORDS.find(([, words]) => words.test(name))?.[0] ?? 'other';
}

/** A new organisation as the page names it. The page is Latvian, so the name is its Latvian form too. */
export function organisationFromPage(partner: PartnerReading): OrganisationInput {
  return {
    name: partner.name.trim() || partner.nameAsWritten.trim(),
    nameLv: null,
    city: partner.city?.trim() || null,
    cityLv: null,
    country: partner.country && /^[A-Z]{2}$/.test(partner.country) ? partner.country : null,
    kind: kindFromName(partner.name),
    notes: '',
  };
}

/** A new programme as the page names it (in Latvian: the council's pages are). */
export function programmeFromPage(programme: NonNullable<ProgrammeReading>): ProgrammeInput {
  const lv = (text: string) => ({ lv: text.trim(), en: '' });
  return { name: lv(programme.name), strand: lv(programme.strand), measure: lv(programme.measure), funders: [] };
}
