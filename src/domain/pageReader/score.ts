// How well a reading of a page matches a record made of it by hand: the values the page states
// (the record's, less what a person added), how many of them the reader got right, and how many
// values it proposed that the record does not hold (wrong or invented).
import type { Organisation, Programme, Project } from '../schema';
import { eventDateValue } from './events';
import { matchOrganisation, matchProgramme } from './organisations';
import type { PageReading } from './types';

export type Score = {
  stated: number;
  right: number;
  /** Proposed values the record does not hold: a different value, or one the page does not state. */
  invented: number;
  missed: string[];
  wrong: { field: string; read: string; expected: string | undefined }[];
};

type Flat = Map<string, string>;

/**
 * A project's values as dotted paths, the ones a page can state: the Latvian texts (the English
 * ones are translations, but for the title), the money, dates, events, contacts and press releases.
 * Unknown values (null, '') are not values. Identity, bookkeeping, notes and links are left out.
 */
export function flattenProject(project: Project): Flat {
  const flat: Flat = new Map();
  const put = (field: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') flat.set(field, String(value));
  };
  put('acronym', project.acronym);
  put('title.lv', project.title.lv);
  put('title.en', project.title.en);
  put('councilRole', project.councilRole);
  put('period.start', project.period.start);
  put('period.end', project.period.end);
  put('period.lengthMonths', project.period.lengthMonths);
  put('summary.lv', project.summary.lv);
  project.objectives.forEach((o, i) => put(`objectives.${i}.lv`, o.lv));
  project.activities.forEach((a, i) => put(`activities.${i}.lv`, a.lv));
  project.results.forEach((r, i) => {
    put(`results.${i}.text.lv`, r.text.lv);
    put(`results.${i}.indicator.kind`, r.indicator?.kind);
    put(`results.${i}.indicator.target`, r.indicator?.target);
  });
  const { budget } = project;
  for (const field of ['totalBudget', 'councilBudget', 'euCofinancing', 'euCofinancingPercent', 'councilCofinancing', 'otherCofinancing', 'prefinancingTotal', 'prefinancingPercent'] as const) {
    put(`budget.${field}`, budget[field]);
  }
  budget.payments.forEach((p, i) => {
    for (const field of ['kind', 'sharePercent', 'amount', 'dueCondition', 'note'] as const) put(`budget.payments.${i}.${field}`, p[field]);
  });
  for (const list of ['prefinancingByYear', 'cofinancingByYear'] as const) {
    budget[list].forEach((row, i) => {
      put(`budget.${list}.${i}.year`, row.year);
      put(`budget.${list}.${i}.amount`, row.amount);
    });
  }
  project.events.forEach((e, i) => {
    put(`events.${i}.order`, e.order);
    put(`events.${i}.kind`, e.kind);
    put(`events.${i}.title.lv`, e.title.lv);
    put(`events.${i}.hostCity`, e.hostCity);
    put(`events.${i}.hostCityLv`, e.hostCityLv);
    put(`events.${i}.hostCountry`, e.hostCountry);
    put(`events.${i}.placeAsWritten`, e.placeAsWritten);
    put(`events.${i}.date`, eventDateValue(e.date));
    put(`events.${i}.direction`, e.direction);
    put(`events.${i}.representatives`, e.representatives);
  });
  project.contacts.forEach((c, i) => {
    put(`contacts.${i}.name`, c.name);
    put(`contacts.${i}.position.lv`, c.position.lv);
    put(`contacts.${i}.phone`, c.phone);
    put(`contacts.${i}.email`, c.email);
  });
  put('website', project.website);
  project.pressReleases.forEach((p, i) => put(`pressReleases.${i}.title.lv`, p.title.lv));
  put('councilDecision.number', project.councilDecision?.number);
  put('councilDecision.date', project.councilDecision?.date);
  put('councilDecision.signedBy', project.councilDecision?.signedBy);
  put('infoUpdatedAt', project.infoUpdatedAt);
  return flat;
}

type Directory = { organisations: readonly Organisation[]; programmes: readonly Programme[] };

/** The reading's values, as flattenProject gives a record's: only those it proposed, with the partners matched. */
export function flattenReading(reading: Pick<PageReading, 'draft' | 'partners' | 'programme' | 'proposals'>, directory: Directory): Flat {
  const proposed = new Set(reading.proposals.map((p) => p.field));
  const flat: Flat = new Map([...flattenProject(reading.draft)].filter(([field]) => proposed.has(field)));
  reading.partners.forEach((partner, i) => {
    flat.set(`partners.${i}.nameAsWritten`, partner.nameAsWritten);
    flat.set(`partners.${i}.role`, partner.role);
    const match = matchOrganisation(partner, directory.organisations);
    if (match) flat.set(`partners.${i}.organisationId`, match.organisation.id);
  });
  if (reading.programme) {
    const programme = matchProgramme(reading.programme, directory.programmes);
    if (programme) flat.set('programmeId', programme.id);
  }
  return flat;
}

/** A record's values, its partners and programme included. */
export function flattenRecord(project: Project): Flat {
  const flat = flattenProject(project);
  project.partners.forEach((partner, i) => {
    if (partner.nameAsWritten !== null) flat.set(`partners.${i}.nameAsWritten`, partner.nameAsWritten);
    flat.set(`partners.${i}.role`, partner.role);
    flat.set(`partners.${i}.organisationId`, partner.organisationId);
  });
  if (project.programmeId !== null) flat.set('programmeId', project.programmeId);
  return flat;
}

/**
 * The score of a reading against a record. `notOnPage` lists fields (or whole lists, by prefix)
 * the person who made the record added from elsewhere: translations, events made from a count.
 */
export function scoreReading(read: Flat, expected: Flat, notOnPage: readonly string[] = []): Score {
  const added = (field: string) => notOnPage.some((prefix) => field === prefix || field.startsWith(`${prefix}.`));
  const stated = [...expected.keys()].filter((field) => !added(field));
  const right = stated.filter((field) => read.get(field) === expected.get(field));
  const wrong = [...read].filter(([field, value]) => expected.get(field) !== value).map(([field, value]) => ({ field, read: value, expected: expected.get(field) }));
  return { stated: stated.length, right: right.length, invented: wrong.length, missed: stated.filter((f) => !read.has(f)), wrong };
}
