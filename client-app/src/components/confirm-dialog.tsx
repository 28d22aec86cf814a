import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert';

interface ConfirmDialogProps {
  title: string;
  /** What will happen, and any extra confirmation field. */
  children: ReactNode;
  confirmLabel: string;
  confirmTestId: string;
  /** False keeps the confirm button disabled, e.g. until a name is typed again. */
  canConfirm?: boolean;
  pending: boolean;
  error: Error | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal confirmation of a destructive action; Escape or Cancel closes it. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  confirmTestId,
  canConfirm = true,
  pending,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLFormElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [opener] = useState(() => document.activeElement);

  // The confirmation field if there is one, else Cancel: never the destructive button.
  useEffect(() => {
    (dialog.current?.querySelector('input') ?? cancel.current)?.focus();
    return () => {
      if (opener instanceof HTMLElement) opener.focus();
    };
  }, [opener]);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (canConfirm && !pending) onConfirm();
  };

  return (
    <div className="dialog-backdrop">
      <form
        ref={dialog}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onSubmit={handleSubmit}
        onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        {error && <ErrorAlert error={error} />}
        <div className="dialog-actions">
          <button ref={cancel} type="button" className="button button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button button-danger"
            disabled={!canConfirm || pending}
            data-testid={confirmTestId}
          >
            {confirmLabel}
          </button>
        </div>
      </form>
    </div>
  );
}
