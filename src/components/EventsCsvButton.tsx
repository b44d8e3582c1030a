// "Download CSV" on the events list: exactly the events the list shows, in its order, with the
// UI language's separator and decimal sign (see src/domain/spreadsheet.ts).
import { useNotify } from './Notifications';
import { storageErrorMessage } from './storageMessage';
import { DownloadButton } from './DownloadButton';
import { eventsToCsv, type EventCsvItem } from '../domain/csv';
import { fileStamp } from '../domain/dates';
import { csvConventionFor } from '../domain/spreadsheet';
import { useI18n } from '../i18n/I18nProvider';

/** `count` lines are shown; `items` reads them in full (with what the list does not hold) when the file is made. */
export function EventsCsvButton({ count, items }: { count: number; items: () => Promise<readonly EventCsvItem[]> }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  return (
    <DownloadButton
      label={t('backup.csv.events')}
      accessibleName={t('backup.csv.eventsLabel', { count })}
      disabled={count === 0}
      makeFile={async () => ({
        name: `mobility-events-${fileStamp(new Date())}.csv`,
        type: 'text/csv;charset=utf-8',
        content: eventsToCsv(
          await items(),
          {
            language: lang,
            heading: (column) => t(`backup.csv.event.${column}`),
            kindLabel: (kind) => t(`eventKind.${kind}`),
            directionLabel: (direction) => t(`direction.${direction}`),
            precisionLabel: (precision) => t(`backup.csv.precision.${precision}`),
          },
          csvConventionFor(lang),
        ),
      })}
      onError={(error) => notify({ tone: 'error', text: storageErrorMessage(error, t) })}
    />
  );
}
