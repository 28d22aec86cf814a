import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/load-state';
import { useApiKeys } from '../api/get-api-keys';
import type { ApiKeySummary } from '../types';
import { ApiKeyTable } from './api-key-table';
import { RevokeApiKeyDialog } from './revoke-api-key-dialog';

export function ApiKeyList() {
  const { t } = useTranslation();
  const titleId = useId();
  const keys = useApiKeys();
  const [revoking, setRevoking] = useState<ApiKeySummary | null>(null);

  return (
    <section className="card" aria-labelledby={titleId}>
      <header className="card-header">
        <h2 id={titleId}>{t('apiKeys.listTitle')}</h2>
      </header>
      {keys.data ? (
        <ApiKeyTable keys={keys.data} onRevoke={setRevoking} />
      ) : keys.isError ? (
        <LoadError onRetry={() => void keys.refetch()} />
      ) : (
        <Loading />
      )}
      {revoking && <RevokeApiKeyDialog apiKey={revoking} onClose={() => setRevoking(null)} />}
    </section>
  );
}
