import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { antiforgery, bodiesSentTo, json, noContent, problem, requestsTo, stubApi } from '@/testing/fetch';
import { renderWithQueryClient } from '@/testing/render';
import type { InviteRequest, Member, PendingInvitation } from '../types';
import { MembersPage } from './members-page';

const owner: Member = { id: 'u1', email: 'owner@tea.test', role: 'TenantOwner', emailConfirmed: true, twoFactorEnabled: true };
const manager: Member = { id: 'u2', email: 'manager@tea.test', role: 'AccountManager', emailConfirmed: true, twoFactorEnabled: false };
const invitation = (id: string, email: string, expiresAt = '2030-01-01T00:00:00Z'): PendingInvitation => ({
  id,
  email,
  role: 'AccountManager',
  createdAt: '2025-06-01T10:00:00Z',
  expiresAt,
});

let members: Member[];
let invitations: PendingInvitation[];

beforeEach(() => {
  members = [owner, manager];
  invitations = [invitation('i1', 'late@tea.test', '2025-06-08T10:00:00Z')];
});

function stubServer() {
  return stubApi({
    'GET /api/v1/auth/antiforgery': antiforgery(),
    'GET /api/v1/members': () => json({ members, invitations }),
    'POST /api/v1/members/invitations': async (request) => {
      const { email } = (await request.json()) as InviteRequest;
      if (email.endsWith('@refused.test')) {
        return problem(400, 'One or more validation errors occurred.', { errors: { email: ['A valid email address is required.'] } });
      }
      invitations = [invitation('i2', email), ...invitations];
      return json(invitations[0], 201);
    },
    'DELETE /api/v1/members/invitations/i1': () => {
      invitations = invitations.filter((open) => open.id !== 'i1');
      return noContent();
    },
    'DELETE /api/v1/members/u2': () => {
      members = members.filter((member) => member.id !== 'u2');
      return noContent();
    },
  });
}

const memberRow = (email: string) => screen.getAllByTestId('member-row').find((tr) => tr.dataset.memberEmail === email);
const invitationEmails = () => screen.queryAllByTestId('invitation-row').map((tr) => tr.dataset.invitationEmail);

async function renderMembers() {
  const fetch = stubServer();
  renderWithQueryClient(<MembersPage />);
  await screen.findAllByTestId('member-row');
  return fetch;
}

async function invite(email: string) {
  await userEvent.type(screen.getByTestId('invite-email'), email);
  await userEvent.click(screen.getByTestId('invite-submit'));
}

describe('MembersPage', () => {
  it('lists the members with role and two-factor state, and the open invitations with their expiry', async () => {
    await renderMembers();

    expect(memberRow(owner.email)).toHaveTextContent('Owner');
    expect(within(memberRow(owner.email)!).getByTestId('two-factor-badge')).toHaveTextContent('Two-factor on');
    expect(within(memberRow(owner.email)!).queryByTestId('remove-member-button')).not.toBeInTheDocument();
    expect(memberRow(manager.email)).toHaveTextContent('Account manager');
    expect(within(memberRow(manager.email)!).getByTestId('two-factor-badge')).toHaveTextContent('Two-factor off');
    expect(invitationEmails()).toEqual(['late@tea.test']);
    expect(screen.getByTestId('invitation-row')).toHaveTextContent('Expired');
  });

  it('invites an account manager and lists the invitation', async () => {
    const fetch = await renderMembers();

    await invite('  new@tea.test ');

    expect(await screen.findByTestId('invite-done')).toHaveTextContent('Invitation sent to new@tea.test.');
    await waitFor(() => expect(invitationEmails()).toEqual(['new@tea.test', 'late@tea.test']));
    expect(screen.getByTestId('invite-email')).toHaveValue('');
    expect(await bodiesSentTo(fetch, 'POST /api/v1/members/invitations')).toEqual([{ email: 'new@tea.test' }]);
    expect(requestsTo(fetch, 'POST /api/v1/members/invitations')[0]?.headers.get('X-XSRF-TOKEN')).toBe('xsrf-1');
  });

  it('shows the server\'s reason when it refuses the address', async () => {
    await renderMembers();

    await invite('someone@refused.test');

    expect(await screen.findByRole('alert')).toHaveTextContent('Please correct the marked fields.');
    expect(screen.getByText('A valid email address is required.')).toBeInTheDocument();
    expect(screen.queryByTestId('invite-done')).not.toBeInTheDocument();
  });

  it('revokes an open invitation', async () => {
    await renderMembers();

    await userEvent.click(screen.getByTestId('revoke-invitation-button'));

    await waitFor(() => expect(invitationEmails()).toEqual([]));
    expect(screen.getByText('No open invitations.')).toBeInTheDocument();
  });

  it('removes a member only after confirmation', async () => {
    const fetch = await renderMembers();

    await userEvent.click(within(memberRow(manager.email)!).getByTestId('remove-member-button'));
    expect(screen.getByRole('dialog', { name: `Remove ${manager.email}?` })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(requestsTo(fetch, 'DELETE /api/v1/members/u2')).toHaveLength(0);

    await userEvent.click(within(memberRow(manager.email)!).getByTestId('remove-member-button'));
    await userEvent.click(screen.getByTestId('confirm-remove-button'));

    await waitFor(() => expect(memberRow(manager.email)).toBeUndefined());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(requestsTo(fetch, 'DELETE /api/v1/members/u2')).toHaveLength(1);
  });
});
