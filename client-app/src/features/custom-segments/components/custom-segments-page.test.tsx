import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { antiforgery, bodiesSentTo, json, problem, stubApi } from '@/testing/fetch';
import { latestHub } from '@/testing/fake-hub';
import { renderWithQueryClient } from '@/testing/render';
import type { CustomSegmentInput, CustomSegmentSummary, Rule, SegmentField } from '../types';
import { CustomSegmentsPage } from './custom-segments-page';

vi.mock('@/lib/live/connection', () => import('@/testing/fake-hub'));

const fields: SegmentField[] = [
  { name: 'recencyDays', kind: 'Number', description: 'Days since the last order.', growsDaily: true },
  { name: 'orders', kind: 'Number', description: 'Number of orders.' },
  { name: 'city', kind: 'Text', description: 'City.' },
  { name: 'lifecycleStage', kind: 'Enum', description: 'Stage.', allowedValues: ['New', 'Active', 'Lapsed'] },
];

let segments: CustomSegmentSummary[];

beforeEach(() => {
  segments = [{ id: 7, name: 'Tea lovers', description: 'Bought tea lately', members: 12, updatedAt: '2026-11-20T10:00:00Z' }];
});

/** The preview counts one customer per node of the rule, so a count shows which rule was asked about. */
const nodes = (rule: Rule): number =>
  1 + ('rules' in rule ? rule.rules.reduce((sum, child) => sum + nodes(child), 0) : 'rule' in rule ? nodes(rule.rule) : 0);

function stubServer(save: (input: CustomSegmentInput) => Response = (input) => json({ id: 8, ...input, members: 3, createdAt: '', updatedAt: '' }, 201)) {
  return stubApi({
    'GET /api/v1/auth/antiforgery': antiforgery(),
    'GET /api/v1/segments/custom': () => json({ sequence: 1, items: segments }),
    'GET /api/v1/segments/custom/fields': () => json(fields),
    'GET /api/v1/segments/custom/7': () =>
      json({
        id: 7,
        name: 'Tea lovers',
        description: 'Bought tea lately',
        rule: { type: 'all', rules: [{ type: 'boughtCategory', category: 'tea', withinDays: 30 }] },
        members: 12,
        createdAt: '2026-11-20T10:00:00Z',
        updatedAt: '2026-11-20T10:00:00Z',
      }),
    'POST /api/v1/segments/custom/preview': async (request) => {
      const { rule } = (await request.json()) as { rule: Rule };
      return json({ count: nodes(rule), sample: [{ customerId: 'c-1', name: 'Ann Lee', email: null, segment: 'Loyal', orders: 3, revenue: 120, lastOrderAt: null, since: null }] });
    },
    'POST /api/v1/segments/custom': async (request) => save((await request.json()) as CustomSegmentInput),
  });
}

const nodeRows = () => screen.getAllByTestId('rule-node');

async function openNewSegment() {
  await userEvent.click(await screen.findByTestId('segment-new'));
  return screen.findByTestId('segment-editor');
}

describe('CustomSegmentsPage', () => {
  it('lists the segments with their member counts', async () => {
    stubServer();
    renderWithQueryClient(<CustomSegmentsPage canEdit={false} />);

    const row = await screen.findByTestId('segment-row');
    expect(row).toHaveTextContent('Tea lovers');
    expect(row).toHaveTextContent('12');
    expect(screen.queryByTestId('segment-new')).not.toBeInTheDocument();
  });

  it('turns the rule built in the form into the rule JSON it saves', async () => {
    const fetch = stubServer();
    renderWithQueryClient(<CustomSegmentsPage canEdit />);
    await openNewSegment();

    await userEvent.type(screen.getByTestId('segment-name'), 'Lapsed outside Hangzhou');
    const [first] = within(nodeRows()[1]!).getAllByTestId('condition-field');
    await userEvent.selectOptions(first!, 'recencyDays');
    await userEvent.selectOptions(within(nodeRows()[1]!).getByTestId('condition-operator'), 'gt');
    await userEvent.type(within(nodeRows()[1]!).getByTestId('condition-value'), '90');
    await userEvent.click(screen.getByTestId('add-group'));
    const group = nodeRows()[2]!;
    await userEvent.click(within(group).getAllByTestId('node-not')[0]!);
    await userEvent.selectOptions(within(group).getByTestId('condition-field'), 'city');
    await userEvent.selectOptions(within(group).getByTestId('condition-operator'), 'in');
    await userEvent.type(within(group).getByTestId('condition-value'), 'Hangzhou, Ningbo');
    // The root group's buttons come after those of the group inside it.
    await userEvent.click(screen.getAllByTestId('add-bought').at(-1)!);
    await userEvent.type(screen.getByTestId('bought-category'), 'tea');
    await userEvent.clear(screen.getByTestId('bought-days'));
    await userEvent.type(screen.getByTestId('bought-days'), '14');
    await userEvent.click(screen.getByTestId('segment-save'));

    expect(await screen.findByTestId('segment-saved')).toHaveTextContent('Saved “Lapsed outside Hangzhou”: 3 customers are in it now.');
    expect(await bodiesSentTo(fetch, 'POST /api/v1/segments/custom')).toEqual([
      {
        name: 'Lapsed outside Hangzhou',
        description: null,
        rule: {
          type: 'all',
          rules: [
            { type: 'compare', field: 'recencyDays', op: 'gt', value: 90 },
            { type: 'not', rule: { type: 'any', rules: [{ type: 'in', field: 'city', values: ['Hangzhou', 'Ningbo'] }] } },
            { type: 'boughtCategory', category: 'tea', withinDays: 14 },
          ],
        },
      },
    ]);
  });

  it('shows the server\'s message beside the condition it is about', async () => {
    stubServer(() =>
      problem(400, 'The segment is not valid', {
        errors: { 'rule.rules[0].value': ['orders takes a number, not \'\''], name: ['Another segment is already called \'Tea lovers\'.'] },
      }),
    );
    renderWithQueryClient(<CustomSegmentsPage canEdit />);
    await openNewSegment();

    await userEvent.type(screen.getByTestId('segment-name'), 'Tea lovers');
    await userEvent.click(screen.getByTestId('segment-save'));

    expect(await within(nodeRows()[1]!).findByTestId('node-errors')).toHaveTextContent("orders takes a number, not ''");
    expect(screen.getByText("Another segment is already called 'Tea lovers'.")).toBeInTheDocument();
    expect(screen.getAllByTestId('node-errors')).toHaveLength(1);
  });

  it('previews how many customers the rule takes as it changes, before anything is saved', async () => {
    const fetch = stubServer();
    renderWithQueryClient(<CustomSegmentsPage canEdit />);
    await openNewSegment();

    expect(await screen.findByTestId('preview-count')).toHaveTextContent('2 customers');
    expect(screen.getByTestId('preview-customer')).toHaveTextContent('Ann Lee');
    await userEvent.click(screen.getByTestId('add-bought'));

    await waitFor(() => expect(screen.getByTestId('preview-count')).toHaveTextContent('3 customers'));
    const previews = await bodiesSentTo(fetch, 'POST /api/v1/segments/custom/preview');
    expect(previews.at(-1)).toEqual({
      rule: {
        type: 'all',
        rules: [
          { type: 'compare', field: 'recencyDays', op: 'lt', value: '' },
          { type: 'boughtCategory', category: '', withinDays: 30 },
        ],
      },
    });
    expect(await bodiesSentTo(fetch, 'POST /api/v1/segments/custom')).toEqual([]);
  });

  it('opens a saved segment with its rule, read-only for a member who is not the owner', async () => {
    stubServer();
    renderWithQueryClient(<CustomSegmentsPage canEdit={false} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Tea lovers' }));

    expect(await screen.findByTestId('bought-category')).toHaveValue('tea');
    expect(screen.getByTestId('bought-category')).toBeDisabled();
    expect(screen.queryByTestId('segment-save')).not.toBeInTheDocument();
  });

  it('reads the counts again when a customer joins or leaves a segment live', async () => {
    const fetch = stubServer();
    renderWithQueryClient(<CustomSegmentsPage canEdit={false} />);
    await screen.findByTestId('segment-row');
    const listReads = () => fetch.mock.calls.filter(([request]) => new URL(request.url).pathname === '/api/v1/segments/custom').length;
    const before = listReads();
    segments = [{ ...segments[0]!, members: 13 }];

    const hub = latestHub();
    // The fake's emit names the dashboard's messages only.
    const emit = hub.emit.bind(hub) as (name: string, payload: unknown) => void;
    emit('customSegmentChanged', { customerId: 'c-9', segmentId: 7, segmentName: 'Tea lovers', joined: true, sequence: 5 });
    emit('customSegmentChanged', { customerId: 'c-8', segmentId: 7, segmentName: 'Tea lovers', joined: true, sequence: 6 });

    await waitFor(() => expect(screen.getByTestId('segment-row')).toHaveTextContent('13'), { timeout: 3000 });
    expect(listReads()).toBe(before + 1);
  });
});
