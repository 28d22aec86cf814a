import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { LoadError, Loading } from '@/components/load-state';
import { useMe } from '../api/get-me';
import type { CurrentUser } from '../types';

export function RequireAuth({ children }: { children: (user: CurrentUser) => ReactNode }) {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data === null) return <Navigate to="/login" replace />;
  return children(me.data);
}
