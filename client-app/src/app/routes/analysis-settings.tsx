import { lazy } from 'react';
import { canAccess } from '@/features/auth/access';
import { useCurrentUser } from '@/features/auth/api/get-me';

const AnalysisSettingsPage = lazy(() =>
  import('@/features/settings/components/analysis-settings-page').then((module) => ({
    default: module.AnalysisSettingsPage,
  })),
);

/** Every tenant member may read the analysis settings; only the owner may change them. */
export function AnalysisSettingsRoute() {
  const user = useCurrentUser();
  return <AnalysisSettingsPage canEdit={canAccess(user, 'tenantOwner')} />;
}
