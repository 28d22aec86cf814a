import { useTranslation } from 'react-i18next';
import { useLogout } from '../api/logout';

export function SignOutButton() {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <button
      type="button"
      className="button button-secondary"
      disabled={logout.isPending}
      onClick={() => logout.mutate()}
    >
      {t('auth.signOut')}
    </button>
  );
}
