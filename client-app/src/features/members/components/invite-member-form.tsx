import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { TextField } from '@/components/text-field';
import { fieldErrors } from '@/lib/api/errors';
import { useInviteMember } from '../api/invite-member';

const FIELDS = ['email'] as const;

export function InviteMemberForm() {
  const { t } = useTranslation();
  const titleId = useId();
  const invite = useInviteMember();
  const [email, setEmail] = useState('');

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate({ email: email.trim() }, { onSuccess: () => setEmail('') });
  };

  return (
    <section className="card" aria-labelledby={titleId}>
      <header className="card-header">
        <h2 id={titleId}>{t('members.inviteTitle')}</h2>
      </header>
      <form className="inline-form" onSubmit={handleSubmit}>
        <TextField
          label={t('members.inviteEmail')}
          hint={t('members.inviteHint')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          required
          errors={fieldErrors(invite.error, 'email')}
          data-testid="invite-email"
        />
        <button
          type="submit"
          className="button button-primary"
          disabled={invite.isPending || email.trim() === ''}
          data-testid="invite-submit"
        >
          {t('members.invite')}
        </button>
      </form>
      {invite.error && <ErrorAlert error={invite.error} fieldsShown={FIELDS} />}
      {invite.data && (
        <p className="form-notice" role="status" data-testid="invite-done">
          {t('members.invited', { email: invite.data.email })}
        </p>
      )}
    </section>
  );
}
