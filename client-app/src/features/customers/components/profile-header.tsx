import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLabel } from '../hooks/use-label';
import type { CustomerSummary } from '../types';
import { FactList, ifKnown, type Fact } from './fact-list';
import { ManagerSelect } from './manager-select';

interface ProfileHeaderProps {
  summary: CustomerSummary;
  /** The tenant's own name for the customer's segment, when it has one. */
  segmentName: string | undefined;
  /** Only the owner assigns account managers; the others see whether there is one. */
  canAssignManager: boolean;
}

export function ProfileHeader({ summary, segmentName, canAssignManager }: ProfileHeaderProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const segment = label('segments', summary.segment);

  return (
    <header className="card portrait-header">
      <Link to="/customers" className="muted">
        ← {t('customers.backToList')}
      </Link>
      <div className="portrait-title">
        <h1 data-testid="customer-name">{summary.name ?? t('customers.unnamed', { id: summary.customerId })}</h1>
        <span className="muted" data-testid="customer-email">
          {summary.email}
        </span>
        <span className="muted">{t('customers.id', { id: summary.customerId })}</span>
      </div>
      <FactList
        facts={[
          [
            t('customers.columns.segment'),
            <>
              <span className="pill pill-accent">{segment}</span>
              {segmentName !== undefined && segmentName !== segment && (
                <span className="muted"> {t('customers.displayName', { name: segmentName })}</span>
              )}
            </>,
            'customer-segment',
          ],
          [t('customers.columns.rfm'), summary.rfm, 'customer-rfm'],
          [t('customers.columns.abc'), summary.abcClass, 'customer-abc'],
          [t('customers.columns.stage'), ifKnown(summary.lifecycleStage, (stage) => label('customers.stages', stage)), 'customer-stage'],
          ...(canAssignManager
            ? []
            : [
                [
                  t('customers.manager.label'),
                  t(summary.accountManagerId === null ? 'customers.manager.nobody' : 'customers.manager.assigned'),
                ] satisfies Fact,
              ]),
        ]}
      />
      {canAssignManager && <ManagerSelect customerId={summary.customerId} managerId={summary.accountManagerId} />}
    </header>
  );
}
