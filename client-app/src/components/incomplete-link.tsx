import { useTranslation } from 'react-i18next';

/** A mailed link that reached the page without its secrets, e.g. cut short by a mail program. */
export function IncompleteLink() {
  const { t } = useTranslation();
  return (
    <p className="form-error" role="alert" data-testid="incomplete-link">
      {t('account.incompleteLink')}
    </p>
  );
}
