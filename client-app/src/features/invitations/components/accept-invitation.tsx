import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/load-state';
import { NewPasswordField } from '@/components/new-password-field';
import { RoleLabel } from '@/components/role-label';
import { useFormat } from '@/hooks/use-format';
import { fieldErrors } from '@/lib/api/errors';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useInvitationPreview } from '../api/preview-invitation';
import type { InvitationPreview } from '../types';

const FIELDS = ['password'] as const;

interface AcceptInvitationProps {
  token: string;
  /** The account exists; its address, to sign in with. */
  onAccepted: (email: string) => void;
}

/** Who invites the visitor to which company, then the password that creates the account. */
export function AcceptInvitation({ token, onAccepted }: AcceptInvitationProps) {
  const preview = useInvitationPreview(token);
  if (preview.isPending) return <Loading />;
  if (preview.isError) return <ErrorAlert error={preview.error} />;
  return <AcceptInvitationForm token={token} invitation={preview.data} onAccepted={onAccepted} />;
}

function AcceptInvitationForm({ token, invitation, onAccepted }: AcceptInvitationProps & { invitation: InvitationPreview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const accept = useAcceptInvitation();

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    accept.mutate({ token, password }, { onSuccess: () => onAccepted(invitation.email) });
  };

  return (
    <>
      <dl className="facts">
        <dt>{t('invitation.company')}</dt>
        <dd data-testid="invitation-company">{invitation.tenantName}</dd>
        <dt>{t('invitation.email')}</dt>
        <dd data-testid="invitation-email">{invitation.email}</dd>
        <dt>{t('invitation.role')}</dt>
        <dd>
          <RoleLabel role={invitation.role} />
        </dd>
        <dt>{t('invitation.expires')}</dt>
        <dd>{format.dateTime(invitation.expiresAt)}</dd>
      </dl>
      <form className="login-form" onSubmit={handleSubmit}>
        <NewPasswordField name="password" errors={fieldErrors(accept.error, 'password')} testId="accept-password" />
        {accept.error && <ErrorAlert error={accept.error} fieldsShown={FIELDS} />}
        <button type="submit" className="button button-primary" disabled={accept.isPending} data-testid="accept-submit">
          {t('invitation.submit')}
        </button>
      </form>
    </>
  );
}
