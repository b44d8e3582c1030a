import { useI18n } from '../../i18n/I18nProvider';
import { MarkerShape } from './MarkerShape';

/** The key to the chart's shapes and lines. */
export function TimelineLegend() {
  const { t } = useI18n();
  return (
    <ul className="tl-legend" aria-label={t('timeline.legend')}>
      <li>
        <span className="tl-key tl-key-marker tl-hosted tl-day">
          <MarkerShape direction="hosted" />
        </span>
        {t('timeline.legend.hosted')}
      </li>
      <li>
        <span className="tl-key tl-key-marker tl-outgoing tl-day">
          <MarkerShape direction="outgoing" />
        </span>
        {t('timeline.legend.outgoing')}
      </li>
      <li>
        <span className="tl-key tl-key-band tl-month" aria-hidden="true" />
        {t('timeline.legend.month')}
      </li>
      <li>
        <span className="tl-key tl-key-band tl-day" aria-hidden="true" />
        {t('timeline.legend.days')}
      </li>
      <li>
        <span className="tl-key tl-key-bar" aria-hidden="true" />
        {t('timeline.legend.period')}
      </li>
      <li>
        <span className="tl-key tl-key-today" aria-hidden="true" />
        {t('timeline.legend.today')}
      </li>
    </ul>
  );
}
