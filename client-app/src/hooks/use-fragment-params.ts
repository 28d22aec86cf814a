import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * The parameters after '#' in the address. Mailed links carry their secrets there: browsers never send the
 * fragment to a server, so the secrets stay out of access logs and Referer headers. Once read, the fragment
 * is dropped from the address, so the secret does not stay in the browser's history either.
 */
export function useFragmentParams(): URLSearchParams {
  const { hash } = useLocation();
  const [params] = useState(() => new URLSearchParams(hash.replace(/^#/, '')));
  useEffect(() => {
    if (window.location.hash !== '') {
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    }
  }, []);
  return params;
}
