import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { TextField } from '@/components/text-field';
import { fieldErrors } from '@/lib/api/errors';
import { useHandleAlert } from '../api/handle-alert';
import type { ChurnAlert } from '../types';

/** The server refuses longer notes. */
const NOTE_MAX_LENGTH = 2000;
const FIELDS = ['note', 'followUpOn', 'snoozeUntil'] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

/** This time tomorrow, as a datetime-local input writes it (the browser's local time, to the minute). */
function tomorrowLocal(): string {
  const tomorrow = new Date(Date.now() + DAY_MS);
  return new Date(tomorrow.getTime() - tomorrow.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

interface HandleAlertFormProps {
  alert: ChurnAlert;
  /** Snoozing asks until when; resolving asks what was done and when to follow up. */
  handling: 'snooze' | 'resolve';
  onDone: () => void;
}

export function HandleAlertForm({ alert, handling, onDone }: HandleAlertFormProps) {
  const { t } = useTranslation();
  const handle = useHandleAlert();
  const [note, setNote] = useState('');
  const [followUpOn, setFollowUpOn] = useState('');
  const [snoozeUntil, setSnoozeUntil] = useState(tomorrowLocal);
  const resolving = handling === 'resolve';
  const complete = resolving ? note.trim() !== '' : snoozeUntil !== '';

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    handle.mutate(
      {
        id: alert.id,
        handling,
        action: {
          note: note.trim() || null,
          followUpOn: resolving && followUpOn !== '' ? followUpOn : null,
          snoozeUntil: resolving ? null : new Date(snoozeUntil).toISOString(),
        },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form className="handle-alert-form" onSubmit={handleSubmit} data-testid={`${handling}-form`}>
      {!resolving && (
        <TextField
          label={t('alerts.form.snoozeUntil')}
          type="datetime-local"
          value={snoozeUntil}
          onChange={(event) => setSnoozeUntil(event.target.value)}
          required
          errors={fieldErrors(handle.error, 'snoozeUntil')}
          data-testid="snooze-until"
        />
      )}
      <TextField
        label={t(resolving ? 'alerts.form.note' : 'alerts.form.optionalNote')}
        hint={resolving ? t('alerts.form.noteHint') : undefined}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        maxLength={NOTE_MAX_LENGTH}
        required={resolving}
        errors={fieldErrors(handle.error, 'note')}
        data-testid="alert-note"
      />
      {resolving && (
        <TextField
          label={t('alerts.form.followUpOn')}
          type="date"
          value={followUpOn}
          onChange={(event) => setFollowUpOn(event.target.value)}
          errors={fieldErrors(handle.error, 'followUpOn')}
          data-testid="follow-up-on"
        />
      )}
      <div className="row-actions">
        <button type="submit" className="button button-primary" disabled={!complete || handle.isPending} data-testid={`confirm-${handling}`}>
          {t(`alerts.actions.${handling}`)}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
      {handle.error && <ErrorAlert error={handle.error} fieldsShown={FIELDS} />}
    </form>
  );
}
