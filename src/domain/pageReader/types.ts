// What the page reader gives back (index.ts re-exports these; the Import screen is written against them).
import type { Project } from '../schema';
import type { Passage } from './text';

export type { Passage } from './text';

/** Why a proposed value is marked for the user to check. */
export type UnsureReason =
  | 'ambiguous' // the page can be read more than one way
  | 'inferred' // not written as such; follows from what is written (a 100% EU share, a month in a list)
  | 'partial' // part of the value is missing on the page (a day without a time)
  | 'several'; // the page states it more than once, differently

export type Proposal = {
  /** A dotted path into Project: 'acronym', 'title.lv', 'budget.prefinancingByYear.0.amount', 'events.2.date', 'partners.3', 'programme'. */
  field: string;
  /** What the user sees: '14600' (euros), '2017-10-16', 'WIR', 'lead'. */
  value: string;
  /** Where in the text it came from. */
  passage: Passage;
  unsure: boolean;
  reason?: UnsureReason;
};

export type PartnerReading = {
  /** The whole list item as written, e.g. 'Collecchio pašvaldība, Collechio, Itālija'. */
  nameAsWritten: string;
  /** The organisation name part, e.g. 'Collecchio pašvaldība'. */
  name: string;
  /** As written ('Collechio', 'Daugavpils'). */
  city: string | null;
  /** ISO 3166-1 alpha-2 from the Latvian or English country name; null if none. */
  country: string | null;
  role: 'lead' | 'partner' | 'associated';
  /** The partner is the council itself (Daugavpils pilsētas dome / Daugavpils City Council). */
  isCouncil: boolean;
  passage: Passage;
  unsure: boolean;
  /** Other names the page gives in brackets or slashes ('/Le Centre Culturel de Jette/'): they help matching. */
  otherNames: string[];
};

export type ProgrammeReading = { name: string; strand: string; measure: string; passage: Passage; unsure: boolean } | null;

export type PageReading = {
  /** The normalised text every passage points into. */
  text: string;
  /** Everything the page states, as a Project: partners [] and programmeId null until the user confirms the matches. */
  draft: Project;
  /** Lead first, in page order; the council included, flagged. */
  partners: PartnerReading[];
  programme: ProgrammeReading;
  /** One per value put into the draft, and per partner and programme. */
  proposals: Proposal[];
  /** How many values were proposed ("12 values found"). */
  found: number;
};
