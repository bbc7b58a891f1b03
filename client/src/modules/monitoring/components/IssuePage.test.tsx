import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { MonitoringIssueQuery, MonitoringProgrammeQuery } from '../graphql/monitoring';
import { issueFixture, monitoringProgramme } from '../testing';
import { IssuePage } from './IssuePage';

/** Comments `from`..`to` of a thread, oldest first, as the server answers its latest ones. */
const comments = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    __typename: 'IssueComment' as const,
    id: `c${from + i}`,
    at: new Date(Date.UTC(2012, 9, 1, 0, from + i)).toISOString(),
    text: `Comment ${from + i}`,
    movedTo: null,
    author: null,
  }));

const issueAnswer = (commentLimit: number, thread: ReturnType<typeof comments>) => ({
  request: { query: MonitoringIssueQuery, variables: { id: 'i1', commentLimit } },
  result: { data: { monitoringIssue: { ...issueFixture(), comments: thread } } },
});

describe('IssuePage', () => {
  it('shows the latest 100 comments of a long thread and earlier ones on asking', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/programmes/:id/monitoring/issues/:issueId" element={<IssuePage />} />
      </Routes>,
      {
        route: '/programmes/p1/monitoring/issues/i1',
        mocks: [
          {
            request: { query: MonitoringProgrammeQuery, variables: { programmeId: 'p1' } },
            result: {
              data: {
                me: { __typename: 'User', id: 'u1', organisation: null },
                programme: monitoringProgramme(),
              },
            },
          },
          // The page asks for one more than it shows, to know whether there are earlier ones.
          issueAnswer(101, comments(20, 120)),
          issueAnswer(201, comments(1, 120)),
        ],
      },
    );
    const thread = await screen.findByRole('region', { name: 'Discussion' });
    const list = await within(thread).findByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(100);
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('Comment 21');
    expect(within(list).getAllByRole('listitem').at(-1)).toHaveTextContent('Comment 120');
    await userEvent.click(within(thread).getByRole('button', { name: 'Show earlier comments' }));
    expect(await within(list).findByText('Comment 1')).toBeVisible();
    expect(within(list).getAllByRole('listitem')).toHaveLength(120);
    expect(within(thread).queryByRole('button', { name: 'Show earlier comments' })).toBeNull();
  });
});
