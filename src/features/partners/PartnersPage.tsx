// Every organisation in the directory, with the projects it takes part in.
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useUrlParams } from '../../components/useUrlParams';
import { MAX_SEARCH_LENGTH, normalizeForSearch } from '../../domain/projectQuery';
import { capText } from '../../domain/urlParams';
import type { Organisation } from '../../domain/schema';
import type { ProjectOverview } from '../../domain/overview';
import { organisationCity } from '../../components/labels';
import { storageErrorMessage } from '../../components/storageMessage';
import { ProjectLinks } from '../../components/ProjectLinks';
import { DataTable } from '../../components/DataTable';
import { useCanonicalParams } from '../../components/useCanonicalParams';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { countryName } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { overviewsQuery, settingsQuery, useDirectories } from '../../queries/portfolio';
import { useCanEdit } from '../../queries/access';
import { EditOrganisationDialog, MergeOrganisationDialog } from './OrganisationDialogs';
import './partners.css';
import { SearchInput } from '../../components/SearchInput';

export default function PartnersPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('nav.partners'));
  const [params, setParams] = useUrlParams();
  const text = capText(params.get('q') ?? '', MAX_SEARCH_LENGTH);
  useCanonicalParams(new URLSearchParams(text ? { q: text } : {}));
  const projects = useQuery(overviewsQuery());
  const settings = useQuery(settingsQuery());
  const { organisations, error, isPending: directoriesPending } = useDirectories();
  // The table waits for the projects too: drawn without them, its rows grew as the projects
  // column filled in, pushing everything below down.
  const isPending = directoriesPending || projects.isPending;
  const searchId = useId();
  const [editing, setEditing] = useState<Organisation | null>(null);
  const [merging, setMerging] = useState<Organisation | null>(null);
  const canEdit = useCanEdit();

  const projectsByOrganisation = useMemo(() => {
    const map = new Map<string, ProjectOverview[]>();
    for (const project of projects.data ?? []) {
      for (const partner of project.partners) {
        const list = map.get(partner.organisationId) ?? [];
        if (!list.includes(project)) list.push(project);
        map.set(partner.organisationId, list);
      }
    }
    return map;
  }, [projects.data]);

  const shown = useMemo(() => {
    const words = normalizeForSearch(text).split(/\s+/).filter(Boolean);
    return organisations
      .filter((o) => {
        if (words.length === 0) return true;
        const haystack = normalizeForSearch([o.name, o.nameLv, o.city, o.cityLv, o.country, countryName(o.country, lang)].filter(Boolean).join(' '));
        return words.every((word) => haystack.includes(word));
      })
      .sort((a, b) => a.name.localeCompare(b.name, lang));
  }, [organisations, text, lang]);

  return (
    <section className="page partners-page">
      <h1>{t('partners.title')}</h1>
      {(error ?? projects.error) && <p role="alert">{storageErrorMessage(error ?? projects.error, t)}</p>}
      <div className="toolbar" role="search">
        <div className="field grow">
          <label htmlFor={searchId}>{t('partners.search')}</label>
          <SearchInput id={searchId} value={text} onChange={(typed) => setParams(typed ? { q: capText(typed, MAX_SEARCH_LENGTH) } : {}, { replace: true })} />
        </div>
      </div>
      <p className="count" aria-live="polite">
        {isPending ? t('common.loading') : t('partners.count', { shown: shown.length, count: organisations.length })}
      </p>
      {isPending ? null : organisations.length === 0 ? (
        <p className="empty-state">{t('partners.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="empty-state">{t('partners.noMatch')}</p>
      ) : (
        <div className="table-wrap">
          <DataTable columns={[t('partners.col.name'), t('partners.col.nameLv'), t('partners.col.city'), t('partners.col.country'), t('partners.col.kind'), t('partners.col.projects'), ...(canEdit ? [t('editing.partnersPage.actions')] : [])]}>
            {shown.map((organisation) => (
              <tr key={organisation.id}>
                <td>
                  {organisation.name}
                  {organisation.id === settings.data?.homeOrganisationId && <span className="badge home">{t('partners.home')}</span>}
                  {organisation.notes && <div className="hint prose">{organisation.notes}</div>}
                </td>
                <td lang="lv">{organisation.nameLv ?? ''}</td>
                <td>{organisationCity(organisation, lang)}</td>
                <td>{countryName(organisation.country, lang)}</td>
                <td>{t(`orgKind.${organisation.kind}`)}</td>
                <td>
                  <ProjectLinks projects={projectsByOrganisation.get(organisation.id) ?? []} />
                </td>
                {canEdit && (
                  <td>
                    <div className="row-buttons">
                      <button type="button" onClick={() => setEditing(organisation)} aria-label={t('editing.partnersPage.editLabel', { name: organisation.name })}>
                        {t('editing.partnersPage.edit')}
                      </button>
                      {organisations.length > 1 && (
                        <button type="button" onClick={() => setMerging(organisation)} aria-label={t('editing.partnersPage.mergeLabel', { name: organisation.name })}>
                          {t('editing.partnersPage.merge')}
                        </button>
                      )}
                    </div>
                  </td>
                )}
              </tr>
            ))}
          </DataTable>
        </div>
      )}
      <EditOrganisationDialog organisation={editing} onClose={() => setEditing(null)} />
      <MergeOrganisationDialog organisation={merging} organisations={organisations} projectsByOrganisation={projectsByOrganisation} onClose={() => setMerging(null)} />
    </section>
  );
}
