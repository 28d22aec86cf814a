import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { TextField } from '@/components/text-field';
import { useFormat } from '@/hooks/use-format';
import { fieldErrors } from '@/lib/api/errors';
import { TENANT_NAME_MAX_LENGTH } from '@/lib/limits';
import { useCreateTenant } from '../api/create-tenant';

const FIELDS = ['name', 'ownerEmail'] as const;

export function CreateTenantForm() {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const create = useCreateTenant();

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = new FormData(form);
    create.mutate(
      { name: String(fields.get('name') ?? '').trim(), ownerEmail: String(fields.get('ownerEmail') ?? '').trim() },
      { onSuccess: () => form.reset() },
    );
  };

  return (
    <section className="card" aria-labelledby={titleId}>
      <header className="card-header">
        <h2 id={titleId}>{t('tenants.createTitle')}</h2>
      </header>
      <form className="inline-form" onSubmit={handleSubmit}>
        <TextField
          label={t('tenants.createName')}
          name="name"
          autoComplete="off"
          maxLength={TENANT_NAME_MAX_LENGTH}
          required
          errors={fieldErrors(create.error, 'name')}
          data-testid="create-tenant-name"
        />
        <TextField
          label={t('tenants.createOwner')}
          hint={t('tenants.createOwnerHint')}
          name="ownerEmail"
          type="email"
          autoComplete="off"
          required
          errors={fieldErrors(create.error, 'ownerEmail')}
          data-testid="create-tenant-owner"
        />
        <button type="submit" className="button button-primary" disabled={create.isPending} data-testid="create-tenant-submit">
          {t('tenants.create')}
        </button>
      </form>
      {create.error && <ErrorAlert error={create.error} fieldsShown={FIELDS} />}
      {create.data && (
        <p className="form-notice" role="status" data-testid="create-tenant-done">
          {t('tenants.created', {
            name: create.data.name,
            email: create.variables.ownerEmail,
            expires: format.dateTime(create.data.ownerInvitationExpiresAt),
          })}
        </p>
      )}
    </section>
  );
}
