// The report's scope in words: "Completed projects where the council is lead partner,
// programme “Europe for Citizens”, active in 2019", or "All projects".
import type { DashboardScope } from '../../domain/dashboard/scope';
import { isFullScope } from '../../domain/dashboard/scope';
import type { ScopedTranslate } from '../../i18n/scoped';
import type { reportEn } from '../../i18n/messages/report.en';

export type ReportTranslate = ScopedTranslate<typeof reportEn>;

export function scopeInWords(scope: DashboardScope, tr: ReportTranslate, programmeName: (id: string) => string): string {
  if (isFullScope(scope)) return tr('report.scope.all');
  const parts: string[] = [];
  const [status] = scope.status;
  // One status is the noun phrase ("Completed projects"); none or several: "Projects".
  const projects = scope.status.length === 1 && status ? tr(`report.scope.status.${status}`) : tr('report.scope.projects');
  const [role] = scope.role;
  // "Projects where the council is …" / "Projekti, kuros dome ir …": the languages join these differently.
  parts.push(scope.role.length === 1 && role ? tr('report.scope.withRole', { projects, role: tr(`report.scope.role.${role}`) }) : projects);
  for (const id of scope.programmeId) parts.push(tr('report.scope.programme', { name: programmeName(id) }));
  if (scope.year !== null) parts.push(tr('report.scope.year', { year: String(scope.year) }));
  return parts.join(', ');
}
