import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useFormat } from '@/hooks/use-format';
import { useLabel } from '../hooks/use-label';
import { useIdentities } from '../api/get-identities';
import { useSplitMerge } from '../api/split-merge';
import type { CustomerMerge } from '../types';
import { Panel } from './panel';

/** How the tenant recognises the customer and which shops' customers were merged into it; the owner may split a merge. */
export function IdentitiesPanel({ customerId, canSplit }: { customerId: string; canSplit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useLabel();
  const identities = useIdentities(customerId);
  const [splitting, setSplitting] = useState<CustomerMerge | null>(null);
  const merges = identities.data?.merges ?? [];
  return (
    <Panel title={t('customers.identities.title')} testId="identities-panel">
      <ul className="identity-list">
        {identities.data?.identities.map((identity) => (
          <li key={`${identity.kind} ${identity.value}`} data-testid="customer-identity">
            <span className="pill">{label('customers.identities.kinds', identity.kind)}</span> {identity.value}
          </li>
        ))}
      </ul>
      <h3>{t('customers.identities.merges')}</h3>
      {merges.length === 0 ? (
        <p className="muted">{t('customers.identities.noMerges')}</p>
      ) : (
        <ol className="timeline">
          {merges.map((merge) => (
            <li key={merge.id} className="timeline-item" data-testid="customer-merge">
              <span>
                {t('customers.identities.joined', {
                  source: merge.sourceCustomerId,
                  matched: label('customers.identities.kinds', merge.matchedKind),
                  value: merge.matchedValue,
                })}
              </span>
              <time className="muted" dateTime={merge.mergedAt}>
                {format.dateTime(merge.mergedAt)}
              </time>
              {merge.splitAt ? (
                <span className="muted" data-testid="merge-split">
                  {t('customers.identities.splitBy', { by: merge.splitBy, at: format.dateTime(merge.splitAt) })}
                </span>
              ) : (
                canSplit && (
                  <button type="button" className="button button-secondary" onClick={() => setSplitting(merge)} data-testid="split-button">
                    {t('customers.identities.split')}
                  </button>
                )
              )}
            </li>
          ))}
        </ol>
      )}
      {splitting && <SplitDialog customerId={customerId} merge={splitting} onClose={() => setSplitting(null)} />}
    </Panel>
  );
}

function SplitDialog({ customerId, merge, onClose }: { customerId: string; merge: CustomerMerge; onClose: () => void }) {
  const { t } = useTranslation();
  const split = useSplitMerge();
  return (
    <ConfirmDialog
      title={t('customers.identities.splitTitle', { source: merge.sourceCustomerId })}
      confirmLabel={t('customers.identities.split')}
      confirmTestId="confirm-split-button"
      pending={split.isPending}
      error={split.error}
      onConfirm={() => split.mutate({ customerId, mergeId: Number(merge.id) }, { onSuccess: onClose })}
      onCancel={onClose}
    >
      <p>{t('customers.identities.splitBody', { source: merge.sourceCustomerId })}</p>
    </ConfirmDialog>
  );
}
