import { useTranslation } from 'react-i18next';

interface OffsetPagerProps {
  /** 1-based. */
  page: number;
  canPrevious: boolean;
  canNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** Previous and next, for a list whose length the server does not count. */
export function OffsetPager({ page, canPrevious, canNext, onPrevious, onNext }: OffsetPagerProps) {
  const { t } = useTranslation();
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <button type="button" className="button button-secondary" disabled={!canPrevious} onClick={onPrevious} data-testid="previous-page-button">
        {t('pager.previous')}
      </button>
      <span className="muted" data-testid="page-status">
        {t('customers.page', { page })}
      </span>
      <button type="button" className="button button-secondary" disabled={!canNext} onClick={onNext} data-testid="next-page-button">
        {t('pager.next')}
      </button>
    </nav>
  );
}
