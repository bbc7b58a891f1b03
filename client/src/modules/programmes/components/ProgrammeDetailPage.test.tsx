import { ErrorCode } from '@spilno/shared';
import { screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { ProgrammeQuery } from '../graphql/programmes';
import { ProgrammeDetailPage } from './ProgrammeDetailPage';
import { ProgrammeWorkspace } from './ProgrammeWorkspace';

function renderProgramme(id: string, result: Parameters<typeof renderWithProviders>[1]) {
  return renderWithProviders(
    <Routes>
      <Route path="/programmes/:id" element={<ProgrammeWorkspace />}>
        <Route path=":tab?" element={<ProgrammeDetailPage />} />
      </Route>
    </Routes>,
    { route: `/programmes/${id}`, ...result },
  );
}

describe('ProgrammeDetailPage', () => {
  it('shows the not-found page when the programme resolves to null', async () => {
    renderProgramme('missing', {
      mocks: [
        {
          request: { query: ProgrammeQuery, variables: { id: 'missing' } },
          result: { data: { programme: null } },
        },
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Programme not found' }),
    ).toBeInTheDocument();
  });

  it('treats NOT_FOUND like a missing programme', async () => {
    renderProgramme('hidden', {
      mocks: [
        {
          request: { query: ProgrammeQuery, variables: { id: 'hidden' } },
          result: {
            errors: [new GraphQLError('No', { extensions: { code: ErrorCode.NOT_FOUND } })],
          },
        },
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Programme not found' }),
    ).toBeInTheDocument();
  });
});
