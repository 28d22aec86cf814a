import { useTranslation } from 'react-i18next';
import { IncompleteLink } from '@/components/incomplete-link';
import { PublicPage } from '@/components/public-page';
import { AcceptInvitation } from '@/features/invitations/components/accept-invitation';
import { useFragmentParams } from '@/hooks/use-fragment-params';
import { BackToLoginLink } from './back-to-login-link';
import { useGoToLogin } from './login-state';

/** Opened from the invitation mail: /accept-invitation#token=… */
export function AcceptInvitationRoute() {
  const { t } = useTranslation();
  const token = useFragmentParams().get('token');
  const goToLogin = useGoToLogin();
  return (
    <PublicPage title={t('invitation.title')} subtitle={t('invitation.subtitle')} links={<BackToLoginLink />}>
      {token ? (
        <AcceptInvitation token={token} onAccepted={(email) => goToLogin({ notice: 'invitationAccepted', email })} />
      ) : (
        <IncompleteLink />
      )}
    </PublicPage>
  );
}
