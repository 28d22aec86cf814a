import '../shops.css';
import { useTranslation } from 'react-i18next';
import { ConnectionList } from './connection-list';
import { CreateConnectionForm } from './create-connection-form';

export function ShopsPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <div className="page-heading">
        <h1>{t('shops.title')}</h1>
        <p className="muted">{t('shops.intro')}</p>
      </div>
      <CreateConnectionForm />
      <ConnectionList />
    </div>
  );
}
