import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useFormat } from '@/hooks/use-format';
import { ApiError } from '@/lib/api/errors';
import type { RulePreview } from '../types';

/** The live count of a rule being edited, and its biggest customers. */
export function RulePreviewPanel({ preview }: { preview: UseQueryResult<RulePreview> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refused = preview.error instanceof ApiError && preview.error.status === 400;
  return (
    <div className="rule-preview" aria-live="polite" data-testid="rule-preview">
      <h3>{t('customSegments.preview.title')}</h3>
      {refused ? (
        <p className="muted" data-testid="preview-invalid">
          {t('customSegments.preview.invalid')}
        </p>
      ) : preview.error ? (
        <ErrorAlert error={preview.error} />
      ) : preview.data ? (
        <>
          <p className="rule-preview-count" data-testid="preview-count" aria-busy={preview.isFetching}>
            {t('customSegments.preview.count', { count: Number(preview.data.count) })}
          </p>
          {preview.data.sample.length > 0 && (
            <>
              <p className="muted">{t('customSegments.preview.sample')}</p>
              <ul className="rule-preview-sample">
                {preview.data.sample.map((customer) => (
                  <li key={customer.customerId} data-testid="preview-customer">
                    <span>{customer.name ?? customer.customerId}</span>
                    <span className="muted">{format.money(customer.revenue)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p className="muted">{t('customSegments.preview.pending')}</p>
      )}
    </div>
  );
}
