import { Button, Group } from '@mantine/core';
import { LOCALES } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import { changeLocale, currentLocale } from './locale';

/** Two toggle buttons, each named in its own language so either reader finds theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const active = currentLocale();
  return (
    <Group gap={4} role="group" aria-label={t('language.label')}>
      {LOCALES.map((locale) => (
        <Button
          key={locale}
          size="compact-sm"
          variant={locale === active ? 'light' : 'subtle'}
          aria-pressed={locale === active}
          lang={locale}
          onClick={() => void changeLocale(locale)}
        >
          {t(`language.${locale}`)}
        </Button>
      ))}
    </Group>
  );
}
