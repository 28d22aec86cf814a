import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function BackToLoginLink() {
  const { t } = useTranslation();
  return <Link to="/login">{t('account.backToSignIn')}</Link>;
}
