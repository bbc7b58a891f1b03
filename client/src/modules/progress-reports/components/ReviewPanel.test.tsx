import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { ReviewProgressReportMutation } from '../graphql/reports';
import { ReviewPanel } from './ReviewPanel';

describe('ReviewPanel', () => {
  it('asks what to change before sending a report back, and sends nothing meanwhile', async () => {
    const onReviewed = vi.fn();
    renderWithProviders(
      <ReviewPanel report={{ id: 'r1', version: 3 }} onReviewed={onReviewed} onReload={vi.fn()} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Request changes' }));
    expect(await screen.findByText('Required')).toBeInTheDocument();
    expect(onReviewed).not.toHaveBeenCalled();
  });

  it('approves with the version it read and says so', async () => {
    const onReviewed = vi.fn();
    const mock = {
      request: {
        query: ReviewProgressReportMutation,
        variables: { id: 'r1', version: 3, decision: 'APPROVE', comment: 'Дякуємо' },
      },
      result: { data: { reviewProgressReport: null } },
    };
    renderWithProviders(
      <ReviewPanel report={{ id: 'r1', version: 3 }} onReviewed={onReviewed} onReload={vi.fn()} />,
      { mocks: [mock] },
    );
    await userEvent.type(screen.getByRole('textbox', { name: /Comment/ }), ' Дякуємо ');
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(onReviewed).toHaveBeenCalledWith('Report approved'));
  });
});
