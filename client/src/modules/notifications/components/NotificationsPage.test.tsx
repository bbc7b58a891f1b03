import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import {
  MarkNotificationsReadMutation,
  NotificationSettingsQuery,
  NotificationsQuery,
  UnreadNotificationsQuery,
} from '../graphql/notifications';
import { groupByProgramme } from '../groups';
import { NotificationsPage } from './NotificationsPage';

const item = (
  id: string,
  programme: { id: string; title: string } | null,
  readAt: string | null,
) => ({
  __typename: 'Notification' as const,
  id,
  kind: 'REPORT_SUBMITTED' as const,
  title: `Подано звіт ${id}`,
  body: 'Партнер подав звіт на розгляд.',
  link: `/programmes/${programme?.id ?? 'none'}/reports/${id}`,
  createdAt: '2026-07-08T06:00:00.000Z',
  readAt,
  programme: programme ? { __typename: 'Programme' as const, ...programme } : null,
});

const first = { id: 'p1', title: 'Прикордонна співпраця' };
const second = { id: 'p2', title: 'Друга програма' };
const page = (readAt: string | null) => ({
  data: {
    notifications: {
      __typename: 'NotificationPage' as const,
      total: 3,
      unread: readAt ? 1 : 2,
      items: [
        item('n1', first, readAt),
        item('n2', second, null),
        item('n3', first, '2026-07-01T00:00:00.000Z'),
      ],
    },
  },
});
const settings = {
  request: { query: NotificationSettingsQuery },
  result: {
    data: {
      me: {
        __typename: 'User' as const,
        id: 'u1',
        emailFrequency: 'IMMEDIATE' as const,
        language: 'uk',
      },
    },
  },
};

describe('the notifications page', () => {
  beforeEach(() => i18n.changeLanguage('uk'));
  afterEach(() => i18n.changeLanguage('en'));

  it('groups notifications by programme, links each to its record and marks one read', async () => {
    const marked = vi.fn(() => ({ data: { markNotificationsRead: 1 } }));
    renderWithProviders(<NotificationsPage />, {
      mocks: [
        { request: { query: NotificationsQuery, variables: { limit: 100 } }, result: page(null) },
        settings,
        {
          request: { query: MarkNotificationsReadMutation, variables: { ids: ['n1'] } },
          result: marked,
        },
        {
          request: { query: NotificationsQuery, variables: { limit: 100 } },
          result: page('2026-07-09T00:00:00.000Z'),
        },
        {
          request: { query: UnreadNotificationsQuery },
          result: {
            data: { notifications: { __typename: 'NotificationPage' as const, unread: 1 } },
          },
        },
      ],
    });
    await screen.findByRole('heading', { name: 'Друга програма' });
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'Прикордонна співпраця',
      'Друга програма',
      'Налаштування сповіщень',
    ]);
    expect(screen.getByText('Непрочитаних: 2')).toBeVisible();
    const card = screen.getByRole('article', { name: 'Подано звіт n1' });
    expect(within(card).getByRole('link', { name: 'Подано звіт n1' })).toHaveAttribute(
      'href',
      '/programmes/p1/reports/n1',
    );
    // The one already read offers nothing to mark.
    const read = screen.getByRole('article', { name: 'Подано звіт n3' });
    expect(within(read).queryByRole('button', { name: 'Позначити прочитаним' })).toBeNull();

    await userEvent.click(within(card).getByRole('button', { name: 'Позначити прочитаним' }));
    await waitFor(() => expect(marked).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Непрочитаних: 1')).toBeVisible();
    expect(await screen.findByRole('radio', { name: 'Одразу' })).toBeChecked();
  });
});

describe('groupByProgramme', () => {
  it('keeps the order of each programme’s newest notification, those outside programmes apart', () => {
    const groups = groupByProgramme([
      { id: 'a', programme: second },
      { id: 'b', programme: null },
      { id: 'c', programme: first },
      { id: 'd', programme: second },
    ]);
    expect(groups.map((g) => [g.title, g.items.map((i) => i.id)])).toEqual([
      ['Друга програма', ['a', 'd']],
      [null, ['b']],
      ['Прикордонна співпраця', ['c']],
    ]);
  });
});
