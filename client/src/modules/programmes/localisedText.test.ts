import { describe, expect, it } from 'vitest';
import { localisedText, originalLanguage } from './localisedText';

const programme = {
  title: 'Прикордонне співробітництво',
  summary: 'Розвиток місцевого самоврядування',
  languages: ['uk', 'ru', 'en'],
  translations: [{ language: 'en', title: 'Cross-border co-operation', text: null }],
};

describe('localisedText', () => {
  it('shows the original to a reader of the first working language', () => {
    expect(localisedText(programme, 'uk')).toEqual({
      title: programme.title,
      summary: programme.summary,
      titleLanguage: 'uk',
      summaryLanguage: 'uk',
      missing: false,
    });
  });

  it('uses a translation where one exists and falls back per field where not', () => {
    const text = localisedText(programme, 'en');
    expect(text.title).toBe('Cross-border co-operation');
    expect(text.titleLanguage).toBe('en');
    expect(text.summary).toBe(programme.summary);
    expect(text.summaryLanguage).toBe('uk');
    expect(text.missing).toBe(true);
  });

  it('falls back to the original for a working language without a translation', () => {
    const text = localisedText(programme, 'ru');
    expect(text).toMatchObject({ title: programme.title, titleLanguage: 'uk', missing: true });
  });

  it('takes Ukrainian as the original when no working language is set', () => {
    expect(originalLanguage({ languages: [] })).toBe('uk');
    expect(localisedText({ ...programme, languages: [] }, 'uk').missing).toBe(false);
  });
});
