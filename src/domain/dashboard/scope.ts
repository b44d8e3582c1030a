// Which projects the dashboard looks at, and how that scope is written in the URL: the projects
// list's own filters (status, role, programme, year), so a scope opens the same projects there.
import type { ProjectOverview } from '../overview';
import { activeYears, projectStatus } from '../status';
import { defaultListQuery, parseListQuery, serializeListQuery, type ProjectListQuery } from '../projectQuery';

/** Which projects the dashboard looks at: the projects list's own filters, minus search and country. */
export type DashboardScope = Pick<ProjectListQuery, 'status' | 'role' | 'programmeId' | 'year'>;

export const fullScope: DashboardScope = { status: [], role: [], programmeId: [], year: null };

/**
 * Reads the scope from the URL. The parameter names are the projects list's (status, role,
 * programme, year), so a scope opens the same projects in the list.
 */
export function parseDashboardScope(params: URLSearchParams): DashboardScope {
  const { status, role, programmeId, year } = parseListQuery(params);
  return { status, role, programmeId, year };
}

/** The projects list's filters that narrow it to this scope, plus `narrow` (which wins). */
export function listParams(scope: DashboardScope, narrow: Partial<Pick<ProjectListQuery, 'status' | 'role' | 'programmeId' | 'year' | 'country'>> = {}): URLSearchParams {
  return serializeListQuery({ ...defaultListQuery, ...scope, ...narrow });
}

export function serializeDashboardScope(scope: DashboardScope): URLSearchParams {
  return listParams(scope);
}

export function isFullScope(scope: DashboardScope): boolean {
  return scope.status.length + scope.role.length + scope.programmeId.length === 0 && scope.year === null;
}

/** The projects in scope, with the list's filter rules (see queryProjects). */
export function projectsInScope<P extends ProjectOverview>(projects: readonly P[], scope: DashboardScope, today: string): P[] {
  if (isFullScope(scope)) return [...projects];
  const statuses = new Set(scope.status);
  const roles = new Set(scope.role);
  const programmes = new Set(scope.programmeId);
  return projects.filter((project) => {
    if (roles.size > 0 && !roles.has(project.councilRole)) return false;
    if (programmes.size > 0 && (project.programmeId === null || !programmes.has(project.programmeId))) return false;
    if (statuses.size > 0 && !statuses.has(projectStatus(project.period, today))) return false;
    if (scope.year !== null && !activeYears(project.period).includes(scope.year)) return false;
    return true;
  });
}
