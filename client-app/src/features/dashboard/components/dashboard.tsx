import { useTranslation } from 'react-i18next';
import { useLiveUpdates } from '../api/use-live-updates';
import { ChangeFeed } from './change-feed';
import { LiveStatusBadge } from './live-status-badge';
import { SegmentCountsPanel } from './segment-counts-panel';

export function Dashboard() {
  const { t } = useTranslation();
  const status = useLiveUpdates();
  return (
    <div className="dashboard">
      <div className="dashboard-heading">
        <h1>{t('dashboard.title')}</h1>
        <LiveStatusBadge status={status} />
      </div>
      <div className="dashboard-grid">
        <SegmentCountsPanel />
        <ChangeFeed />
      </div>
    </div>
  );
}
