import { Badge, createTheme, PasswordInput, Select, TextInput } from '@mantine/core';

// Asterisks would become part of each label's text ("E-mail *"); required fields still
// carry the `required` attribute for assistive technology, and optional ones say so.
const noAsterisk = { defaultProps: { withAsterisk: false } };

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  // Keyboard users always see where they are; mouse clicks don't leave rings behind.
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  components: {
    TextInput: TextInput.extend(noAsterisk),
    PasswordInput: PasswordInput.extend(noAsterisk),
    Select: Select.extend(noAsterisk),
    // Badges hold one or two words; in narrow table columns they must not shrink to "AC…".
    Badge: Badge.extend({ styles: { root: { minWidth: 'max-content', flexShrink: 0 } } }),
  },
});
