import { createTheme, type MantineThemeComponent } from '@mantine/core';

// Asterisks would become part of each label's text ("E-mail *"); required fields still
// carry the `required` attribute for assistive technology, and optional ones say so.
// Plain objects rather than `Select.extend(…)`: the theme is in the first chunk, and naming a
// component here would bring its code (Select's combobox and popover) to the sign-in page.
const noAsterisk: MantineThemeComponent = { defaultProps: { withAsterisk: false } };

export const theme = createTheme({
  primaryColor: 'blue',
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
  },
});
