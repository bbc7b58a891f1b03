import { FieldMessage, SUMMARY_MAX, TITLE_MAX } from '@spilno/shared';
import { describe, expect, it } from 'vitest';
import { translationErrors, translationsToForm, translationsToInput } from './translationForm';

describe('translations in a form', () => {
  it('reads stored translations as text fields, keyed by language', () => {
    expect(
      translationsToForm([
        { language: 'en', title: 'Cross-border co-operation', text: null },
        { language: 'ru', title: null, text: 'Сотрудничество' },
      ]),
    ).toEqual({
      en: { title: 'Cross-border co-operation', text: '' },
      ru: { title: '', text: 'Сотрудничество' },
    });
  });

  it('sends one entry per language asked for, trimmed, blanks as null', () => {
    const values = {
      en: { title: ' Co-operation ', text: '  ' },
      pl: { title: 'Współpraca', text: '' },
    };
    expect(translationsToInput(values, ['ru', 'en'])).toEqual([
      { language: 'ru', title: null, text: null },
      { language: 'en', title: 'Co-operation', text: null },
    ]);
  });

  it('refuses texts over the limits, only for the languages in the form', () => {
    const long = { title: 'x'.repeat(TITLE_MAX + 1), text: 'x'.repeat(SUMMARY_MAX + 1) };
    expect(translationErrors({ en: long, pl: long }, ['en'], SUMMARY_MAX)).toEqual({
      'translations.en.title': FieldMessage.TOO_LONG,
      'translations.en.text': FieldMessage.TOO_LONG,
    });
  });
});
