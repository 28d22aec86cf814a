import { useTranslation } from 'react-i18next';

interface PagerProps {
  /** 1-based. */
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
}

export function Pager({ page, pageCount, onPageChange }: PagerProps) {
  const { t } = useTranslation();
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <button
        type="button"
        className="button button-secondary"
        disabled={page <= 1}
        onClick={() => onPageChange(page - 1)}
        data-testid="previous-page-button"
      >
        {t('pager.previous')}
      </button>
      <span className="muted" data-testid="page-status">
        {t('pager.status', { page, pageCount })}
      </span>
      <button
        type="button"
        className="button button-secondary"
        disabled={page >= pageCount}
        onClick={() => onPageChange(page + 1)}
        data-testid="next-page-button"
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}
