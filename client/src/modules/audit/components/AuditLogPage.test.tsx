import { PAGE_LIMIT_DEFAULT } from '@spilno/shared';
import { screen, within } from '@testing-library/react';
import i18n from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { AuditLogQuery } from '../graphql/audit';
import { AuditLogPage } from './AuditLogPage';

const entry = (id: string, entityType: string) => ({
  __typename: 'AuditEntry' as const,
  id,
  at: '2026-03-12T08:00:00.000Z',
  action: 'UPDATE' as const,
  entityType,
  entityId: `${id}-record`,
  summary: null,
  actor: null,
  changes: [],
});

const mocks = [
  {
    request: {
      query: AuditLogQuery,
      variables: { entityType: null, action: null, limit: PAGE_LIMIT_DEFAULT, offset: 0 },
    },
    result: {
      data: {
        auditLog: {
          __typename: 'AuditPage' as const,
          total: 3,
          items: [
            entry('e1', 'Programme'),
            entry('e2', 'TwinningRelation'),
            entry('e3', 'FutureRecord'),
          ],
        },
      },
    },
  },
];

describe('audit log for a Ukrainian reader', () => {
  beforeEach(() => i18n.changeLanguage('uk'));
  afterEach(() => i18n.changeLanguage('en'));

  it('names the kinds of record in Ukrainian, and unknown ones by their code', async () => {
    renderWithProviders(<AuditLogPage />, { mocks });
    const table = await screen.findByRole('table', { name: 'Журнал аудиту' });
    expect(within(table).getByText('Програма')).toBeVisible();
    expect(within(table).getByText('Побратимський зв’язок')).toBeVisible();
    expect(within(table).getByText('FutureRecord')).toBeVisible();
    expect(within(table).queryByText('Programme')).toBeNull();
    expect(within(table).queryByText('TwinningRelation')).toBeNull();
  });
});
