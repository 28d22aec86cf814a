import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotAllowed() {
  const { t } = useTranslation();
  return (
    <section className="not-allowed" role="alert" data-testid="not-allowed">
      <h1>{t('access.deniedTitle')}</h1>
      <p className="muted">{t('access.deniedBody')}</p>
      <Link to="/">{t('access.home')}</Link>
    </section>
  );
}
