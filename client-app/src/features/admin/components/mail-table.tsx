import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '@/components/data-table';
import { useFormat } from '@/hooks/use-format';
import type { QueuedMail } from '../types';
import { MailStatusBadge } from './mail-status-badge';

export function MailTable({ mails }: { mails: QueuedMail[] }) {
  const { t } = useTranslation();
  const format = useFormat();

  const columns = useMemo<Column<QueuedMail>[]>(
    () => [
      { id: 'time', header: t('mail.columns.time'), cell: (mail) => format.dateTime(mail.queuedAt) },
      { id: 'to', header: t('mail.columns.to'), cell: (mail) => mail.to },
      {
        id: 'subject',
        header: t('mail.columns.subject'),
        // The body opens under the subject.
        cell: (mail) => (
          <details className="mail-details">
            <summary>{mail.subject}</summary>
            <pre className="mail-body" data-testid="mail-body">
              {mail.body}
            </pre>
          </details>
        ),
      },
      {
        id: 'status',
        header: t('mail.columns.status'),
        cell: (mail) => <MailStatusBadge mail={mail} />,
      },
      { id: 'attempts', header: t('mail.columns.attempts'), numeric: true, cell: (mail) => format.number(mail.attempts) },
    ],
    [t, format],
  );

  return (
    <DataTable
      label={t('mail.tableLabel')}
      columns={columns}
      rows={mails}
      rowKey={(mail) => String(mail.id)}
      rowAttributes={(mail) => ({ 'data-testid': 'mail-row', 'data-mail-to': mail.to })}
      empty={t('mail.empty')}
    />
  );
}
