// What the fact sheet and the annex share around their document: the way back to the project,
// the loading, missing and failed states, and the print button.
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { storageErrorMessage } from '../../components/storageMessage';
import { useI18n } from '../../i18n/I18nProvider';
import { useScopedMessages } from '../../i18n/scoped';
import { factSheetEn } from '../../i18n/messages/factSheet.en';
import { factSheetLv } from '../../i18n/messages/factSheet.lv';
import type { ReportProject } from './useReportProject';
import './factSheet.css';

export const useFactSheetMessages = () => useScopedMessages(factSheetEn, factSheetLv);

/** The screen while its project is not ready: loading, not found, or a failed read. */
export function ReportState({ report, projectId }: { report: Exclude<ReportProject, { state: 'ready' }>; projectId: string }) {
  const { t } = useI18n();
  const m = useFactSheetMessages();
  if (report.state === 'loading') return <p className="page loading">{t('common.loading')}</p>;
  const back = report.state === 'missing' ? <Link to="/projects">{t('project.backToList')}</Link> : <Link to={projectPath(projectId)}>{m('factSheet.back')}</Link>;
  return (
    <section className="page">
      <h1>{report.state === 'missing' ? m('factSheet.notFound') : t('error.title')}</h1>
      {report.state === 'error' && <p role="alert">{storageErrorMessage(report.error, t)}</p>}
      <p>{back}</p>
    </section>
  );
}

export const projectPath = (projectId: string) => `/projects/${encodeURIComponent(projectId)}`;

export function PrintButton() {
  const m = useFactSheetMessages();
  return (
    <button type="button" onClick={() => window.print()}>
      {m('factSheet.print')}
    </button>
  );
}

export function ReportPage({ projectId, title, intro, controls, children }: { projectId: string; title: string; intro: string; controls: ReactNode; children: ReactNode }) {
  const m = useFactSheetMessages();
  return (
    <article className="page factsheet-page" aria-labelledby="factsheet-heading">
      <p className="breadcrumb">
        <Link to={projectPath(projectId)}>← {m('factSheet.back')}</Link>
      </p>
      <h1 id="factsheet-heading">{title}</h1>
      <p className="factsheet-intro">{intro}</p>
      <div className="factsheet-controls">{controls}</div>
      {children}
    </article>
  );
}
