import { screen, within } from '@testing-library/react';
import i18n from 'i18next';
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

const mocks = (rows: ReturnType<typeof row>[]) => [
  {
    request: { query: MissingTranslationsQuery, variables: { programmeId: 'p1' } },
    result: { data: { missingTranslations: rows } },
  },
];

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
});
