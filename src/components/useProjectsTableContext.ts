// What the projects list's CSV and Excel downloads both need to turn projects into the one
// table they share (src/domain/csv.ts `projectsTable`): the UI language's headings and labels,
// and the directories to name organisations and programmes.
import type { ProjectsCsvContext } from '../domain/csv';
import { useI18n } from '../i18n/I18nProvider';
import { todayIso } from '../lib/today';
import { useDirectories } from '../queries/portfolio';

/** The table's context, as a function: `today` is read when the file is made. */
export function useProjectsTableContext(): () => ProjectsCsvContext {
  const { t, lang } = useI18n();
  const { organisationsById, programmesById } = useDirectories();
  return () => ({
    language: lang,
    today: todayIso(),
    organisationsById,
    programmesById,
    heading: (column) => t(`backup.csv.col.${column}`),
    roleLabel: (role) => t(`role.${role}`),
    statusLabel: (status) => t(`status.${status}`),
  });
}
