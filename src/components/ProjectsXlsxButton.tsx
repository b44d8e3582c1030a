// "Download Excel (.xlsx)" on the projects list: exactly the rows and columns of its CSV (the
// same table), as typed cells. The writer and its library load with the first download.
import { useNotify } from './Notifications';
import { storageErrorMessage } from './storageMessage';
import { DownloadButton } from './DownloadButton';
import { fileStamp } from '../domain/dates';
import type { ProjectOverview } from '../domain/overview';
import { useI18n } from '../i18n/I18nProvider';
import { useProjectsTableContext } from './useProjectsTableContext';

export function ProjectsXlsxButton({ projects }: { projects: readonly ProjectOverview[] }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const tableContext = useProjectsTableContext();
  return (
    <DownloadButton
      label={t('backup.xlsx.projects')}
      accessibleName={t('backup.xlsx.projectsLabel', { count: projects.length })}
      disabled={projects.length === 0}
      makeFile={async () => {
        const [{ projectsTable }, { xlsxSheet }, { xlsxBlob, XLSX_TYPE }] = await Promise.all([import('../domain/csv'), import('../domain/spreadsheet'), import('./xlsxFile')]);
        const table = projectsTable(projects, tableContext());
        return {
          name: `eu-projects-${fileStamp(new Date())}.xlsx`,
          type: XLSX_TYPE,
          content: await xlsxBlob(xlsxSheet(table, { name: t('backup.xlsx.projectsSheet'), language: lang })),
        };
      }}
      onError={(error) => notify({ tone: 'error', text: storageErrorMessage(error, t) })}
    />
  );
}
