import { useTranslation } from 'react-i18next';
import { useResendConfirmation } from '../api/resend-confirmation';

/** "Mail me the link again", for an address the visitor has already typed. */
export function ResendConfirmationButton({ email }: { email: string }) {
  const { t } = useTranslation();
  const resend = useResendConfirmation();
  if (resend.isSuccess) return <p role="status">{t('account.resent', { email })}</p>;
  return (
    <>
      <button
        type="button"
        className="link-button"
        disabled={resend.isPending}
        onClick={() => resend.mutate({ email })}
        data-testid="resend-confirmation-button"
      >
        {t('account.resend')}
      </button>
      {resend.isError && <p>{t('errors.generic')}</p>}
    </>
  );
}
