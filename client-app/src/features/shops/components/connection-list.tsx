import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/load-state';
import { useShopConnections } from '../api/get-shop-connections';
import type { ShopConnectionSummary } from '../types';
import { ConnectionTable } from './connection-table';
import { DeleteConnectionDialog } from './delete-connection-dialog';
import { ReplaceSecretDialog } from './replace-secret-dialog';

export function ConnectionList() {
  const { t } = useTranslation();
  const titleId = useId();
  const connections = useShopConnections();
  const [replacing, setReplacing] = useState<ShopConnectionSummary | null>(null);
  const [deleting, setDeleting] = useState<ShopConnectionSummary | null>(null);

  return (
    <section className="card" aria-labelledby={titleId}>
      <header className="card-header">
        <h2 id={titleId}>{t('shops.listTitle')}</h2>
      </header>
      {connections.data ? (
        <ConnectionTable connections={connections.data} onReplaceSecret={setReplacing} onDelete={setDeleting} />
      ) : connections.isError ? (
        <LoadError onRetry={() => void connections.refetch()} />
      ) : (
        <Loading />
      )}
      {replacing && <ReplaceSecretDialog connection={replacing} onClose={() => setReplacing(null)} />}
      {deleting && <DeleteConnectionDialog connection={deleting} onClose={() => setDeleting(null)} />}
    </section>
  );
}
