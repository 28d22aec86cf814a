import { useMemo } from 'react';
import { useLocation } from 'react-router';

/**
 * The parameters after '#' in the address. Mailed links carry their secrets there: browsers never send the
 * fragment to a server, so the secrets stay out of access logs and Referer headers.
 */
export function useFragmentParams(): URLSearchParams {
  const { hash } = useLocation();
  return useMemo(() => new URLSearchParams(hash.replace(/^#/, '')), [hash]);
}
