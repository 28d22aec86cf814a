import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useCreateShopConnection } from '../api/create-shop-connection';
import { MAX_CONNECTION_NAME_LENGTH, PLATFORMS, type Platform } from '../types';
import { NewConnection } from './new-connection';

export function CreateConnectionForm() {
  const { t } = useTranslation();
  const titleId = useId();
  const create = useCreateShopConnection();
  const [platform, setPlatform] = useState<Platform>('shopify');
  const [name, setName] = useState('');
  const [shopDomain, setShopDomain] = useState('');
  const isShopify = platform === 'shopify';

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { platform, name: name.trim(), shopDomain: isShopify ? shopDomain.trim() : null },
      {
        onSuccess: () => {
          setName('');
          setShopDomain('');
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby={titleId}>
      <header className="card-header">
        <h2 id={titleId}>{t('shops.createTitle')}</h2>
      </header>
      <form className="inline-form" onSubmit={handleSubmit}>
        <label className="field">
          <span>{t('shops.platform')}</span>
          <select value={platform} onChange={(event) => setPlatform(event.target.value as Platform)} data-testid="platform-select">
            {PLATFORMS.map((option) => (
              <option key={option} value={option}>
                {t(`shops.platforms.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('shops.name')}</span>
          <input
            value={name}
            onChange={(event) => setName(event.target.value)}
            required
            maxLength={MAX_CONNECTION_NAME_LENGTH}
            placeholder={t('shops.namePlaceholder')}
            data-testid="connection-name-input"
          />
        </label>
        {isShopify && (
          <label className="field">
            <span>{t('shops.shopDomain')}</span>
            <input
              value={shopDomain}
              onChange={(event) => setShopDomain(event.target.value)}
              required
              placeholder="my-shop.myshopify.com"
              data-testid="shop-domain-input"
            />
          </label>
        )}
        <button
          type="submit"
          className="button button-primary"
          disabled={create.isPending || name.trim() === '' || (isShopify && shopDomain.trim() === '')}
          data-testid="create-connection-button"
        >
          {t('shops.create')}
        </button>
      </form>
      {create.error && <ErrorAlert error={create.error} />}
      {create.data && <NewConnection connection={create.data} onDone={() => create.reset()} />}
    </section>
  );
}
