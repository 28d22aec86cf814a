import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorAlert } from '@/components/error-alert';
import { fieldErrors } from '@/lib/api/errors';
import { useEraseCustomer } from '../api/erase-customer';
import { useExportCustomer } from '../api/export-customer';
import { Panel } from './panel';

/** The owner's GDPR actions: download everything held about the customer, or erase it. */
export function PrivacyPanel({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const exported = useExportCustomer();
  const [erasing, setErasing] = useState(false);
  return (
    <Panel title={t('customers.privacy.title')} testId="privacy-panel">
      <p className="muted">{t('customers.privacy.intro')}</p>
      <div className="dialog-actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={exported.isPending}
          onClick={() => exported.mutate(customerId)}
          data-testid="export-button"
        >
          {t('customers.privacy.export')}
        </button>
        <button type="button" className="button button-danger" onClick={() => setErasing(true)} data-testid="erase-button">
          {t('customers.privacy.erase')}
        </button>
      </div>
      {exported.error && <ErrorAlert error={exported.error} />}
      {erasing && <EraseDialog customerId={customerId} onClose={() => setErasing(false)} />}
    </Panel>
  );
}

/** Erasing cannot be undone, so the owner types the customer's id again and says why. */
function EraseDialog({ customerId, onClose }: { customerId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const erase = useEraseCustomer();
  const [typedId, setTypedId] = useState('');
  const [reason, setReason] = useState('');
  const reasonErrors = fieldErrors(erase.error, 'reason');
  return (
    <ConfirmDialog
      title={t('customers.privacy.eraseTitle', { id: customerId })}
      confirmLabel={t('customers.privacy.eraseConfirm')}
      confirmTestId="confirm-erase-button"
      canConfirm={typedId === customerId && reason.trim() !== ''}
      pending={erase.isPending}
      error={reasonErrors ? null : erase.error}
      onConfirm={() => erase.mutate({ customerId, reason: reason.trim() }, { onSuccess: () => void navigate('/customers') })}
      onCancel={onClose}
    >
      <p>{t('customers.privacy.eraseBody')}</p>
      <label className="field">
        <span>{t('customers.privacy.typeId', { id: customerId })}</span>
        <input
          value={typedId}
          onChange={(event) => setTypedId(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          data-testid="confirm-id-input"
        />
      </label>
      <label className="field">
        <span>{t('customers.privacy.reason')}</span>
        <textarea value={reason} onChange={(event) => setReason(event.target.value)} maxLength={500} data-testid="erase-reason" />
        {reasonErrors && <span className="field-error">{reasonErrors.join(' ')}</span>}
      </label>
    </ConfirmDialog>
  );
}
