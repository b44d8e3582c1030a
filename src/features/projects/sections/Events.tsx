// The project page's mobility events, in date order, with their warnings.
import type { Warning } from '../../../domain/consistency';
import type { MobilityEvent } from '../../../domain/schema';
import { WarningList } from '../../../components/Warnings';
import { countryName, formatEventDate, formatNumber, pickText, UNKNOWN } from '../../../i18n/format';
import { useI18n } from '../../../i18n/I18nProvider';
import { TableScroll } from '../../../components/TableScroll';
import { DataTable } from '../../../components/DataTable';
import { CardSection } from '../../../components/CardSection';
import { useFocusEventFromHash } from '../../../components/timeline/ProjectTimeline';
import { warningsAt } from './parts';

export function EventsSection({ events, warnings }: { events: MobilityEvent[]; warnings: Warning[] }) {
  const { t, lang } = useI18n();
  // The timeline's markers link here (#event-…): the rows are drawn by this section, which the
  // page shows after the sections above it, so the focus is moved from here.
  useFocusEventFromHash();
  const hosted = events.filter((e) => e.direction === 'hosted').length;
  const sent = events.reduce((sum, e) => sum + (e.representatives ?? 0), 0);
  const unknownCount = events.filter((e) => e.representatives === null).length;
  return (
    <CardSection id="events" title={t('project.section.events')}>
      <WarningList warnings={warnings.filter((w) => w.field === 'events')} />
      {events.length === 0 ? (
        <p>{t('project.events.none')}</p>
      ) : (
        <>
          <TableScroll label={t('project.section.events')}>
            <DataTable columns={[t('project.events.order'), t('project.events.event'), t('project.events.place'), t('project.events.date'), t('project.events.direction'), { label: t('project.events.representatives'), numeric: true }]} className="events">
              {events.map((event, index) => (
                <tr key={event.id} id={`event-${event.id}`}>
                  <td>{event.order ?? UNKNOWN}</td>
                  <td>
                    <div>{t(`eventKind.${event.kind}`)}</div>
                    {pickText(event.title, lang) && <div className="event-title">{pickText(event.title, lang)}</div>}
                    {pickText(event.notes, lang) && <div className="hint prose">{pickText(event.notes, lang)}</div>}
                    <WarningList warnings={warningsAt(warnings, `events.${index}`)} />
                  </td>
                  <td>
                    {[(lang === 'lv' && event.hostCityLv) || event.hostCity, event.hostCountry ? countryName(event.hostCountry, lang) : null].filter(Boolean).join(', ') || UNKNOWN}
                    {event.placeAsWritten && <div className="hint">{t('project.events.asWritten', { text: event.placeAsWritten })}</div>}
                  </td>
                  <td className="nowrap">{formatEventDate(event.date, lang, UNKNOWN)}</td>
                  <td>
                    <span className={`badge direction-${event.direction}`}>
                      <span aria-hidden="true">{event.direction === 'hosted' ? '⌂ ' : '↗ '}</span>
                      {t(`direction.${event.direction}`)}
                    </span>
                  </td>
                  <td className="num">{formatNumber(event.representatives, lang)}</td>
                </tr>
              ))}
            </DataTable>
          </TableScroll>
          <p className="totals">
            {t('project.events.total', { events: t('count.events', { count: events.length }), hosted, outgoing: events.length - hosted, sent: t('count.representativesSent', { count: sent }) })}
            {unknownCount > 0 && t('project.events.totalUnknown', { count: unknownCount })}
          </p>
        </>
      )}
    </CardSection>
  );
}

