import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, requestsTo, stubApi } from '@/testing/fetch';
import { renderWithQueryClient } from '@/testing/render';
import type { QueuedMail } from '../types';
import { MailOutboxPage } from './mail-outbox-page';

const mail = (id: number, to: string, subject: string, more: Partial<QueuedMail> = {}): QueuedMail => ({
  id,
  queuedAt: '2025-06-01T10:00:00Z',
  tenantId: 't1',
  to,
  subject,
  body: `Hello ${to},\nopen https://app.test/confirm-email#userId=u${id}&code=c${id}`,
  deliveredAt: null,
  attempts: 0,
  lastError: null,
  ...more,
});

const mails = [
  mail(3, 'held@tea.test', 'Confirm your email address'),
  mail(2, 'sent@tea.test', 'Reset your password', { deliveredAt: '2025-06-01T10:00:05Z', attempts: 1 }),
  mail(1, 'bounced@tea.test', 'You are invited to Tea House', { attempts: 3, lastError: 'Mailbox unavailable' }),
];

function stubServer() {
  return stubApi({
    'GET /api/v1/admin/mail': (request) => {
      const search = new URL(request.url).searchParams.get('search') ?? '';
      return json(mails.filter((m) => m.to.includes(search) || m.subject.includes(search)));
    },
  });
}

const row = (to: string) => screen.getAllByTestId('mail-row').find((tr) => tr.dataset.mailTo === to)!;

describe('MailOutboxPage', () => {
  it('shows each mail as delivered, held or failed', async () => {
    stubServer();
    renderWithQueryClient(<MailOutboxPage />);
    await screen.findAllByTestId('mail-row');

    expect(within(row('sent@tea.test')).getByTestId('mail-status')).toHaveTextContent('Delivered');
    expect(within(row('held@tea.test')).getByTestId('mail-status')).toHaveTextContent('Held');
    const failed = within(row('bounced@tea.test')).getByTestId('mail-status');
    expect(failed).toHaveTextContent('Failed');
    expect(failed).toHaveAttribute('title', 'Mailbox unavailable');
    expect(row('bounced@tea.test')).toHaveTextContent('3');
  });

  it('opens a mail body under its subject', async () => {
    stubServer();
    renderWithQueryClient(<MailOutboxPage />);
    await screen.findAllByTestId('mail-row');
    const details = within(row('held@tea.test')).getByRole('group');
    expect(details).not.toHaveAttribute('open');

    await userEvent.click(within(row('held@tea.test')).getByText('Confirm your email address'));

    expect(details).toHaveAttribute('open');
    expect(within(details).getByTestId('mail-body')).toHaveTextContent('#userId=u3&code=c3');
  });

  it('searches by recipient or subject once the admin stops typing', async () => {
    const fetch = stubServer();
    renderWithQueryClient(<MailOutboxPage />);
    await screen.findAllByTestId('mail-row');

    await userEvent.type(screen.getByTestId('mail-search'), 'Reset');

    await waitFor(() => expect(screen.getAllByTestId('mail-row')).toHaveLength(1));
    expect(screen.getByTestId('mail-row')).toHaveTextContent('sent@tea.test');
    const searches = requestsTo(fetch, 'GET /api/v1/admin/mail').map((r) => new URL(r.url).searchParams.get('search'));
    expect(searches).toEqual([null, 'Reset']);
  });
});
