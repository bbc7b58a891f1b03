import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { EventDetailsFragment } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render';
import { typed } from '../../../test/fixtures';
import { UpdateEventMutation } from '../graphql/events';
import {
  eventDetails,
  eventPageMocks,
  eventsProgramme,
  EVENT_ID,
  PROGRAMME_ID,
  translation,
} from '../testing';
import { EventPage } from './EventPage';
import { eventPath } from '../../../app/paths';

function renderPage(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(
    <Routes>
      <Route path="/programmes/:id/events/:eventId" element={<EventPage />} />
    </Routes>,
    { mocks, route: eventPath(PROGRAMME_ID, EVENT_ID) },
  );
}

const englishTitle = 'Round table: cross-border trade';
const englishText = 'Markets and border crossings.';

describe('the event page in the reader’s language', () => {
  it('shows the English translation to an English reader, without a mark', async () => {
    renderPage(
      eventPageMocks(
        eventDetails({ translations: [translation('en', englishTitle, englishText)] }),
      ),
    );
    const heading = await screen.findByRole('heading', { level: 1, name: englishTitle });
    expect(heading).toHaveAttribute('lang', 'en');
    expect(screen.getByText(englishText)).toHaveAttribute('lang', 'en');
    expect(screen.queryByText(/No translation in/)).not.toBeInTheDocument();
  });

  it('falls back to the first working language and says so', async () => {
    renderPage(
      eventPageMocks(eventDetails({ translations: [translation('ru', 'Круглый стол', null)] })),
    );
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Круглий стіл: прикордонна торгівля',
    });
    expect(heading).toHaveAttribute('lang', 'uk');
    expect(screen.getByText('No translation in English — shown in Ukrainian')).toBeVisible();
    expect(screen.getByText('Ринки та пункти пропуску.')).toHaveAttribute('lang', 'uk');
  });

  it('marks a description that is not translated even where the title is', async () => {
    renderPage(
      eventPageMocks(eventDetails({ translations: [translation('en', englishTitle, null)] })),
    );
    expect(await screen.findByRole('heading', { level: 1, name: englishTitle })).toBeVisible();
    expect(screen.getByText('No translation in English — shown in Ukrainian')).toBeVisible();
  });
});

describe('editing an event’s translations', () => {
  it('offers each further working language and saves what was typed', async () => {
    const user = userEvent.setup();
    const event = eventDetails({
      translations: [translation('ru', 'Круглый стол', null)],
      // The server lets this reader, a coordinator, edit it.
      viewerCan: typed('EventAbilities', { edit: true, attach: true }),
    });
    const saved: EventDetailsFragment = {
      ...event,
      version: 4,
      translations: [
        translation('ru', 'Круглый стол', null),
        translation('en', englishTitle, englishText),
      ],
    };
    const update: MockLink.MockedResponse = {
      request: {
        query: UpdateEventMutation,
        variables: (variables: Record<string, unknown>) => {
          const input = variables.input as { translations?: unknown; title?: string };
          return (
            variables.id === EVENT_ID &&
            variables.version === 3 &&
            input.title === event.title &&
            JSON.stringify(input.translations) ===
              JSON.stringify([
                { language: 'ru', title: 'Круглый стол', text: null },
                { language: 'en', title: englishTitle, text: englishText },
              ])
          );
        },
      },
      result: { data: { updateEvent: saved } },
    };
    renderPage([...eventPageMocks(event, eventsProgramme({ canEdit: true })), update]);

    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit event' });
    expect(within(dialog).getByText('In Ukrainian, the programme’s first working language.'));
    const russian = within(dialog).getByRole('group', { name: 'Translation: Russian' });
    expect(within(russian).getByRole('textbox', { name: 'Title in Russian' })).toHaveValue(
      'Круглый стол',
    );
    const english = within(dialog).getByRole('group', { name: 'Translation: English' });
    // Pasted rather than typed key by key: the form's state is the same, at a tenth of the time.
    await user.click(within(english).getByRole('textbox', { name: 'Title in English' }));
    await user.paste(englishTitle);
    await user.click(within(english).getByRole('textbox', { name: 'Description in English' }));
    await user.paste(englishText);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { level: 1, name: englishTitle })).toBeVisible();
    expect(screen.getByText('Event saved')).toBeVisible();
    expect(screen.queryByText(/No translation in/)).not.toBeInTheDocument();
  });
});
