// What a screen shows when it fails while drawing or loading its code: in the UI's language,
// what happened, a way back, and a backup of the data, which the failure has not touched.
// Every route sits under this boundary (App.tsx), so the router's own error page never shows.
import { useId } from 'react';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useExportBackup } from '../queries/backup';
import { useI18n } from '../i18n/I18nProvider';

function describe(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  useDocumentTitle(t('routeError.title'));
  const exporting = useExportBackup();
  const headingId = useId();
  return (
    <section className="page route-error" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('routeError.title')}</h1>
      <p role="alert">{t('routeError.body')}</p>
      <div className="actions">
        <Link to="/projects">{t('project.backToList')}</Link>
        <button type="button" onClick={() => window.location.reload()}>
          {t('routeError.retry')}
        </button>
        <button type="button" className="primary" disabled={exporting.isPending} onClick={() => exporting.mutate()}>
          {exporting.isPending ? t('backup.export.busy') : t('routeError.backup')}
        </button>
      </div>
      <details>
        <summary>{t('routeError.details')}</summary>
        <pre>{describe(error)}</pre>
      </details>
    </section>
  );
}
