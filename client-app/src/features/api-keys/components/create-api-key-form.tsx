import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useCreateApiKey } from '../api/create-api-key';
import { MAX_KEY_NAME_LENGTH } from '../types';
import { NewApiKey } from './new-api-key';

export function CreateApiKeyForm() {
  const { t } = useTranslation();
  const titleId = useId();
  const hintId = useId();
  const create = useCreateApiKey();
  const [name, setName] = useState('');

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name: name.trim() }, { onSuccess: () => setName('') });
  };

  return (
    <section className="card" aria-labelledby={titleId}>
      <header className="card-header">
        <h2 id={titleId}>{t('apiKeys.createTitle')}</h2>
      </header>
      <form className="inline-form" onSubmit={handleSubmit}>
        <label className="field">
          <span>{t('apiKeys.name')}</span>
          <input
            value={name}
            onChange={(event) => setName(event.target.value)}
            required
            maxLength={MAX_KEY_NAME_LENGTH}
            placeholder={t('apiKeys.namePlaceholder')}
            aria-describedby={hintId}
            data-testid="key-name-input"
          />
          <span id={hintId} className="field-hint muted">
            {t('apiKeys.nameHint', { max: MAX_KEY_NAME_LENGTH })}
          </span>
        </label>
        <button
          type="submit"
          className="button button-primary"
          disabled={create.isPending || name.trim() === ''}
          data-testid="create-key-button"
        >
          {t('apiKeys.create')}
        </button>
      </form>
      {create.error && <ErrorAlert error={create.error} />}
      {create.data && <NewApiKey apiKey={create.data} onDone={() => create.reset()} />}
    </section>
  );
}
