import {
  createTheme,
  DEFAULT_THEME,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type MantineThemeComponent,
} from '@mantine/core';
import { readableOn, readablePalette } from './contrast';

// Asterisks would become part of each label's text ("E-mail *"); required fields still
// carry the `required` attribute for assistive technology, and optional ones say so.
// Plain objects rather than `Select.extend(…)`: the theme is in the first chunk, and naming a
// component here would bring its code (Select's combobox and popover) to the sign-in page.
const noAsterisk: MantineThemeComponent = { defaultProps: { withAsterisk: false } };

/** The shade Mantine uses for filled buttons, badges, links and coloured text. */
const FILLED_SHADE = 8;

const { gray } = DEFAULT_THEME.colors;

/**
 * Where text sits in the light scheme: the page, and the greys of hovered or striped rows,
 * code and light badges. Every coloured text must read at AA (4.5:1) on each of them.
 */
export const PAGE_BACKGROUNDS = [DEFAULT_THEME.white, gray[0], gray[1]] as const;

// Mantine's stock palettes put green, yellow, orange and cyan text well under 4.5:1; the same
// hues a little darker pass, so each palette is corrected once here instead of on each page.
const colors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors)
    .filter(([name]) => name !== 'dark' && name !== 'gray')
    .map(([name, palette]) => [name, readablePalette(palette, FILLED_SHADE, PAGE_BACKGROUNDS)]),
) as Record<string, MantineColorsTuple>;

/** Secondary ("dimmed") text: Mantine's gray-6 is 3.3:1 on white. */
export const DIMMED_TEXT = readableOn(gray[6], PAGE_BACKGROUNDS);

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': DIMMED_TEXT,
    // Field errors are text, and red-6 is 3.3:1.
    '--mantine-color-error': `var(--mantine-color-red-${FILLED_SHADE})`,
  },
  // The app opens in the light scheme only; the dark scheme keeps Mantine's own values.
  dark: {},
});

/**
 * WCAG 2.2's minimum target (2.5.8); Mantine's xs and sm icon buttons are 18 and 22 px, its
 * close button 16 to 22 px.
 */
const MIN_TARGET = 24;
const minTarget: MantineThemeComponent = {
  styles: { root: { minWidth: MIN_TARGET, minHeight: MIN_TARGET } },
};
// md is the first size whose box (or switch track) is 24 px.
const targetSized: MantineThemeComponent = { defaultProps: { size: 'md' } };

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: FILLED_SHADE, dark: FILLED_SHADE },
  colors,
  defaultRadius: 'md',
  // Keyboard users always see where they are; mouse clicks don't leave rings behind.
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  components: {
    TextInput: noAsterisk,
    PasswordInput: noAsterisk,
    Select: noAsterisk,
    // Badges hold one or two words; in narrow table columns they must not shrink to "AC…".
    Badge: { styles: { root: { minWidth: 'max-content', flexShrink: 0 } } },
    ActionIcon: minTarget,
    CloseButton: minTarget,
    // compact-xs buttons (row actions such as "Remove") are 22 px tall.
    Button: { styles: { root: { minHeight: MIN_TARGET } } },
    Checkbox: targetSized,
    Radio: targetSized,
    Switch: targetSized,
    Burger: { styles: { root: { minWidth: 44, minHeight: 44 } } },
    // A region that scrolls sideways must be reachable by keyboard to be scrolled.
    TableScrollContainer: {
      defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } },
    },
  },
});
