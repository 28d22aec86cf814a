import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { LoadError, Loading } from '@/components/load-state';
import { Pager } from '@/components/pager';
import { TENANTS_PAGE_SIZE, useTenants } from '../api/get-tenants';
import { useResumeTenant } from '../api/resume-tenant';
import { useSuspendTenant } from '../api/suspend-tenant';
import type { TenantUsage } from '../types';
import { CreateTenantForm } from './create-tenant-form';
import { DeleteTenantDialog } from './delete-tenant-dialog';
import { TenantTable, type TenantActions } from './tenant-table';

export function TenantsPage() {
  const { t } = useTranslation();
  const titleId = useId();
  const [page, setPage] = useState(1);
  const tenants = useTenants(page);
  const suspend = useSuspendTenant();
  const resume = useResumeTenant();
  const [deleting, setDeleting] = useState<TenantUsage | null>(null);

  const pageCount = Math.max(1, Math.ceil(Number(tenants.data?.total ?? 0) / TENANTS_PAGE_SIZE));
  // Deleting the last tenant of the last page leaves nothing on it: go back to the page before.
  useEffect(() => {
    if (!tenants.isPlaceholderData && page > pageCount) setPage(pageCount);
  }, [page, pageCount, tenants.isPlaceholderData]);

  const { mutate: suspendTenant, reset: resetSuspend } = suspend;
  const { mutate: resumeTenant, reset: resetResume } = resume;
  const actions = useMemo<TenantActions>(
    () => ({
      // Only the latest action's error stays on screen.
      onSuspend: (tenant) => {
        resetResume();
        suspendTenant(tenant.id);
      },
      onResume: (tenant) => {
        resetSuspend();
        resumeTenant(tenant.id);
      },
      onDelete: setDeleting,
    }),
    [suspendTenant, resumeTenant, resetSuspend, resetResume],
  );
  const busyId = suspend.isPending ? suspend.variables : resume.isPending ? resume.variables : undefined;
  const actionError = suspend.error ?? resume.error;

  return (
    <div className="page">
      <div className="page-heading">
        <h1 id={titleId}>{t('tenants.title')}</h1>
        {tenants.data && <p className="muted">{t('tenants.total', { count: Number(tenants.data.total) })}</p>}
      </div>
      <CreateTenantForm />
      <section className="card" aria-labelledby={titleId}>
        {actionError && <ErrorAlert error={actionError} />}
        {tenants.data ? (
          <>
            <TenantTable tenants={tenants.data.items} actions={actions} busyId={busyId} />
            <Pager page={page} pageCount={pageCount} onPageChange={setPage} />
          </>
        ) : tenants.isError ? (
          <LoadError onRetry={() => void tenants.refetch()} />
        ) : (
          <Loading />
        )}
      </section>
      {deleting && <DeleteTenantDialog tenant={deleting} onClose={() => setDeleting(null)} />}
    </div>
  );
}
