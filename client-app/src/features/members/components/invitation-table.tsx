import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/badge';
import { DataTable, type Column } from '@/components/data-table';
import { RoleLabel } from '@/components/role-label';
import { useFormat } from '@/hooks/use-format';
import type { PendingInvitation } from '../types';

interface InvitationTableProps {
  invitations: PendingInvitation[];
  onRevoke: (invitation: PendingInvitation) => void;
  /** The invitation whose revocation is on its way, if any. */
  revokingId: string | undefined;
}

export function InvitationTable({ invitations, onRevoke, revokingId }: InvitationTableProps) {
  const { t } = useTranslation();
  const format = useFormat();

  const columns = useMemo<Column<PendingInvitation>[]>(
    () => [
      { id: 'email', header: t('members.columns.email'), cell: (invitation) => <strong>{invitation.email}</strong> },
      { id: 'role', header: t('members.columns.role'), cell: (invitation) => <RoleLabel role={invitation.role} /> },
      { id: 'sent', header: t('members.columns.sent'), cell: (invitation) => format.dateTime(invitation.createdAt) },
      {
        id: 'expires',
        header: t('members.columns.expires'),
        cell: (invitation) =>
          new Date(invitation.expiresAt) <= new Date() ? (
            <Badge tone="warn" title={format.dateTime(invitation.expiresAt)}>
              {t('members.expired')}
            </Badge>
          ) : (
            format.dateTime(invitation.expiresAt)
          ),
      },
      {
        id: 'actions',
        header: t('common.actions'),
        cell: (invitation) => (
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={revokingId === invitation.id}
            onClick={() => onRevoke(invitation)}
            data-testid="revoke-invitation-button"
          >
            {t('members.revokeInvitation')}
          </button>
        ),
      },
    ],
    [t, format, onRevoke, revokingId],
  );

  return (
    <DataTable
      label={t('members.invitationsLabel')}
      columns={columns}
      rows={invitations}
      rowKey={(invitation) => invitation.id}
      rowAttributes={(invitation) => ({ 'data-testid': 'invitation-row', 'data-invitation-email': invitation.email })}
      empty={t('members.noInvitations')}
    />
  );
}
