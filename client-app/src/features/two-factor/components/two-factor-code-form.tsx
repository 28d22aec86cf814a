import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { TextField } from '@/components/text-field';
import { fieldErrors } from '@/lib/api/errors';

const FIELDS = ['code'] as const;

interface TwoFactorCodeFormProps {
  submitLabel: string;
  /** Names the code input "<prefix>-code" and the button "<prefix>-submit". */
  testIdPrefix: string;
  danger?: boolean;
  pending: boolean;
  error: Error | null;
  onSubmit: (code: string) => void;
}

/** The authenticator's current code, which proves the app holds the key: to turn two-factor sign-in on or off. */
export function TwoFactorCodeForm({ submitLabel, testIdPrefix, danger = false, pending, error, onSubmit }: TwoFactorCodeFormProps) {
  const { t } = useTranslation();

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(String(new FormData(event.currentTarget).get('code') ?? '').trim());
  };

  return (
    <>
      <form className="inline-form" onSubmit={handleSubmit}>
        <TextField
          label={t('twoFactor.code')}
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          spellCheck={false}
          required
          errors={fieldErrors(error, 'code')}
          data-testid={`${testIdPrefix}-code`}
        />
        <button
          type="submit"
          className={danger ? 'button button-danger' : 'button button-primary'}
          disabled={pending}
          data-testid={`${testIdPrefix}-submit`}
        >
          {submitLabel}
        </button>
      </form>
      {error && <ErrorAlert error={error} fieldsShown={FIELDS} />}
    </>
  );
}
