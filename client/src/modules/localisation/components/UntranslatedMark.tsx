import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../ui/languages';

export interface UntranslatedMarkProps {
  /** The language the text beside the mark is written in. */
  shown: string;
}

/**
 * A small badge naming the language of a text that has no translation into the reader's
 * language, so nobody takes the original for a translation; nothing when it is in that language.
 */
export function UntranslatedMark({ shown }: UntranslatedMarkProps) {
  const { t, i18n } = useTranslation('localisation');
  if (shown === i18n.language) return null;
  const label = t('mark.label', { language: languageName(i18n.language, i18n.language) });
  return (
    <Badge
      component="span"
      size="xs"
      variant="outline"
      color="orange"
      tt="lowercase"
      ml={6}
      title={label}
      style={{ verticalAlign: 'middle' }}
    >
      <span aria-hidden="true">{shown}</span>
      <VisuallyHidden>{label}</VisuallyHidden>
    </Badge>
  );
}
