import { useTranslation } from 'react-i18next';
import { useResendConfirmation } from '../api/resend-confirmation';
import { EmailLinkForm } from './email-link-form';

/** Asks for a new confirmation link when the old one failed. */
export function ResendConfirmationForm() {
  const { t } = useTranslation();
  return (
    <EmailLinkForm
      request={useResendConfirmation()}
      submitLabel={t('account.resend')}
      doneMessage={(email) => t('account.resent', { email })}
      testId="resend"
    />
  );
}
