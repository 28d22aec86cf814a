import { useTranslation } from 'react-i18next';
import { TextField } from './text-field';

/** The server's shortest password (Identity's RequiredLength); it checks the rest. */
const MIN_PASSWORD_LENGTH = 10;

interface NewPasswordFieldProps {
  name: string;
  errors: string[] | undefined;
  testId: string;
}

/** A password being chosen: sign-up, reset, accepting an invitation. */
export function NewPasswordField({ name, errors, testId }: NewPasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('account.newPassword')}
      hint={t('account.newPasswordHint', { min: MIN_PASSWORD_LENGTH })}
      errors={errors}
      name={name}
      type="password"
      autoComplete="new-password"
      minLength={MIN_PASSWORD_LENGTH}
      required
      data-testid={testId}
    />
  );
}
