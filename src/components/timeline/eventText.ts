// How a mobility event is named on screen, in accessible names and in exported calendars:
// one place for "DeCoDe — Palermo, Italy — February 2019".
import type { Language } from '../../domain/schema';
import type { OverviewEvent, ProjectOverview } from '../../domain/overview';
import type { Translate } from '../../i18n/I18nProvider';
import { countryName, formatEventDate, formatPeriod, pickText } from '../../i18n/format';

export function projectName(project: ProjectOverview, lang: Language): string {
  return project.acronym || pickText(project.title, lang);
}

/** The host city in the UI language (the Latvian form in Latvian where there is one). */
export function eventCity(event: OverviewEvent, lang: Language): string {
  return (lang === 'lv' && event.hostCityLv) || event.hostCity || '';
}

/** "Palermo, Italy"; just the country or the city when only one is known; '' when neither. */
export function eventPlace(event: OverviewEvent, lang: Language): string {
  return [eventCity(event, lang), event.hostCountry ? countryName(event.hostCountry, lang) : ''].filter((p) => p !== '').join(', ');
}

/** The event's own title, or its kind when it has none ("Meeting"). */
export function eventTitle(event: OverviewEvent, t: Translate, lang: Language): string {
  return pickText(event.title, lang) || t(`eventKind.${event.kind}`);
}

export function eventDate(event: OverviewEvent, t: Translate, lang: Language): string {
  return formatEventDate(event.date, lang, t('timeline.date.unknown'));
}

/** The marker's accessible name: project — place — date. */
export function markerName(project: ProjectOverview, event: OverviewEvent, t: Translate, lang: Language): string {
  return t('timeline.marker', {
    project: projectName(project, lang),
    place: eventPlace(event, lang) || t('timeline.place.unknown'),
    date: eventDate(event, t, lang),
  });
}

export function barName(project: ProjectOverview, t: Translate, lang: Language): string {
  const { start, end } = project.period;
  return t('timeline.bar', {
    project: projectName(project, lang),
    period: start === null && end === null ? t('timeline.bar.periodUnknown') : formatPeriod(start, end, lang),
  });
}

/** Where a marker leads: the project page, scrolled to the event's row. */
export function eventHref(project: ProjectOverview, event: OverviewEvent): string {
  return `/projects/${encodeURIComponent(project.id)}#event-${encodeURIComponent(event.id)}`;
}
