import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyCompact, spentShare } from './money';

// Intl puts narrow no-break spaces between groups in some locales; compare on plain spaces.
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

describe('formatMoney', () => {
  it('formats in the programme currency for the reader’s language', () => {
    expect(plain(formatMoney(38500, 'EUR', 'en'))).toBe('€38,500.00');
    expect(plain(formatMoney(38500, 'UAH', 'uk'))).toBe('38 500,00 ₴');
    expect(plain(formatMoney(1234.5, 'UAH', 'en'))).toBe('UAH 1,234.50');
  });

  it('still shows an amount with an unknown currency code', () => {
    expect(plain(formatMoney(10, 'XY', 'en'))).toBe('10 XY');
  });

  it('shortens large amounts for axes', () => {
    expect(plain(formatMoneyCompact(40000, 'EUR', 'en'))).toBe('€40K');
    expect(plain(formatMoneyCompact(40000, 'UAH', 'uk'))).toBe('40 тис. ₴');
  });
});

describe('spentShare', () => {
  it('is the spent share of the plan in whole per cent', () => {
    expect(spentShare(40000, 38500)).toBe(96);
    expect(spentShare(0, 100)).toBeNull();
  });
});
