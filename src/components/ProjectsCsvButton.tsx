// "Download CSV" on the projects list: exactly the rows the list shows, in its order, with the
// UI language's separator and decimal sign (see src/domain/spreadsheet.ts).
import { useNotify } from './Notifications';
import { storageErrorMessage } from './storageMessage';
import { DownloadButton } from './DownloadButton';
import { fileStamp } from '../domain/dates';
import type { ProjectOverview } from '../domain/overview';
import { useI18n } from '../i18n/I18nProvider';
import { useProjectsTableContext } from './useProjectsTableContext';

export function ProjectsCsvButton({ projects }: { projects: readonly ProjectOverview[] }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const tableContext = useProjectsTableContext();
  return (
    <DownloadButton
      label={t('backup.csv.projects')}
      accessibleName={t('backup.csv.projectsLabel', { count: projects.length })}
      disabled={projects.length === 0}
      // The CSV writer loads with the first download, not with the list.
      makeFile={async () => {
        const [{ projectsToCsv }, { csvConventionFor }] = await Promise.all([import('../domain/csv'), import('../domain/spreadsheet')]);
        const context = tableContext();
        return { name: `eu-projects-${fileStamp(new Date())}.csv`, type: 'text/csv;charset=utf-8', content: projectsToCsv(projects, context, csvConventionFor(lang)) };
      }}
      onError={(error) => notify({ tone: 'error', text: storageErrorMessage(error, t) })}
    />
  );
}
