// The projects list's search and filters (status, role, programme, year active, partner
// country), shared by every screen that narrows the portfolio the same way and keeps it in
// the same URL parameters: the projects list and the timeline.
import { useId, useMemo, type ReactNode } from 'react';
import { councilRoles } from '../domain/constants';
import type { ProjectListQuery } from '../domain/projectQuery';
import type { Organisation, Programme } from '../domain/schema';
import type { ProjectOverview } from '../domain/overview';
import { activeYears, projectStatuses } from '../domain/status';
import { countryName } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';
import { SearchInput } from './SearchInput';
import { programmeLabel } from './labels';

type Props = {
  query: ProjectListQuery;
  /** Every project (not only those shown), so the options do not vanish as filters narrow. */
  projects: readonly ProjectOverview[];
  programmes: readonly Programme[];
  organisationsById: ReadonlyMap<string, Organisation>;
  /** `replace`: the change replaces the history entry (typing), rather than adding one. */
  onChange: (patch: Partial<ProjectListQuery>, replace: boolean) => void;
  /** id of the element that says how many projects are shown, for the search box. */
  countId: string;
};

export function ProjectFilterFields({ query, projects, programmes, organisationsById, onChange, countId }: Props) {
  const { t, lang } = useI18n();
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
    <>
      <div className="field grow">
        <label htmlFor={searchId}>{t('projects.search')}</label>
        <SearchInput id={searchId} placeholder={t('projects.searchHint')} value={query.text} onChange={(text) => onChange({ text }, true)} describedBy={countId} />
      </div>
      <FilterSelect label={t('projects.filter.status')} value={query.status[0] ?? ''} onChange={(v) => onChange({ status: projectStatuses.filter((s) => s === v) }, false)}>
        {projectStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label={t('projects.filter.role')} value={query.role[0] ?? ''} onChange={(v) => onChange({ role: councilRoles.filter((r) => r === v) }, false)}>
        {councilRoles.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect width="wide" label={t('projects.filter.programme')} value={query.programmeId[0] ?? ''} onChange={(v) => onChange({ programmeId: v ? [v] : [] }, false)}>
        {programmes.map((p) => (
          <option key={p.id} value={p.id}>
            {programmeLabel(p, lang)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect width="narrow" label={t('projects.filter.year')} value={query.year === null ? '' : String(query.year)} onChange={(v) => onChange({ year: v ? Number(v) : null }, false)}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label={t('projects.filter.country')} value={query.country[0] ?? ''} onChange={(v) => onChange({ country: v ? [v] : [] }, false)}>
        {countries.map((c) => (
          <option key={c} value={c}>
            {countryName(c, lang)}
          </option>
        ))}
      </FilterSelect>
    </>
  );
}

/** True when any search text or filter narrows the list. */
export function filtersActive(query: ProjectListQuery): boolean {
  return query.text !== '' || query.status.length + query.role.length + query.programmeId.length + query.country.length > 0 || query.year !== null;
}

/** The class of a filter field: its width is fixed (see styles.css), so the toolbar keeps its lines. */
export function filterClass(width: 'narrow' | 'normal' | 'wide' = 'normal'): string {
  return width === 'normal' ? 'field filter' : `field filter filter-${width}`;
}

function FilterSelect({
  label,
  value,
  onChange,
  width,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  width?: 'narrow' | 'wide';
  children: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className={filterClass(width)}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('common.all')}</option>
        {children}
      </select>
    </div>
  );
}
