// What importing a spreadsheet would do: each row matched with a stored project (by id, or
// else by acronym) or new, each cell read as its column's field, with the problems of each
// cell; the projects to write, and the organisations and programmes the sheet names that the
// directory does not hold yet. Writes nothing: the import itself is a merge restore of the
// result (all or nothing, after a safety backup).
import { changedFields } from '../changes';
import { emptyProject } from '../emptyProject';
import { matchOrganisation } from '../pageReader/organisations';
import { projectSchema, type Organisation, type Programme, type Project } from '../schema';
import { idSchema } from '../schema/values';
import { headerKey, isMoneyField, readDate, readMoney, readNames, readRole, readText, type CellProblem, type ColumnMapping, type SheetField } from './fields';
import type { SheetGrid } from './grid';

export type RowProblem =
  | { kind: 'cell'; column: number; field: SheetField; problem: CellProblem }
  /** Another row of the sheet is the same project. */
  | { kind: 'same-project'; otherRow: number }
  /** Several stored projects have this acronym: the row needs an id. */
  | { kind: 'acronym-ambiguous'; acronym: string }
  /** Several programmes are called so: write "Name — Measure". */
  | { kind: 'programme-ambiguous'; name: string }
  /** The row names no project: no id, acronym or title. */
  | { kind: 'no-identity' }
  | { kind: 'end-before-start' }
  /** Anything else the project's schema refuses, by field path. */
  | { kind: 'invalid'; path: string };

export type RowPlan = {
  /** The row's number as the spreadsheet shows it (the header is row 1). */
  sheetRow: number;
  action: 'create' | 'update' | 'unchanged' | 'error';
  matchedBy: 'id' | 'acronym' | null;
  projectId: string;
  label: string;
  /** The project's fields the import changes (an update). */
  changed: string[];
  problems: RowProblem[];
};

export type SheetImportPlan = {
  rows: RowPlan[];
  /** New and changed projects, ready to write. Empty when any row has a problem. */
  projects: Project[];
  organisations: Organisation[];
  programmes: Programme[];
  counts: { create: number; update: number; unchanged: number; error: number };
};

export type SheetImportContext = {
  projects: readonly Project[];
  organisations: readonly Organisation[];
  programmes: readonly Programme[];
  homeOrganisationId: string | null;
  now: string;
  newId: () => string;
};

const nameKey = (name: string) => headerKey(name);

/** Organisations by name, the directory's and those the sheet adds, one new record per new name. */
function organisationFinder(context: SheetImportContext) {
  const byName = new Map<string, Organisation>();
  for (const o of context.organisations) for (const name of [o.name, o.nameLv]) if (name) byName.set(nameKey(name), o);
  const added: Organisation[] = [];
  const find = (name: string): Organisation => {
    const key = nameKey(name);
    const exact = byName.get(key);
    if (exact) return exact;
    // Latvian case forms and spellings ("Paņeveža" for Panevėžys), when the match is certain.
    const match = matchOrganisation({ name, city: null, country: null }, context.organisations);
    if (match?.certain) return match.organisation;
    const made: Organisation = { id: `org-${context.newId()}`, name: name.trim(), nameLv: null, city: null, cityLv: null, country: null, kind: 'other', notes: '', createdAt: context.now, updatedAt: context.now };
    byName.set(key, made);
    added.push(made);
    return made;
  };
  return { find, added };
}

/**
 * Programmes by their label ("Name — Measure", or the name of one without a measure), else by
 * name alone, in either language; one new record per new name.
 */
function programmeFinder(context: SheetImportContext) {
  const labels = new Map<string, Programme[]>();
  const names = new Map<string, Programme[]>();
  const add = (map: Map<string, Programme[]>, text: string, p: Programme) => {
    const key = nameKey(text);
    if (key !== '') map.set(key, [...(map.get(key) ?? []).filter((q) => q.id !== p.id), p]);
  };
  for (const p of context.programmes) {
    for (const lang of ['lv', 'en'] as const) {
      add(names, p.name[lang], p);
      add(labels, p.measure[lang] ? `${p.name[lang]} — ${p.measure[lang]}` : p.name[lang], p);
    }
  }
  const added: Programme[] = [];
  const find = (name: string, current: string | null): Programme | 'ambiguous' => {
    const key = nameKey(name);
    const found = labels.get(key) ?? names.get(key) ?? [];
    // A project's own programme answers to its name, even where others share it.
    const own = [...found, ...(names.get(key) ?? [])].find((p) => p.id === current);
    if (own) return own;
    if (found.length > 1) return 'ambiguous';
    if (found[0]) return found[0];
    const text = name.trim();
    const made: Programme = { id: `prog-${context.newId()}`, name: { lv: text, en: text }, strand: { lv: '', en: '' }, measure: { lv: '', en: '' }, funders: [], createdAt: context.now, updatedAt: context.now };
    labels.set(key, [made]);
    added.push(made);
    return made;
  };
  return { find, added };
}

type Cells = Partial<Record<SheetField, unknown>>;

/** Plans the import of `grid` with its columns mapped as `mapping`. */
export function planSheetImport(grid: SheetGrid, mapping: ColumnMapping, context: SheetImportContext): SheetImportPlan {
  const byId = new Map(context.projects.map((p) => [p.id, p]));
  const byAcronym = new Map<string, Project[]>();
  for (const p of context.projects) {
    const key = p.acronym.trim().toLowerCase();
    if (key !== '') byAcronym.set(key, [...(byAcronym.get(key) ?? []), p]);
  }
  const organisations = organisationFinder(context);
  const programmes = programmeFinder(context);
  const claimed = new Map<string, number>();
  const newRows = new Map<string, number>();
  const rows: RowPlan[] = [];
  const projects: Project[] = [];

  grid.rows.forEach((cells, index) => {
    const sheetRow = index + 2;
    const problems: RowProblem[] = [];
    const values: Cells = {};
    mapping.forEach((field, column) => {
      if (field === null) return;
      const cell = cells[column] ?? null;
      const reading = isMoneyField(field)
        ? readMoney(cell)
        : field === 'start' || field === 'end'
          ? readDate(cell)
          : field === 'councilRole'
            ? readRole(cell)
            : field === 'partnerNames'
              ? readNames(cell)
              : readText(cell);
      if (!reading.ok) problems.push({ kind: 'cell', column, field, problem: field === 'id' ? 'id' : reading.problem });
      else if (reading.value !== null) values[field] = reading.value;
    });
    const id = values.id as string | undefined;
    if (id !== undefined && !idSchema.safeParse(id).success) {
      problems.push({ kind: 'cell', column: mapping.indexOf('id'), field: 'id', problem: 'id' });
    }
    const acronym = values.acronym as string | undefined;
    let stored: Project | null = null;
    let matchedBy: RowPlan['matchedBy'] = null;
    if (id !== undefined && byId.has(id)) {
      stored = byId.get(id) ?? null;
      matchedBy = 'id';
    } else if (id === undefined && acronym !== undefined) {
      const same = byAcronym.get(acronym.toLowerCase()) ?? [];
      if (same.length > 1) problems.push({ kind: 'acronym-ambiguous', acronym });
      else if (same[0]) {
        stored = same[0];
        matchedBy = 'acronym';
      }
    }
    // Matched by acronym, the stored acronym stays as written there ("ttchan" finds TTChan).
    if (matchedBy === 'acronym') delete values.acronym;
    // Two rows without ids that name the same new project.
    const newKey = !stored && id === undefined && acronym !== undefined ? acronym.toLowerCase() : null;
    const earlier = newKey !== null ? newRows.get(newKey) : undefined;
    if (earlier !== undefined) problems.push({ kind: 'same-project', otherRow: earlier });
    else if (newKey !== null) newRows.set(newKey, sheetRow);
    const base = stored ?? emptyProject(id ?? `project-${context.newId()}`, context.now);
    const next = applyValues(base, values, context, organisations.find, (name) => programmes.find(name, base.programmeId), problems);
    const other = claimed.get(next.id);
    if (other !== undefined) problems.push({ kind: 'same-project', otherRow: other });
    else claimed.set(next.id, sheetRow);
    if (next.acronym.trim() === '' && next.title.lv.trim() === '' && next.title.en.trim() === '') problems.push({ kind: 'no-identity' });
    else if (next.period.start !== null && next.period.end !== null && next.period.end < next.period.start) problems.push({ kind: 'end-before-start' });
    else if (problems.length === 0) {
      const checked = projectSchema.safeParse(next);
      if (!checked.success) for (const issue of checked.error.issues.slice(0, 3)) problems.push({ kind: 'invalid', path: issue.path.join('.') });
    }
    const changed = stored ? changedFields(stored, next) : [];
    const action: RowPlan['action'] = problems.length > 0 ? 'error' : !stored ? 'create' : changed.length > 0 ? 'update' : 'unchanged';
    if (action === 'create' || action === 'update') projects.push(next);
    rows.push({ sheetRow, action, matchedBy, projectId: next.id, label: next.acronym || next.title.lv || next.title.en || next.id, changed, problems });
  });

  const counts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.action] += 1;
  // New directory records only for the projects written, never for a row left out.
  const used = new Set(projects.flatMap((p) => [...p.partners.map((partner) => partner.organisationId), p.programmeId ?? '']));
  const ok = counts.error === 0;
  return {
    rows,
    projects: ok ? projects : [],
    organisations: ok ? organisations.added.filter((o) => used.has(o.id)) : [],
    programmes: ok ? programmes.added.filter((p) => used.has(p.id)) : [],
    counts,
  };
}

/** The project with the row's values put in. An empty cell changes nothing (unknown stays as stored). */
function applyValues(
  base: Project,
  values: Cells,
  context: SheetImportContext,
  findOrganisation: (name: string) => Organisation,
  findProgramme: (name: string) => Programme | 'ambiguous',
  problems: RowProblem[],
): Project {
  const text = (field: SheetField) => values[field] as string | undefined;
  const next: Project = { ...base, title: { ...base.title }, period: { ...base.period }, budget: { ...base.budget }, partners: [...base.partners] };
  if (text('acronym') !== undefined) next.acronym = text('acronym') as string;
  if (text('titleLv') !== undefined) next.title.lv = text('titleLv') as string;
  if (text('titleEn') !== undefined) next.title.en = text('titleEn') as string;
  if (values.councilRole !== undefined) next.councilRole = values.councilRole as Project['councilRole'];
  if (text('start') !== undefined) next.period.start = text('start') as string;
  if (text('end') !== undefined) next.period.end = text('end') as string;
  for (const field of ['totalBudget', 'councilBudget', 'euCofinancing', 'councilCofinancing', 'prefinancingTotal'] as const) {
    if (values[field] !== undefined) next.budget[field] = values[field] as number;
  }
  const programme = text('programme');
  if (programme !== undefined) {
    const found = findProgramme(programme);
    if (found === 'ambiguous') problems.push({ kind: 'programme-ambiguous', name: programme });
    else next.programmeId = found.id;
  }
  const has = (organisationId: string) => next.partners.some((p) => p.organisationId === organisationId);
  const lead = text('leadPartner');
  if (lead !== undefined) {
    const organisation = findOrganisation(lead);
    next.partners = next.partners.map((p) => (p.role === 'lead' && p.organisationId !== organisation.id ? { ...p, role: 'partner' } : p.organisationId === organisation.id ? { ...p, role: 'lead' } : p));
    if (!has(organisation.id)) next.partners.unshift({ organisationId: organisation.id, role: 'lead', nameAsWritten: null });
  }
  for (const name of (values.partnerNames as string[] | undefined) ?? []) {
    const organisation = findOrganisation(name);
    if (!has(organisation.id)) next.partners.push({ organisationId: organisation.id, role: 'partner', nameAsWritten: null });
  }
  // The council takes part in its own projects: as lead partner when its role says so.
  const home = context.homeOrganisationId;
  if (home && values.councilRole !== undefined) {
    const role = values.councilRole === 'lead' ? 'lead' : 'partner';
    if (!has(home)) next.partners.push({ organisationId: home, role, nameAsWritten: null });
    else if (role === 'lead') next.partners = next.partners.map((p) => (p.organisationId === home ? { ...p, role: 'lead' } : p.role === 'lead' ? { ...p, role: 'partner' } : p));
  }
  const changed = changedFields(base, next).length > 0;
  return changed || base.createdAt === context.now ? { ...next, updatedAt: context.now } : base;
}
