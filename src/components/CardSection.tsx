// A section of a page drawn as a card, named by its heading (the project page's sections and
// the edit form's alike).
import type { ReactNode } from 'react';

export function CardSection({ id, title, className, children }: { id: string; title: string; className?: string; children: ReactNode }) {
  return (
    <section className={className ? `card ${className}` : 'card'} aria-labelledby={`${id}-h`} id={id}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}
