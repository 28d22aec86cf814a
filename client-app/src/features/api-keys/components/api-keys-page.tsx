import { useTranslation } from 'react-i18next';
import { ApiKeyList } from './api-key-list';
import { CreateApiKeyForm } from './create-api-key-form';

export function ApiKeysPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <div className="page-heading">
        <h1>{t('apiKeys.title')}</h1>
        <p className="muted">{t('apiKeys.intro')}</p>
      </div>
      <CreateApiKeyForm />
      <ApiKeyList />
    </div>
  );
}
