import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatCoverage } from './coverage';

const SEED = { members: 382, councils: 395, percent: 96.7 };

describe('formatCoverage', () => {
  it('reads "382 of 395 councils, 96.7 %" in English', () => {
    expect(formatCoverage(SEED, 'en', i18n.getFixedT('en', 'organisations'))).toBe(
      '382 of 395 councils, 96.7 %',
    );
  });

  it('uses a decimal comma in Ukrainian', () => {
    expect(formatCoverage(SEED, 'uk', i18n.getFixedT('uk', 'organisations'))).toBe(
      '382 з 395 рад, 96,7 %',
    );
  });

  it('drops a zero decimal and groups thousands the local way', () => {
    const coverage = { members: 1250, councils: 1250, percent: 100 };
    expect(formatCoverage(coverage, 'en', i18n.getFixedT('en', 'organisations'))).toBe(
      '1,250 of 1,250 councils, 100 %',
    );
    expect(formatCoverage(coverage, 'uk', i18n.getFixedT('uk', 'organisations'))).toMatch(
      /^1\s250 з 1\s250 рад, 100 %$/,
    );
  });

  it('reads a declared figure with only its share, or only its count', () => {
    const en = i18n.getFixedT('en', 'organisations');
    const uk = i18n.getFixedT('uk', 'organisations');
    expect(formatCoverage({ members: 62, councils: null, percent: 97 }, 'en', en)).toBe(
      '62 councils, 97 %',
    );
    expect(formatCoverage({ members: 62, councils: null, percent: 97 }, 'uk', uk)).toBe(
      'Членів: 62, 97 %',
    );
    expect(formatCoverage({ members: 62, councils: null, percent: null }, 'en', en)).toBe(
      '62 councils',
    );
  });
});
