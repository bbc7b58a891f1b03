import { describe, expect, it } from 'vitest';
import { originalLanguage, pickTranslation } from './translation-fallback';

describe('translation fallback', () => {
  const languages = ['uk', 'pl', 'en'];
  const record = {
    title: 'Прикордонна торгівля',
    text: 'Опис',
    translations: [
      { language: 'pl', title: 'Handel przygraniczny', text: '  ' },
      { language: 'en', title: null, text: 'Description' },
    ],
  };

  it('shows the original in its own language, never as a fallback', () => {
    expect(pickTranslation(record, 'title', languages, 'uk')).toEqual({
      text: 'Прикордонна торгівля',
      lang: 'uk',
      isFallback: false,
    });
  });

  it('shows a translation where one exists', () => {
    expect(pickTranslation(record, 'title', languages, 'pl')).toEqual({
      text: 'Handel przygraniczny',
      lang: 'pl',
      isFallback: false,
    });
    expect(pickTranslation(record, 'text', languages, 'en').text).toBe('Description');
  });

  it('falls back to the original, marked, where the translation is missing or blank', () => {
    expect(pickTranslation(record, 'text', languages, 'pl')).toEqual({
      text: 'Опис',
      lang: 'uk',
      isFallback: true,
    });
    expect(pickTranslation(record, 'title', languages, 'de')).toEqual({
      text: 'Прикордонна торгівля',
      lang: 'uk',
      isFallback: true,
    });
  });

  it('needs no translation of a blank original', () => {
    expect(pickTranslation({ ...record, text: null }, 'text', languages, 'pl')).toEqual({
      text: null,
      lang: 'pl',
      isFallback: false,
    });
  });

  it('takes the default language for a record with no working languages', () => {
    expect(originalLanguage([])).toBe('uk');
  });
});
