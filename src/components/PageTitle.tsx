// A screen's heading, with the actions that belong to the whole screen beside it (a download, a
// new record, another view of the same list).
import type { ReactNode } from 'react';

export function PageTitle({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="page-title">
      <h1>{title}</h1>
      <div className="actions">{children}</div>
    </div>
  );
}
