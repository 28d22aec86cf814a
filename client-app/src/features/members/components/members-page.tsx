import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { LoadError, Loading } from '@/components/load-state';
import { useMembers } from '../api/get-members';
import { useRevokeInvitation } from '../api/revoke-invitation';
import type { Member, PendingInvitation } from '../types';
import { InvitationTable } from './invitation-table';
import { InviteMemberForm } from './invite-member-form';
import { MemberTable } from './member-table';
import { RemoveMemberDialog } from './remove-member-dialog';

export function MembersPage() {
  const { t } = useTranslation();
  const membersTitleId = useId();
  const invitationsTitleId = useId();
  const members = useMembers();
  const revoke = useRevokeInvitation();
  const [removing, setRemoving] = useState<Member | null>(null);

  const { mutate: revokeInvitation } = revoke;
  const onRevoke = useCallback((invitation: PendingInvitation) => revokeInvitation(invitation.id), [revokeInvitation]);
  const loadState = members.isError ? <LoadError onRetry={() => void members.refetch()} /> : <Loading />;

  return (
    <div className="page">
      <div className="page-heading">
        <h1>{t('members.title')}</h1>
        <p className="muted">{t('members.intro')}</p>
      </div>
      <InviteMemberForm />
      <section className="card" aria-labelledby={membersTitleId}>
        <header className="card-header">
          <h2 id={membersTitleId}>{t('members.listTitle')}</h2>
        </header>
        {members.data ? <MemberTable members={members.data.members} onRemove={setRemoving} /> : loadState}
      </section>
      <section className="card" aria-labelledby={invitationsTitleId}>
        <header className="card-header">
          <h2 id={invitationsTitleId}>{t('members.invitationsTitle')}</h2>
        </header>
        {revoke.error && <ErrorAlert error={revoke.error} />}
        {members.data ? (
          <InvitationTable
            invitations={members.data.invitations}
            onRevoke={onRevoke}
            revokingId={revoke.isPending ? revoke.variables : undefined}
          />
        ) : (
          loadState
        )}
      </section>
      {removing && <RemoveMemberDialog member={removing} onClose={() => setRemoving(null)} />}
    </div>
  );
}
