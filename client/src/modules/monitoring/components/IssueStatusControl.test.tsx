import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { ChangeIssueStatusMutation } from '../graphql/monitoring';
import { issueFixture } from '../testing';
import { IssueStatusControl } from './IssueStatusControl';

// The moves the server's policy gives a triager from IN_PROGRESS, and none to anyone else.
const issue = issueFixture({
  status: 'IN_PROGRESS',
  version: 3,
  viewerCan: { comment: true, statuses: ['RESOLVED', 'DISMISSED'] },
});
const unmovable = issueFixture({
  status: 'IN_PROGRESS',
  version: 3,
  viewerCan: { comment: false, statuses: [] },
});

describe('IssueStatusControl', () => {
  it('offers only the moves the workflow allows', () => {
    renderWithProviders(
      <IssueStatusControl issue={issue} onMoved={() => undefined} onReload={() => undefined} />,
    );
    const group = screen.getByRole('group', { name: 'Change status' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Resolve', 'Dismiss']);
  });

  it('shows nothing to those who do not triage', () => {
    renderWithProviders(
      <IssueStatusControl issue={unmovable} onMoved={() => undefined} onReload={() => undefined} />,
    );
    expect(screen.queryByRole('group', { name: 'Change status' })).toBeNull();
  });

  it('asks for the resolution before resolving, then sends it with the comment', async () => {
    const user = userEvent.setup();
    const onMoved = vi.fn();
    renderWithProviders(
      <IssueStatusControl issue={issue} onMoved={onMoved} onReload={() => undefined} />,
      {
        mocks: [
          {
            request: {
              query: ChangeIssueStatusMutation,
              variables: {
                id: 'i1',
                version: 3,
                status: 'RESOLVED',
                comment: 'Дякуємо митникам',
                resolution: 'Окрема смуга для автобусів',
              },
            },
            result: {
              data: {
                changeIssueStatus: {
                  ...issue,
                  status: 'RESOLVED',
                  version: 4,
                  resolution: 'Окрема смуга для автобусів',
                },
              },
            },
          },
        ],
      },
    );
    await user.click(screen.getByRole('button', { name: 'Resolve' }));
    const dialog = await screen.findByRole('dialog', { name: 'Resolve' });
    await user.click(within(dialog).getByRole('button', { name: 'Resolve' }));
    expect(await within(dialog).findByText('Required')).toBeInTheDocument();
    expect(onMoved).not.toHaveBeenCalled();

    await user.type(
      within(dialog).getByRole('textbox', { name: /Resolution/ }),
      'Окрема смуга для автобусів',
    );
    await user.type(within(dialog).getByRole('textbox', { name: /Comment/ }), 'Дякуємо митникам');
    await user.click(within(dialog).getByRole('button', { name: 'Resolve' }));
    await vi.waitFor(() => expect(onMoved).toHaveBeenCalledWith('RESOLVED'));
  });
});
