// "Download CSV" on the projects list: exactly the rows the list shows, in its order.
import { useNotify } from './Notifications';
import { storageErrorMessage } from './storageMessage';
import { DownloadButton } from './DownloadButton';
import { fileStamp } from '../domain/dates';
import type { ProjectOverview } from '../domain/overview';
import { useI18n } from '../i18n/I18nProvider';
import { todayIso } from '../lib/today';
import { useDirectories } from '../queries/portfolio';

export function ProjectsCsvButton({ projects }: { projects: readonly ProjectOverview[] }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const { organisationsById, programmesById } = useDirectories();
  return (
    <DownloadButton
      label={t('backup.csv.projects')}
      accessibleName={t('backup.csv.projectsLabel', { count: projects.length })}
      disabled={projects.length === 0}
      // The CSV writer loads with the first download, not with the list.
      makeFile={async () => ({
        name: `eu-projects-${fileStamp(new Date())}.csv`,
        type: 'text/csv;charset=utf-8',
        content: (await import('../domain/csv')).projectsToCsv(projects, {
          language: lang,
          today: todayIso(),
          organisationsById,
          programmesById,
          heading: (column) => t(`backup.csv.col.${column}`),
          roleLabel: (role) => t(`role.${role}`),
          statusLabel: (status) => t(`status.${status}`),
        }),
      })}
      onError={(error) => notify({ tone: 'error', text: storageErrorMessage(error, t) })}
    />
  );
}
