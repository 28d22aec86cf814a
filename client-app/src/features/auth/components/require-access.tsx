import type { ReactNode } from 'react';
import { NotAllowed } from '@/components/not-allowed';
import { canAccess, type Access } from '../access';
import { useCurrentUser } from '../api/get-me';

export function RequireAccess({ access, children }: { access: Access; children: ReactNode }) {
  const user = useCurrentUser();
  return canAccess(user, access) ? children : <NotAllowed />;
}
