import { useTranslation } from 'react-i18next';
import { useForgotPassword } from '../api/forgot-password';
import { EmailLinkForm } from './email-link-form';

export function ForgotPasswordForm() {
  const { t } = useTranslation();
  return (
    <EmailLinkForm
      request={useForgotPassword()}
      submitLabel={t('forgotPassword.submit')}
      doneMessage={(email) => t('forgotPassword.done', { email })}
      testId="forgot"
      primary
    />
  );
}
