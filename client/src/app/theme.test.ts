import { describe, expect, it } from 'vitest';
import { AA_TEXT, contrastRatio, readableOn } from './contrast';
import { DIMMED_TEXT, PAGE_BACKGROUNDS, theme } from './theme';

describe('theme contrast', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    // Mantine's stock link blue, the value that failed on every page.
    expect(contrastRatio('#228be6', '#ffffff')).toBeCloseTo(3.56, 2);
  });

  it('darkens a colour only as far as it has to', () => {
    expect(readableOn('#1864ab', ['#ffffff'])).toBe('#1864ab');
    const darker = readableOn('#40c057', ['#ffffff']);
    expect(contrastRatio(darker, '#ffffff')).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrastRatio(darker, '#ffffff')).toBeLessThan(AA_TEXT + 0.5);
  });

  it('gives every colour a filled shade that reads as text and under white text', () => {
    const shade = typeof theme.primaryShade === 'object' ? (theme.primaryShade.light ?? 6) : 6;
    for (const [name, palette] of Object.entries(theme.colors ?? {})) {
      if (!palette) continue;
      for (const bg of PAGE_BACKGROUNDS) {
        expect(contrastRatio(palette[shade]!, bg), `${name} on ${bg}`).toBeGreaterThanOrEqual(
          AA_TEXT,
        );
      }
      // Light variants (light badges, the active navigation link) write shade 9 on shade 1.
      expect(contrastRatio(palette[9], palette[1]), `${name} light`).toBeGreaterThanOrEqual(
        AA_TEXT,
      );
    }
  });

  it('keeps dimmed text readable on the page and its greys', () => {
    for (const bg of PAGE_BACKGROUNDS) {
      expect(contrastRatio(DIMMED_TEXT, bg)).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });
});
