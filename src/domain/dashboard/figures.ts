// What the dashboard shows: its cards and the rows of each chart, as the aggregation returns
// them. Every money figure is a KnownSum that says how many values lacked the amount.
import type { Organisation } from '../schema';
import type { KnownSum } from '../money';
import type { ProjectStatus } from '../status';

export type DashboardCards = {
  projects: number;
  byStatus: Record<ProjectStatus, number>;
  /** Per project: known = projects with the figure, unknown = projects without it. */
  totalBudget: KnownSum;
  councilBudget: KnownSum;
  euCofinancing: KnownSum;
  councilCofinancing: KnownSum;
  otherCofinancing: KnownSum;
  /**
   * EU euros per council euro, over the projects where both EU and council co-financing are
   * known (a project missing either would skew the ratio); null when the council put in nothing.
   */
  euPerCouncilEuro: { ratio: number | null; projects: number; eu: number; council: number };
  /** Pre-financing (per-year rows, else the stated total), counted per project as portfolioTotals does. */
  prefinancing: KnownSum;
  /** Reimbursements (interim and balance payments) recorded as received. */
  reimbursed: KnownSum;
  /** Pre-financing not yet reimbursed, over the projects whose pre-financing is known. */
  outstanding: KnownSum;
  events: { total: number; outgoing: number; hosted: number; undated: number };
  /** Council staff sent to outgoing events; unknown = outgoing events without a head count. */
  staffSent: KnownSum;
  /** Planned staff mobilities; unknown = projects without a planned figure. */
  staffPlanned: KnownSum;
};

/** One bar of "funding composition per project": the council's budget split into its parts. */
export type FundingRow = {
  /** null for the "other projects" bucket. */
  projectId: string | null;
  acronym: string;
  title: { lv: string; en: string };
  /** How many projects the row stands for (1, or the bucket's size). */
  projects: number;
  eu: number | null;
  council: number | null;
  other: number | null;
  /** The council's budget not explained by the three co-financings; null when the budget is unknown. */
  rest: number | null;
  /** The council's budget, or the sum of the known parts when the budget is unknown. */
  size: number;
};

/** Totals of a group of projects (a programme or a council role). */
export type GroupRow = {
  /** Programme id, council role, 'none' (no programme) or 'other' (the bucket). */
  key: string;
  /** For the 'other' bucket: the programme ids it holds. */
  members: string[];
  projects: number;
  eu: KnownSum;
  council: KnownSum;
  other: KnownSum;
};

export type YearMoneyRow = {
  /** '2018', or 'unsplit' for money not split by year. */
  key: string;
  year: number | null;
  prefinancing: KnownSum;
  cofinancing: KnownSum;
};

export type ExposureRow = {
  year: number;
  /** Pre-financing paid out that year (per-year rows). */
  advanced: KnownSum;
  /** Reimbursements received that year. */
  received: number;
  /** Reimbursements expected that year (not yet received, with a known date). */
  expected: number;
  /** Cumulative: advanced so far minus received so far. */
  outstanding: number;
};

export type ExposureNotes = {
  /** Pre-financing stated only as a total (no per-year rows): cannot be placed in time. */
  notPlaced: KnownSum;
  /** Reimbursements still to come whose date is not known. */
  expectedUndated: { total: number; payments: number };
  /** Reimbursements still to come whose amount is not known. */
  expectedUnknownAmount: number;
};

export type MobilityRow = {
  /** '2018', or 'undated'. */
  key: string;
  year: number | null;
  outgoing: number;
  hosted: number;
  /** Staff sent to that year's outgoing events. */
  staffSent: KnownSum;
};

export type CountryRow = {
  /** ISO code, or 'other' for the bucket. */
  key: string;
  /** For the 'other' bucket: the countries it holds. */
  members: string[];
  /** Projects with at least one partner organisation in the country (the council itself not counted). */
  projects: number;
};

export type DashboardData = {
  cards: DashboardCards;
  fundingByProject: FundingRow[];
  byProgramme: GroupRow[];
  byRole: GroupRow[];
  moneyByYear: YearMoneyRow[];
  exposure: ExposureRow[];
  exposureNotes: ExposureNotes;
  mobilities: MobilityRow[];
  countries: CountryRow[];
  /** Partner organisations whose country is not known (not in the countries chart). */
  partnersWithoutCountry: number;
};

export type DashboardContext = {
  today: string;
  organisationsById: ReadonlyMap<string, Organisation>;
  /** The council: its own organisation is not a partner country. */
  homeOrganisationId: string | null;
  /** How many bars a chart keeps before the rest go into "other". */
  limits?: Partial<DashboardLimits>;
};

export type DashboardLimits = { projects: number; programmes: number; countries: number };
export const defaultLimits: DashboardLimits = { projects: 12, programmes: 8, countries: 12 };
