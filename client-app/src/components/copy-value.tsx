import { useTranslation } from 'react-i18next';
import { useCopy } from '@/hooks/use-copy';

/** A labelled value to paste elsewhere, with its copy button. */
export function CopyValue({ label, value, testId }: { label: string; value: string; testId: string }) {
  const { t } = useTranslation();
  const [copy, copyValue] = useCopy(value);
  return (
    <div className="copy-value">
      <span className="copy-value-label">{label}</span>
      <div className="new-key-value-row">
        <code className="new-key-value" data-testid={testId}>
          {value}
        </code>
        <button type="button" className="button button-secondary" onClick={() => void copyValue()} data-testid={`copy-${testId}`}>
          {copy === 'copied' ? t('common.copied') : t('common.copy')}
        </button>
      </div>
      {copy === 'failed' && <p className="field-hint">{t('common.copyFailed')}</p>}
    </div>
  );
}
