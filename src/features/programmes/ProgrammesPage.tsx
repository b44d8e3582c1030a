// The programme directory: every funding source, the projects it funds, and a form to edit it.
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { Modal } from '../../components/Modal';
import type { LocalizedText, Programme } from '../../domain/schema';
import type { ProjectOverview } from '../../domain/overview';
import { programmeLabel } from '../../components/labels';
import { useNotify } from '../../components/Notifications';
import { storageErrorMessage } from '../../components/storageMessage';
import { ProjectLinks } from '../../components/ProjectLinks';
import { DataTable } from '../../components/DataTable';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { pickText, UNKNOWN } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useSaveProgramme } from '../../queries/directory';
import { useCanEdit } from '../../queries/access';
import { overviewsQuery, useDirectories } from '../../queries/portfolio';
import './programmes.css';
import { DialogFooter } from '../../components/DialogFooter';

export default function ProgrammesPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('nav.programmes'));
  const { programmes, error, isPending: directoriesPending } = useDirectories();
  const projects = useQuery(overviewsQuery());
  // The table waits for the projects too: drawn without them, its rows grew as the projects
  // column filled in, pushing everything below down.
  const isPending = directoriesPending || projects.isPending;
  // null: closed; 'new': a new programme; otherwise the programme being edited.
  const [editing, setEditing] = useState<Programme | 'new' | null>(null);
  const canEdit = useCanEdit();

  const projectsByProgramme = useMemo(() => {
    const map = new Map<string, ProjectOverview[]>();
    for (const project of projects.data ?? []) {
      if (!project.programmeId) continue;
      map.set(project.programmeId, [...(map.get(project.programmeId) ?? []), project]);
    }
    return map;
  }, [projects.data]);
  const sorted = useMemo(() => [...programmes].sort((a, b) => programmeLabel(a, lang).localeCompare(programmeLabel(b, lang), lang)), [programmes, lang]);

  return (
    <section className="page programmes-page">
      <div className="page-title">
        <h1>{t('editing.programmesPage.title')}</h1>
        {canEdit && (
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            + {t('editing.programmesPage.new')}
          </button>
        )}
      </div>
      <p className="hint">{t('editing.programmesPage.intro')}</p>
      {(error ?? projects.error) && <p role="alert">{storageErrorMessage(error ?? projects.error, t)}</p>}
      <p className="count" aria-live="polite">
        {isPending ? t('common.loading') : t('editing.programmesPage.count', { count: programmes.length })}
      </p>
      {isPending ? null : programmes.length === 0 ? (
        <p className="empty-state">{t('editing.programmesPage.empty')}</p>
      ) : (
        <div className="table-wrap">
          <DataTable columns={[t('editing.programmesPage.col.programme'), t('editing.programmesPage.col.strand'), t('editing.programmesPage.col.measure'), t('editing.programmesPage.col.funders'), t('editing.programmesPage.col.projects'), ...(canEdit ? [t('editing.programmesPage.col.actions')] : [])]}>
            {sorted.map((programme) => (
              <tr key={programme.id}>
                <td>{pickText(programme.name, lang) || UNKNOWN}</td>
                <td>{pickText(programme.strand, lang) || UNKNOWN}</td>
                <td>{pickText(programme.measure, lang) || UNKNOWN}</td>
                <td>{programme.funders.map((f) => pickText(f, lang)).join(', ') || UNKNOWN}</td>
                <td>
                  <ProjectLinks projects={projectsByProgramme.get(programme.id) ?? []} />
                </td>
                {canEdit && (
                  <td>
                    <button type="button" onClick={() => setEditing(programme)} aria-label={t('editing.programmesPage.editLabel', { name: programmeLabel(programme, lang) })}>
                      {t('editing.programmesPage.edit')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </DataTable>
        </div>
      )}
      <ProgrammeDialog editing={editing} onClose={() => setEditing(null)} />
    </section>
  );
}

function ProgrammeDialog({ editing, onClose }: { editing: Programme | 'new' | null; onClose: () => void }) {
  const { t } = useI18n();
  const titleId = useId();
  const open = editing !== null;
  return (
    <Modal open={open} labelledBy={titleId} className="dialog programme-dialog" onCancel={onClose}>
      <h2 id={titleId}>{editing === 'new' ? t('editing.programmesPage.newTitle') : t('editing.programmesPage.editTitle')}</h2>
      {editing !== null && <ProgrammeForm key={editing === 'new' ? 'new' : editing.id} programme={editing === 'new' ? null : editing} onClose={onClose} />}
    </Modal>
  );
}

type Draft = { name: LocalizedText; strand: LocalizedText; measure: LocalizedText; funders: (LocalizedText & { key: number })[] };

let funderKey = 0;
const keyed = (text: LocalizedText) => ({ ...text, key: (funderKey += 1) });

function ProgrammeForm({ programme, onClose }: { programme: Programme | null; onClose: () => void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const base = useId();
  const [draft, setDraft] = useState<Draft>(() => ({
    name: { ...(programme?.name ?? { lv: '', en: '' }) },
    strand: { ...(programme?.strand ?? { lv: '', en: '' }) },
    measure: { ...(programme?.measure ?? { lv: '', en: '' }) },
    funders: (programme?.funders ?? []).map(keyed),
  }));
  const [nameMissing, setNameMissing] = useState(false);
  const trim = (text: LocalizedText): LocalizedText => ({ lv: text.lv.trim(), en: text.en.trim() });
  const fields = () => ({
    name: trim(draft.name),
    strand: trim(draft.strand),
    measure: trim(draft.measure),
    funders: draft.funders.map(trim).filter((f) => f.lv || f.en),
  });
  const save = useSaveProgramme({
    onSuccess: () => {
      notify({ tone: 'success', text: t('editing.programmesPage.saved') });
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.name.lv.trim() && !draft.name.en.trim()) {
      setNameMissing(true);
      document.getElementById(`${base}-name-lv`)?.focus();
      return;
    }
    save.mutate({ programme, fields: fields() });
  };

  const pairFields = (key: 'name' | 'strand' | 'measure', label: string) =>
    (['lv', 'en'] as const).map((lang) => {
      const invalid = key === 'name' && nameMissing;
      return (
        <div className="field" key={`${key}-${lang}`}>
          <label htmlFor={`${base}-${key}-${lang}`}>{t(lang === 'lv' ? 'editing.inLatvian' : 'editing.inEnglish', { label })}</label>
          <input
            id={`${base}-${key}-${lang}`}
            lang={lang}
            value={draft[key][lang]}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? `${base}-name-error` : undefined}
            onChange={(event) => {
              setDraft({ ...draft, [key]: { ...draft[key], [lang]: event.target.value } });
              if (key === 'name') setNameMissing(false);
            }}
          />
        </div>
      );
    });

  return (
    <form onSubmit={submit} noValidate className="programme-form">
      {pairFields('name', t('editing.programme.name'))}
      {nameMissing && (
        <p id={`${base}-name-error`} className="field-error wide">
          {t('editing.programme.nameRequired')}
        </p>
      )}
      {pairFields('strand', t('editing.programme.strand'))}
      {pairFields('measure', t('editing.programme.measure'))}
      {draft.funders.map((funder, index) => (
        <fieldset key={funder.key} className="wide funder">
          <legend>{t('editing.programmesPage.funder', { n: index + 1 })}</legend>
          {(['lv', 'en'] as const).map((lang) => (
            <div className="field" key={lang}>
              <label htmlFor={`${base}-funder-${funder.key}-${lang}`}>{t(lang === 'lv' ? 'editing.inLatvian' : 'editing.inEnglish', { label: t('editing.programme.funder') })}</label>
              <input
                id={`${base}-funder-${funder.key}-${lang}`}
                lang={lang}
                value={funder[lang]}
                onChange={(event) => setDraft({ ...draft, funders: draft.funders.map((f) => (f.key === funder.key ? { ...f, [lang]: event.target.value } : f)) })}
              />
            </div>
          ))}
          <button
            type="button"
            className="danger"
            aria-label={t('editing.row.remove', { item: t('editing.programmesPage.funder', { n: index + 1 }) })}
            onClick={() => setDraft({ ...draft, funders: draft.funders.filter((f) => f.key !== funder.key) })}
          >
            {t('editing.row.removeShort')}
          </button>
        </fieldset>
      ))}
      <div className="wide">
        <button type="button" onClick={() => setDraft({ ...draft, funders: [...draft.funders, keyed({ lv: '', en: '' })] })}>
          + {t('editing.programmesPage.addFunder')}
        </button>
      </div>
      <DialogFooter error={save.error} pending={save.isPending} submitLabel={t('editing.save.short')} wide onCancel={onClose} />
    </form>
  );
}
