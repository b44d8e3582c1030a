// "Download Excel (.xlsx)" on the events list: exactly the rows and columns of its CSV (the same
// table), as typed cells. The writer's library loads with the first download.
import { useNotify } from './Notifications';
import { storageErrorMessage } from './storageMessage';
import { DownloadButton } from './DownloadButton';
import { eventsTable, type EventCsvItem } from '../domain/csv';
import { fileStamp } from '../domain/dates';
import { xlsxSheet } from '../domain/spreadsheet';
import { useI18n } from '../i18n/I18nProvider';

/** `count` lines are shown; `items` reads them in full (with what the list does not hold) when the file is made. */
export function EventsXlsxButton({ count, items }: { count: number; items: () => Promise<readonly EventCsvItem[]> }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  return (
    <DownloadButton
      label={t('backup.xlsx.events')}
      accessibleName={t('backup.xlsx.eventsLabel', { count })}
      disabled={count === 0}
      makeFile={async () => {
        const { xlsxBlob, XLSX_TYPE } = await import('./xlsxFile');
        const table = eventsTable(await items(), {
          language: lang,
          heading: (column) => t(`backup.csv.event.${column}`),
          kindLabel: (kind) => t(`eventKind.${kind}`),
          directionLabel: (direction) => t(`direction.${direction}`),
          precisionLabel: (precision) => t(`backup.csv.precision.${precision}`),
        });
        return {
          name: `mobility-events-${fileStamp(new Date())}.xlsx`,
          type: XLSX_TYPE,
          content: await xlsxBlob(xlsxSheet(table, { name: t('backup.xlsx.eventsSheet'), language: lang })),
        };
      }}
      onError={(error) => notify({ tone: 'error', text: storageErrorMessage(error, t) })}
    />
  );
}
