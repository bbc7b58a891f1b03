import { screen, within } from '@testing-library/react';
import i18n from 'i18next';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { MissingTranslationsQuery } from '../graphql/localisation';
import { MissingTranslationsTab } from './MissingTranslationsTab';

const row = (recordType: string, field: string, missingLanguages: string[], link: string) => ({
  __typename: 'MissingTranslation' as const,
  recordType,
  recordId: `${recordType}-1`,
  label: recordType === 'Event' ? 'Круглий стіл громад' : '1.2 Щорічна конференція',
  field,
  missingLanguages,
  link,
});

// The tab shows 100 and asks for one more, to know whether there are more.
const answer = (rows: ReturnType<typeof row>[], limit = 101) => ({
  request: { query: MissingTranslationsQuery, variables: { programmeId: 'p1', limit } },
  result: { data: { missingTranslations: rows } },
});
const mocks = (rows: ReturnType<typeof row>[]) => [answer(rows)];

/** `count` untranslated event titles, numbered from 1. */
const events = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    ...row('Event', 'title', ['en'], `/programmes/p1/events/e${i + 1}`),
    recordId: `e${i + 1}`,
    label: `Подія ${i + 1}`,
  }));

describe('MissingTranslationsTab', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('lists each untranslated field with the languages it lacks, linking to the record', async () => {
    renderWithProviders(<MissingTranslationsTab programmeId="p1" />, {
      mocks: mocks([
        row('Action', 'description', ['en'], '/programmes/p1/plan'),
        row('Event', 'title', ['en', 'pl'], '/programmes/p1/events/e1'),
      ]),
    });
    const table = await screen.findByRole('table', { name: 'Missing translations' });
    const [, action, event] = within(table).getAllByRole('row');
    expect(action).toHaveTextContent('1.2 Щорічна конференціяActionDescriptionEnglish');
    expect(within(event!).getByRole('link', { name: 'Круглий стіл громад' })).toHaveAttribute(
      'href',
      '/programmes/p1/events/e1',
    );
    expect(event).toHaveTextContent('EventTitleEnglish, Polish');
  });

  it('says when everything is translated, in Ukrainian too', async () => {
    await i18n.changeLanguage('uk');
    renderWithProviders(<MissingTranslationsTab programmeId="p1" />, { mocks: mocks([]) });
    expect(await screen.findByText('Усе перекладено всіма робочими мовами.')).toBeVisible();
  });

  it('names kinds, fields and languages in Ukrainian', async () => {
    await i18n.changeLanguage('uk');
    renderWithProviders(<MissingTranslationsTab programmeId="p1" />, {
      mocks: mocks([row('Event', 'title', ['en'], '/programmes/p1/events/e1')]),
    });
    const table = await screen.findByRole('table', { name: 'Відсутні переклади' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      'Круглий стіл громадПодіяНазваанглійська',
    );
  });

  it('shows the first 100 and more on asking, until there are no more', async () => {
    renderWithProviders(<MissingTranslationsTab programmeId="p1" />, {
      mocks: [answer(events(101)), answer(events(150), 201)],
    });
    const table = await screen.findByRole('table', { name: 'Missing translations' });
    expect(within(table).getAllByRole('row')).toHaveLength(101);
    expect(within(table).queryByText('Подія 101')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show more to translate' }));
    expect(await within(table).findByText('Подія 150')).toBeVisible();
    expect(within(table).getAllByRole('row')).toHaveLength(151);
    expect(screen.queryByRole('button', { name: 'Show more to translate' })).toBeNull();
  });
});
