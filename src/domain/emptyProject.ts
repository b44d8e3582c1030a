// A project with every value empty or unknown: where a new project starts (a spreadsheet's new
// row, test fixtures). Unknown is null or empty, never 0.
import { emptyLocalized, type Project } from './schema';

/** A project with every field empty or unknown: the start of a new project, and of test fixtures. */
export function emptyProject(id: string, now: string): Project {
  return {
    id,
    acronym: '',
    title: emptyLocalized(),
    councilRole: 'partner',
    partners: [],
    programmeId: null,
    period: { start: null, end: null, lengthMonths: null },
    summary: emptyLocalized(),
    objectives: [],
    activities: [],
    results: [],
    budget: {
      totalBudget: null,
      councilBudget: null,
      euCofinancing: null,
      euCofinancingPercent: null,
      councilCofinancing: null,
      otherCofinancing: null,
      otherCofinancingSource: '',
      prefinancingTotal: null,
      prefinancingPercent: null,
      payments: [],
      prefinancingByYear: [],
      cofinancingByYear: [],
      note: emptyLocalized(),
    },
    events: [],
    contacts: [],
    website: null,
    links: [],
    pressReleases: [],
    councilDecision: null,
    infoUpdatedAt: null,
    notes: emptyLocalized(),
    origin: 'user',
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
}
