// A project's history of changes, newest first. The key starts with the table's name, so a
// write in any tab refreshes it (see useLiveInvalidation).
import { queryOptions } from '@tanstack/react-query';
import { listHistory } from '../db/portfolioRepository';

export const projectHistoryQuery = (projectId: string) => queryOptions({ queryKey: ['history', projectId], queryFn: () => listHistory(projectId) });
