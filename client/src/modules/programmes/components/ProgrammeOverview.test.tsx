import { Role } from '@spilno/shared';
import { screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { OBSERVER_CAN } from '../../../test/abilities';
import { renderWithProviders } from '../../../test/render';
import { CurrentUserContext, type CurrentUser } from '../../auth/hooks/useCurrentUser';
import { programmeFixture } from '../testing';
import { ProgrammeHeader } from './ProgrammeHeader';
import { ProgrammeOverview } from './ProgrammeOverview';
import { PartnersTab } from './PartnersTab';

const observer: CurrentUser = {
  id: 'user-9',
  email: 'observer@spilno.test',
  name: 'Andrii',
  role: Role.OBSERVER,
  organisation: null,
  viewerCan: OBSERVER_CAN,
};

function asUser(user: CurrentUser, ui: ReactElement) {
  return renderWithProviders(
    <CurrentUserContext.Provider value={user}>{ui}</CurrentUserContext.Provider>,
  );
}

describe('programme text in the reader’s language', () => {
  it('falls back to the original and says that no translation exists', () => {
    renderWithProviders(<ProgrammeHeader programme={programmeFixture()} />);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Прикордонне міжмуніципальне співробітництво');
    expect(heading).toHaveAttribute('lang', 'uk');
    expect(screen.getByText('No translation in English — shown in Ukrainian')).toBeVisible();
  });

  it('shows the translation without a mark where one exists', () => {
    const programme = programmeFixture({
      translations: [
        { language: 'en', title: 'Cross-border co-operation', text: 'Local democracy.' },
      ],
    });
    asUser(observer, <ProgrammeOverview programme={{ ...programme, canEdit: false }} />);
    expect(screen.getByText('Local democracy.')).toHaveAttribute('lang', 'en');
    expect(screen.queryByText(/No translation in/)).not.toBeInTheDocument();
  });

  it('marks a summary that is shown in another working language', () => {
    const programme = programmeFixture({
      translations: [{ language: 'en', title: 'Cross-border co-operation', text: null }],
    });
    asUser(observer, <ProgrammeOverview programme={{ ...programme, canEdit: false }} />);
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(
      within(summary).getByText('No translation in English — shown in Ukrainian'),
    ).toBeVisible();
  });
});

describe('read-only programme', () => {
  it('renders no editing controls for someone who may not edit', () => {
    const programme = programmeFixture({
      canEdit: false,
      partners: [
        {
          id: 'partner-1',
          role: 'LEAD',
          version: 1,
          side: { id: 'side-ua', name: 'Харківська область', country: 'UA' },
          organisation: {
            id: 'org-1',
            name: 'Харківська обласна рада',
            nameEn: 'Kharkiv Regional Council',
            kind: 'REGIONAL_COUNCIL',
            country: 'UA',
          },
        },
      ],
      signatories: [
        {
          id: 'sig-1',
          person: 'Olena Koval',
          position: null,
          signedOn: '2012-01-15',
          organisation: null,
        },
      ],
    });
    asUser(observer, <ProgrammeOverview programme={programme} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    expect(screen.getByText('Olena Koval', { selector: 'td' })).toBeVisible();
  });

  it('lists partners by side without actions', () => {
    const programme = programmeFixture({
      canEdit: false,
      partners: [
        {
          id: 'partner-1',
          role: 'LEAD',
          version: 1,
          side: { id: 'side-ro', name: 'Județul Sibiu', country: 'RO' },
          organisation: {
            id: 'org-2',
            name: 'Consiliul Județean Sibiu',
            nameEn: null,
            kind: 'REGIONAL_COUNCIL',
            country: 'RO',
          },
        },
      ],
    });
    asUser(observer, <PartnersTab programme={programme} />);
    const romania = screen.getByRole('table', { name: 'Județul Sibiu (Romania)' });
    expect(
      within(romania).getByRole('rowheader', { name: /Consiliul Județean Sibiu/ }),
    ).toBeVisible();
    expect(screen.getByText('No partners on this side yet.')).toBeVisible();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
