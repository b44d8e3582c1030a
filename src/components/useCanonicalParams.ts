// Keeps the address bar to what a screen made of its URL parameters.
import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * Replaces the URL's parameters with `canonical` (the screen's state written back) when they
 * differ. A value the screen cut or refused (a search text over its cap, an impossible month)
 * then does not stay in the address, where a reload would send it to the server again (a huge
 * one fails with HTTP 431) and a copied link would pass it on. The history entry is replaced,
 * so the back button does not lead to the unusable URL.
 */
export function useCanonicalParams(canonical: URLSearchParams): void {
  const [params, setParams] = useSearchParams();
  const current = params.toString();
  const wanted = canonical.toString();
  useEffect(() => {
    if (current !== wanted) setParams(new URLSearchParams(wanted), { replace: true });
  }, [current, wanted, setParams]);
}
