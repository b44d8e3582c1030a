// The council project page reader: the text of a project page (pasted from the browser, Latvian,
// English or both, or its HTML) to a draft project, with the passage each value came from.
// Pure and synchronous, without DOM APIs, so it runs in Node and in a worker alike.
import type { Organisation, Project } from '../schema';
import { readBudget } from './budget';
import { readContacts } from './contacts';
import { readDecision, readPeriod, readUpdatedAt } from './dated';
import { readEvents } from './events';
import { readPartners } from './partners';
import { readProgramme } from './programme';
import { proposal } from './proposals';
import { readSections } from './sections';
import { htmlToText, looksLikeHtml, normaliseText } from './text';
import { readTexts } from './texts';
import { readTitle } from './title';
import type { PageReading, PartnerReading, Proposal } from './types';

export type { PageReading, PartnerReading, Passage, ProgrammeReading, Proposal, UnsureReason } from './types';
export { htmlToText } from './text';
export { matchOrganisation, matchProgramme } from './organisations';

/** The draft's createdAt and updatedAt until the form stamps the saved record. */
export const DRAFT_TIMESTAMP = '2000-01-01T00:00:00.000Z';

export type ReadOptions = {
  /**
   * The organisation directory, when the caller has it: an event's city written in Latvian
   * ("Kauņa") is then given under the directory's own name (Kaunas), the Latvian form kept beside it.
   */
  organisations?: readonly Organisation[];
};

export function readProjectPage(input: string, options: ReadOptions = {}): PageReading {
  const text = normaliseText(looksLikeHtml(input) ? htmlToText(input) : input);
  const { preamble, sections } = readSections(text);
  const allLines = [...preamble, ...sections.flatMap((s) => [s.heading, ...s.body])];

  const partners = readPartners(sections);
  const role = councilRoleOf(text, partners);
  const title = readTitle(text, preamble, sections);
  const programme = readProgramme(sections);
  const period = readPeriod(sections);
  const budget = readBudget(sections, role?.value === 'lead');
  const events = readEvents(text, sections, { partners, ...(options.organisations ? { organisations: options.organisations } : {}) });
  const texts = readTexts(text, sections);
  const contacts = readContacts(text, sections, allLines);
  const updated = readUpdatedAt(text);
  const decision = readDecision(text, sections);

  const draft: Project = {
    id: '',
    acronym: title.acronym,
    title: title.title,
    councilRole: role?.value ?? 'partner',
    partners: [],
    programmeId: null,
    period: period.value,
    summary: texts.summary,
    objectives: texts.objectives,
    activities: texts.activities,
    results: texts.results,
    budget: budget.budget,
    events: events.events,
    contacts: contacts.contacts,
    website: contacts.website,
    links: [],
    pressReleases: contacts.pressReleases,
    councilDecision: decision.value,
    infoUpdatedAt: updated.value,
    notes: { lv: '', en: '' },
    origin: 'user',
    createdAt: DRAFT_TIMESTAMP,
    updatedAt: DRAFT_TIMESTAMP,
    revision: 1,
  };
  const proposals: Proposal[] = [
    ...title.proposals,
    ...(role ? [role.proposal] : []),
    ...partners.map((p, i) => proposal(`partners.${i}`, p.nameAsWritten, p.passage, p.unsure ? 'partial' : undefined)),
    ...(programme ? [proposal('programme', [programme.name, programme.strand, programme.measure].filter((s) => s !== '').join(' / '), programme.passage, programme.unsure ? 'ambiguous' : undefined)] : []),
    ...period.proposals,
    ...budget.proposals,
    ...events.proposals,
    ...texts.proposals,
    ...contacts.proposals,
    ...decision.proposals,
    ...updated.proposals,
  ].sort((a, b) => a.passage.start - b.passage.start);
  return { text, draft, partners, programme, proposals, found: proposals.length };
}

/** The council leads when the lead partner is the council; a partner when someone else leads. */
function councilRoleOf(text: string, partners: readonly PartnerReading[]): { value: Project['councilRole']; proposal: Proposal } | null {
  const lead = partners.find((p) => p.role === 'lead');
  if (lead) return { value: lead.isCouncil ? 'lead' : 'partner', proposal: proposal('councilRole', lead.isCouncil ? 'lead' : 'partner', lead.passage) };
  const council = partners.find((p) => p.isCouncil);
  if (council) return { value: 'partner', proposal: proposal('councilRole', 'partner', council.passage, 'inferred') };
  const said = /pilsētas dome kā vadošais partneris|city council as (?:the )?lead partner/iu.exec(text);
  if (said) return { value: 'lead', proposal: proposal('councilRole', 'lead', { start: said.index, end: said.index + said[0].length }, 'inferred') };
  return null;
}
