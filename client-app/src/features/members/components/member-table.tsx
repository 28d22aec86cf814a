import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/badge';
import { DataTable, type Column } from '@/components/data-table';
import { RoleLabel } from '@/components/role-label';
import { OWNER_ROLE, type Member } from '../types';

export function MemberTable({ members, onRemove }: { members: Member[]; onRemove: (member: Member) => void }) {
  const { t } = useTranslation();

  const columns = useMemo<Column<Member>[]>(
    () => [
      { id: 'email', header: t('members.columns.email'), cell: (member) => <strong>{member.email}</strong> },
      { id: 'role', header: t('members.columns.role'), cell: (member) => <RoleLabel role={member.role} /> },
      {
        id: 'security',
        header: t('members.columns.security'),
        cell: (member) => (
          <div className="row-actions">
            {!member.emailConfirmed && <Badge tone="warn">{t('members.unconfirmed')}</Badge>}
            <Badge tone={member.twoFactorEnabled ? 'ok' : 'muted'} data-testid="two-factor-badge">
              {t(member.twoFactorEnabled ? 'members.twoFactorOn' : 'members.twoFactorOff')}
            </Badge>
          </div>
        ),
      },
      {
        id: 'actions',
        header: t('common.actions'),
        cell: (member) =>
          member.role !== OWNER_ROLE && (
            <button
              type="button"
              className="button button-danger-quiet button-small"
              onClick={() => onRemove(member)}
              data-testid="remove-member-button"
            >
              {t('members.remove')}
            </button>
          ),
      },
    ],
    [t, onRemove],
  );

  return (
    <DataTable
      label={t('members.tableLabel')}
      columns={columns}
      rows={members}
      rowKey={(member) => member.id}
      rowAttributes={(member) => ({ 'data-testid': 'member-row', 'data-member-email': member.email })}
      empty={t('members.empty')}
    />
  );
}
