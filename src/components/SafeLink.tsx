// Renders a user-entered link only when it is http, https or mailto; anything else is shown
// as plain text, so a stored "javascript:" or "data:" address can never run.
import type { ReactNode } from 'react';

export function isSafeHref(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^(https?:\/\/|mailto:)/i.test(url.trim());
}

export function SafeLink({ href, children }: { href: string | null | undefined; children: ReactNode }) {
  if (!isSafeHref(href)) return <span>{children}</span>;
  const external = !href.toLowerCase().startsWith('mailto:');
  return (
    <a href={href} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
      {children}
    </a>
  );
}
