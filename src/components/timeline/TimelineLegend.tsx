import type { MobilityEvent } from '../../domain/schema';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/I18nProvider';
import { MarkerShape } from './MarkerShape';

/** The legend's entries: an event's shape (by direction), or the look of a band, bar or line. */
const entries: { label: MessageKey; direction?: MobilityEvent['direction']; keyClass: string }[] = [
  { label: 'timeline.legend.hosted', direction: 'hosted', keyClass: 'tl-key-marker tl-hosted tl-day' },
  { label: 'timeline.legend.outgoing', direction: 'outgoing', keyClass: 'tl-key-marker tl-outgoing tl-day' },
  { label: 'timeline.legend.month', keyClass: 'tl-key-band tl-month' },
  { label: 'timeline.legend.days', keyClass: 'tl-key-band tl-day' },
  { label: 'timeline.legend.period', keyClass: 'tl-key-bar' },
  { label: 'timeline.legend.today', keyClass: 'tl-key-today' },
];

/** The key to the chart's shapes and lines. */
export function TimelineLegend() {
  const { t } = useI18n();
  return (
    <ul className="tl-legend" aria-label={t('timeline.legend')}>
      {entries.map(({ label, direction, keyClass }) => (
        <li key={label}>
          {direction ? (
            <span className={`tl-key ${keyClass}`}>
              <MarkerShape direction={direction} />
            </span>
          ) : (
            <span className={`tl-key ${keyClass}`} aria-hidden="true" />
          )}
          {t(label)}
        </li>
      ))}
    </ul>
  );
}
