import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadError, Loading } from '@/components/load-state';
import { ApiError } from '@/lib/api/errors';
import { useSegmentingSettings } from '../api/get-analysis-settings';
import { useCustomer } from '../api/get-customer';
import type { CustomerProfile } from '../types';
import { BehaviourPanel } from './behaviour-panel';
import { CategoriesPanel } from './categories-panel';
import { CustomerAlertsPanel } from './customer-alerts-panel';
import { DemographicsPanel } from './demographics-panel';
import { IdentitiesPanel } from './identities-panel';
import { LoyaltyPanel } from './loyalty-panel';
import { PrivacyPanel } from './privacy-panel';
import { ProfileHeader } from './profile-header';
import { PurchaseDaysPanel } from './purchase-days-panel';
import { SegmentHistoryPanel } from './segment-history-panel';
import { ValuePanel } from './value-panel';
import '../customers.css';

/** "/customers/:id": the customer's portrait. */
/** The owner assigns account managers, splits merges, exports and erases; every member sees the rest. */
export function CustomerProfilePage({ isOwner }: { isOwner: boolean }) {
  const { id = '' } = useParams();
  const customer = useCustomer(id);
  if (customer.data) return <Portrait profile={customer.data} isOwner={isOwner} />;
  if (customer.error instanceof ApiError && customer.error.status === 404) return <NoSuchCustomer id={id} />;
  if (customer.isError) return <LoadError onRetry={() => void customer.refetch()} />;
  return <Loading />;
}

function Portrait({ profile, isOwner }: { profile: CustomerProfile; isOwner: boolean }) {
  const settings = useSegmentingSettings();
  const currency = profile.value.currency;
  return (
    <div className="page portrait">
      <ProfileHeader
        summary={profile.summary}
        segmentName={settings.data?.segmentNames[profile.summary.segment]}
        canAssignManager={isOwner}
      />
      <div className="portrait-grid">
        <ValuePanel value={profile.value} riskLine={settings.data?.riskLine} />
        <LoyaltyPanel loyalty={profile.loyalty} />
        <BehaviourPanel behaviour={profile.behaviour} currency={currency} />
        <DemographicsPanel demographics={profile.demographics} />
        <PurchaseDaysPanel days={profile.recentPurchaseDays} currency={currency} />
        <CategoriesPanel categories={profile.categories} currency={currency} />
        <SegmentHistoryPanel history={profile.segmentHistory} />
        <CustomerAlertsPanel alerts={profile.alerts} />
        <IdentitiesPanel customerId={profile.summary.customerId} canSplit={isOwner} />
        {isOwner && <PrivacyPanel customerId={profile.summary.customerId} />}
      </div>
    </div>
  );
}

function NoSuchCustomer({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <section className="not-allowed" role="alert" data-testid="no-such-customer">
      <h1>{t('customers.notFoundTitle')}</h1>
      <p className="muted">{t('customers.notFoundBody', { id })}</p>
      <Link to="/customers">{t('customers.backToList')}</Link>
    </section>
  );
}
