import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../ui/languages';

export interface TranslationMarkProps {
  /** The reader's language, which has no translation. */
  missing: string;
  /** The language shown instead. */
  shown: string;
}

/** Says that a text is shown in another working language, so nobody takes it for a translation. */
export function TranslationMark({ missing, shown }: TranslationMarkProps) {
  const { t, i18n } = useTranslation('programmes');
  return (
    <Badge variant="outline" color="orange" tt="none" fw={500}>
      {t('overview.noTranslation', {
        language: languageName(missing, i18n.language),
        shown: languageName(shown, i18n.language),
      })}
    </Badge>
  );
}
