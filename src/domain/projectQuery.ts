// The projects list's search, filters and sort as pure functions, and their round trip through
// the URL, so a filtered list can be bookmarked, shared and reached with the back button.
import type { CouncilRole, Language, Organisation, Programme } from './schema';
import type { ProjectOverview } from './overview';
import { councilRoles } from './constants';
import { activeYears, projectStatus, projectStatuses, type ProjectStatus } from './status';
import { capText, idParam, yearParam } from './urlParams';

export const listSortKeys = ['acronym', 'title', 'role', 'programme', 'start', 'end', 'status', 'councilBudget', 'euCofinancing'] as const;
export type ListSortKey = (typeof listSortKeys)[number];

export type ProjectListQuery = {
  text: string;
  status: ProjectStatus[];
  role: CouncilRole[];
  programmeId: string[];
  year: number | null;
  country: string[];
  sort: { key: ListSortKey; dir: 'asc' | 'desc' };
};

/** No filters, newest projects first. */
export const defaultListQuery: ProjectListQuery = {
  text: '',
  status: [],
  role: [],
  programmeId: [],
  year: null,
  country: [],
  sort: { key: 'start', dir: 'desc' },
};

// ---------------------------------------------------------------- search text

// Letters that Unicode does not decompose into a base letter and a mark.
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŀ: 'l',
};

/**
 * Folds text for matching: lower case, no diacritics (Paņeveža → paneveza, Łódź → lodz,
 * Panevėžys → panevezys), whitespace collapsed to single spaces.
 */
export function normalizeForSearch(text: string): string {
  // Most names are plain ASCII: skip the costly decomposition for them.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łøæœßđðþıħŀ]/g, (c) => FOLDED_LETTERS[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

// A separator that normalising never produces, so a search cannot match across two fields.
const FIELD_SEPARATOR = ' | ';

function organisationSearchText(org: Organisation): string {
  return [org.name, org.nameLv, org.city, org.cityLv]
    .filter((p): p is string => p !== null && p !== '')
    .map(normalizeForSearch)
    .join(FIELD_SEPARATOR);
}

/**
 * Everything the list's text search looks at, folded: acronym, both titles, and each partner's
 * name as written, name, Latvian name, city and Latvian city. `orgText` memoises organisations,
 * which recur across projects.
 */
export function projectSearchText(
  project: ProjectOverview,
  orgsById: ReadonlyMap<string, Organisation>,
  orgText: Map<string, string> = new Map(),
): string {
  const parts: string[] = [];
  for (const text of [project.acronym, project.title.lv, project.title.en]) if (text !== '') parts.push(normalizeForSearch(text));
  for (const partner of project.partners) {
    if (partner.nameAsWritten !== null && partner.nameAsWritten !== '') parts.push(normalizeForSearch(partner.nameAsWritten));
    let text = orgText.get(partner.organisationId);
    if (text === undefined) {
      const org = orgsById.get(partner.organisationId);
      text = org === undefined ? '' : organisationSearchText(org);
      orgText.set(partner.organisationId, text);
    }
    if (text !== '') parts.push(text);
  }
  return parts.join(FIELD_SEPARATOR);
}

/** The folded search text of every project, by id; build it once per change of the data. */
export function buildSearchIndex(projects: readonly ProjectOverview[], orgsById: ReadonlyMap<string, Organisation>): Map<string, string> {
  const orgText = new Map<string, string>();
  const index = new Map<string, string>();
  for (const project of projects) index.set(project.id, projectSearchText(project, orgsById, orgText));
  return index;
}

// ---------------------------------------------------------------- filter and sort

export type QueryContext = {
  today: string;
  language: Language;
  /** From buildSearchIndex; computed on the fly for projects it does not hold. */
  searchIndex?: ReadonlyMap<string, string>;
};

const collators = new Map<Language, Intl.Collator>();
function collatorFor(language: Language): Intl.Collator {
  let collator = collators.get(language);
  if (collator === undefined) {
    collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
    collators.set(language, collator);
  }
  return collator;
}

const STATUS_RANK: Readonly<Record<ProjectStatus, number | null>> = { planned: 0, ongoing: 1, completed: 2, unknown: null };

type SortValue = string | number | null;

/** Each distinct string's position in order; equal under the collator means equal rank. */
function rankStrings(values: readonly string[], collator?: Intl.Collator): Map<string, number> {
  const distinct = [...new Set(values)].sort(collator ? collator.compare : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ranks = new Map<string, number>();
  let rank = 0;
  distinct.forEach((value, i) => {
    const previous = distinct[i - 1];
    if (previous !== undefined && (collator ? collator.compare(previous, value) !== 0 : previous !== value)) rank += 1;
    ranks.set(value, rank);
  });
  return ranks;
}

function textOf(text: { lv: string; en: string }, language: Language): string | null {
  const other = language === 'lv' ? 'en' : 'lv';
  return text[language] || text[other] || null;
}

export function queryProjects<P extends ProjectOverview>(
  projects: readonly P[],
  orgsById: ReadonlyMap<string, Organisation>,
  programmesById: ReadonlyMap<string, Programme>,
  query: ProjectListQuery,
  context: QueryContext,
): P[] {
  const { today, language, searchIndex } = context;
  const words = normalizeForSearch(query.text).split(' ').filter((w) => w !== '');
  const statuses = new Set(query.status);
  const roles = new Set(query.role);
  const programmeIds = new Set(query.programmeId);
  const countries = new Set(query.country);

  const matches = (project: P): boolean => {
    if (roles.size > 0 && !roles.has(project.councilRole)) return false;
    if (programmeIds.size > 0 && (project.programmeId === null || !programmeIds.has(project.programmeId))) return false;
    if (statuses.size > 0 && !statuses.has(projectStatus(project.period, today))) return false;
    if (query.year !== null && !activeYears(project.period).includes(query.year)) return false;
    if (countries.size > 0 && !project.partners.some((p) => countries.has(orgsById.get(p.organisationId)?.country ?? ''))) return false;
    if (words.length > 0) {
      const haystack = searchIndex?.get(project.id) ?? projectSearchText(project, orgsById);
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  };

  const programmeLabels = new Map<string, string | null>();
  const programmeLabel = (id: string): string | null => {
    let label = programmeLabels.get(id);
    if (label === undefined) {
      const programme = programmesById.get(id);
      label = programme === undefined
        ? null
        : [textOf(programme.name, language), textOf(programme.strand, language), textOf(programme.measure, language)].filter(Boolean).join(' ') || null;
      programmeLabels.set(id, label);
    }
    return label;
  };

  const sortValue = (project: P): SortValue => {
    switch (query.sort.key) {
      case 'acronym':
        return project.acronym || null;
      case 'title':
        return textOf(project.title, language);
      case 'role':
        return project.councilRole;
      case 'programme':
        return project.programmeId === null ? null : programmeLabel(project.programmeId);
      case 'start':
        return project.period.start;
      case 'end':
        return project.period.end;
      case 'status':
        return STATUS_RANK[projectStatus(project.period, today)];
      case 'councilBudget':
        return project.budget.councilBudget;
      case 'euCofinancing':
        return project.budget.euCofinancing;
    }
  };

  const collator = collatorFor(language);
  const filtered = projects.filter(matches);
  const values = filtered.map(sortValue);
  // Strings are ranked once (names by the language's collation, ISO dates as plain strings),
  // so the sort itself only compares numbers: a collator call per comparison is slow at 10,000.
  const isDate = query.sort.key === 'start' || query.sort.key === 'end';
  const valueRank = rankStrings(values.filter((v): v is string => typeof v === 'string'), isDate ? undefined : collator);
  const acronymRank = rankStrings(filtered.map((p) => p.acronym), collator);
  const direction = query.sort.dir === 'asc' ? 1 : -1;

  const rows = filtered.map((project, i) => {
    const value = values[i] ?? null;
    return { project, key: typeof value === 'string' ? (valueRank.get(value) ?? 0) : value, acronym: acronymRank.get(project.acronym) ?? 0 };
  });
  rows.sort((x, y) => {
    // Unknown values go last whichever way the list is sorted.
    if (x.key === null || y.key === null) {
      if (x.key === null && y.key !== null) return 1;
      if (y.key === null && x.key !== null) return -1;
    } else if (x.key !== y.key) {
      return (x.key - y.key) * direction;
    }
    // Ties: by acronym, then id, always ascending, so the order is stable across reloads.
    return x.acronym - y.acronym || (x.project.id < y.project.id ? -1 : x.project.id > y.project.id ? 1 : 0);
  });
  return rows.map((row) => row.project);
}

// ---------------------------------------------------------------- URL parameters

/**
 * The longest search text, in characters. The text lives in the URL, and a URL of a few tens
 * of kilobytes is refused by servers (HTTP 431) when the page is reloaded; 200 characters is
 * far more than any search needs and stays under 2 kB even percent-encoded.
 */
export const MAX_SEARCH_LENGTH = 200;
/** The most programmes a link may filter by (the list offers one at a time). */
const MAX_PROGRAMME_FILTERS = 20;

const PARAM = { text: 'q', status: 'status', role: 'role', programme: 'programme', year: 'year', country: 'country', sort: 'sort' } as const;

/** Every value of a parameter, whether repeated (`status=a&status=b`) or comma-separated. */
function listParam(params: URLSearchParams, name: string): string[] {
  return params.getAll(name).flatMap((value) => value.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

function pickAllowed<T extends string>(values: readonly string[], allowed: readonly T[]): T[] {
  const result: T[] = [];
  for (const value of values) {
    const found = allowed.find((a) => a === value);
    if (found !== undefined && !result.includes(found)) result.push(found);
  }
  return result;
}

/** Reads the list's state from the URL; anything malformed is dropped, never thrown. */
export function parseListQuery(params: URLSearchParams): ProjectListQuery {
  const text = capText(params.get(PARAM.text) ?? '', MAX_SEARCH_LENGTH);
  const status = pickAllowed(listParam(params, PARAM.status), projectStatuses);
  const role = pickAllowed(listParam(params, PARAM.role), councilRoles);
  // Ids may hold commas, so programme ids are only ever repeated, never comma-separated.
  const programmeIds = params.getAll(PARAM.programme).map(idParam).filter((id): id is string => id !== null);
  const programmeId = [...new Set(programmeIds)].slice(0, MAX_PROGRAMME_FILTERS);
  const year = yearParam(params.get(PARAM.year));
  const country = [...new Set(listParam(params, PARAM.country).map((c) => c.toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c)))];
  const sortMatch = /^(-?)([A-Za-z]+)$/.exec(params.get(PARAM.sort) ?? '');
  const sortKey = sortMatch ? listSortKeys.find((k) => k === sortMatch[2]) : undefined;
  const sort: ProjectListQuery['sort'] = sortMatch && sortKey ? { key: sortKey, dir: sortMatch[1] === '-' ? 'desc' : 'asc' } : { ...defaultListQuery.sort };
  return { text, status, role, programmeId, year, country, sort };
}

/** Writes the list's state to URL parameters, leaving out everything that is at its default. */
export function serializeListQuery(query: ProjectListQuery): URLSearchParams {
  const params = new URLSearchParams();
  const text = capText(query.text, MAX_SEARCH_LENGTH);
  if (text !== '') params.set(PARAM.text, text);
  for (const s of query.status) params.append(PARAM.status, s);
  for (const r of query.role) params.append(PARAM.role, r);
  for (const id of query.programmeId) params.append(PARAM.programme, id);
  if (query.year !== null) params.set(PARAM.year, String(query.year));
  for (const c of query.country) params.append(PARAM.country, c);
  const { key, dir } = query.sort;
  if (key !== defaultListQuery.sort.key || dir !== defaultListQuery.sort.dir) params.set(PARAM.sort, `${dir === 'desc' ? '-' : ''}${key}`);
  return params;
}
