import { luminance, type MantineColorsTuple } from '@mantine/core';

/** WCAG 2 AA for body text. */
export const AA_TEXT = 4.5;

/** The WCAG contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function channels(hex: string): [number, number, number] {
  const value = hex.replace('#', '');
  return [0, 2, 4].map((at) => parseInt(value.slice(at, at + 2), 16)) as [number, number, number];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The colour itself when it reads at `ratio` on every background, otherwise the lightest
 * darker tone of it that does (the hue stays; only the lightness drops, in 2% steps).
 */
export function readableOn(color: string, backgrounds: readonly string[], ratio = AA_TEXT): string {
  const rgb = channels(color);
  for (let keep = 1; keep > 0; keep -= 0.02) {
    const candidate = toHex(rgb.map((c) => c * keep));
    if (backgrounds.every((bg) => contrastRatio(candidate, bg) >= ratio)) return candidate;
  }
  return '#000000';
}

/**
 * A palette whose `filled` shade reads as text on the page's light backgrounds (and so carries
 * white text too), and whose darkest shade reads on the palette's own light tint, which is
 * what Mantine's light variants put text on.
 */
export function readablePalette(
  palette: MantineColorsTuple,
  filledShade: number,
  pageBackgrounds: readonly string[],
): MantineColorsTuple {
  const shades = [...palette];
  shades[filledShade] = readableOn(palette[filledShade] ?? palette[9], pageBackgrounds);
  shades[9] = readableOn(palette[9], [palette[1], ...pageBackgrounds]);
  return shades as unknown as MantineColorsTuple;
}
