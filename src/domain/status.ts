// A project's status on a given day, and the calendar years its period touches.
import type { Period } from './schema';

export const projectStatuses = ['planned', 'ongoing', 'completed', 'unknown'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

type Dates = Pick<Period, 'start' | 'end'>;

/**
 * The status on `today` (`YYYY-MM-DD`); the end day still counts as ongoing.
 * - no dates: unknown;
 * - only a start: planned before it, ongoing from it on (the end is not known);
 * - only an end: completed after it; before it the project may be planned or ongoing, so unknown.
 */
export function projectStatus(period: Dates, today: string): ProjectStatus {
  const { start, end } = period;
  if (end !== null && today > end) return 'completed';
  if (start !== null && today < start) return 'planned';
  if (start !== null) return 'ongoing';
  return 'unknown';
}

/**
 * The calendar years the period touches, in order. Empty when no date is known or the start
 * comes after the end (a data error, reported by the consistency checks); just the known
 * year when only one side is known.
 */
export function activeYears(period: Dates): number[] {
  const { start, end } = period;
  if (start === null && end === null) return [];
  const from = Number((start ?? end ?? '').slice(0, 4));
  const to = Number((end ?? start ?? '').slice(0, 4));
  if (start !== null && end !== null && start > end) return [];
  const years: number[] = [];
  for (let year = from; year <= to; year += 1) years.push(year);
  return years;
}
