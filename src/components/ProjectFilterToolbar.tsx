// The projects list's search and filters (status, role, programme, year active, partner
// country), shared by every screen that narrows the portfolio the same way and keeps it in
// the same URL parameters: the projects list and the timeline.
import { useId, useMemo } from 'react';
import { councilRoles } from '../domain/constants';
import type { ProjectListQuery } from '../domain/projectQuery';
import type { ProjectOverview } from '../domain/overview';
import { activeYears, projectStatuses } from '../domain/status';
import { countryName } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';
import { useDirectories } from '../queries/portfolio';
import { countSet, FilterDisclosure } from './FilterDisclosure';
import { FilterSelect } from './FilterSelect';
import { SearchInput } from './SearchInput';
import { programmeLabel } from './labels';

type Props = {
  query: ProjectListQuery;
  /** Every project (not only those shown), so the options do not vanish as filters narrow. */
  projects: readonly ProjectOverview[];
  /** `replace`: the change replaces the history entry (typing), rather than adding one. */
  onChange: (patch: Partial<ProjectListQuery>, replace: boolean) => void;
  /** id of the element that says how many projects are shown, for the search box. */
  countId: string;
  /** Clears the search and filters (the button shows while any is set). */
  onClear: () => void;
};

/** The toolbar above the projects list and the timeline: search, filters, and a button that clears them. */
export function ProjectFilterToolbar({ query, projects, onChange, countId, onClear }: Props) {
  const { t, lang } = useI18n();
  // The directories the screens around it have read already (the query is shared).
  const { programmes, organisationsById } = useDirectories();
  const searchId = useId();

  const years = useMemo(() => {
    const set = new Set<number>();
    for (const p of projects) for (const y of activeYears(p.period)) set.add(y);
    return [...set].sort((a, b) => b - a);
  }, [projects]);
  const countries = useMemo(() => {
    const set = new Set<string>();
    for (const p of projects)
      for (const partner of p.partners) {
        const country = organisationsById.get(partner.organisationId)?.country;
        if (country) set.add(country);
      }
    return [...set].sort((a, b) => countryName(a, lang).localeCompare(countryName(b, lang), lang));
  }, [projects, organisationsById, lang]);

  return (
    <div className="toolbar" role="search">
      <div className="field grow">
        <label htmlFor={searchId}>{t('projects.search')}</label>
        <SearchInput id={searchId} placeholder={t('projects.searchHint')} value={query.text} onChange={(text) => onChange({ text }, true)} describedBy={countId} />
      </div>
      <FilterDisclosure active={activeFilters(query)}>
        <FilterSelect label={t('projects.filter.status')} value={query.status[0] ?? ''} onChange={(v) => onChange({ status: projectStatuses.filter((s) => s === v) }, false)} options={projectStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        <FilterSelect label={t('projects.filter.role')} value={query.role[0] ?? ''} onChange={(v) => onChange({ role: councilRoles.filter((r) => r === v) }, false)} options={councilRoles.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        <FilterSelect width="wide" label={t('projects.filter.programme')} value={query.programmeId[0] ?? ''} onChange={(v) => onChange({ programmeId: v ? [v] : [] }, false)} options={programmes.map((p) => ({ value: p.id, label: programmeLabel(p, lang) }))} />
        <FilterSelect width="narrow" label={t('projects.filter.year')} value={query.year === null ? '' : String(query.year)} onChange={(v) => onChange({ year: v ? Number(v) : null }, false)} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
        <FilterSelect label={t('projects.filter.country')} value={query.country[0] ?? ''} onChange={(v) => onChange({ country: v ? [v] : [] }, false)} options={countries.map((c) => ({ value: c, label: countryName(c, lang) }))} />
      </FilterDisclosure>
      {filtersActive(query) && (
        <button type="button" className="link-button" onClick={onClear}>
          {t('projects.clearFilters')}
        </button>
      )}
    </div>
  );
}

/** How many of the filters (not the search) narrow the list. */
function activeFilters(query: ProjectListQuery): number {
  return countSet([query.status, query.role, query.programmeId, query.country, query.year]);
}

/** True when any search text or filter narrows the list. */
function filtersActive(query: ProjectListQuery): boolean {
  return query.text !== '' || activeFilters(query) > 0;
}
