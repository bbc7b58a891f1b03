import { localisedText, type LocalisedText, type TranslatedRecord } from '../programmes/public';

export interface TranslatedEvent {
  title: string;
  description?: string | null;
  translations: TranslatedRecord['translations'];
}

/**
 * An event's title and description in the reader's language where translated. Its own title
 * and description are in the first of its programme's working languages.
 */
export function eventText(
  event: TranslatedEvent,
  languages: readonly string[],
  locale: string,
): LocalisedText {
  return localisedText(
    {
      title: event.title,
      summary: event.description,
      languages,
      translations: event.translations,
    },
    locale,
  );
}
