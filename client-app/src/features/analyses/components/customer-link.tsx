import { Link } from 'react-router';

/** A customer's name (or id, when the shop sent no name) linking to their profile. */
export function CustomerLink({ customerId, name }: { customerId: string; name?: string | null }) {
  return <Link to={`/customers/${encodeURIComponent(customerId)}`}>{name ?? customerId}</Link>;
}
