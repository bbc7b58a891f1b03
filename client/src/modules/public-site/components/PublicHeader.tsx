import { Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';

/** The public page's own frame: the service's name and the language switch, nothing else. */
export function PublicHeader() {
  const { t } = useTranslation();
  return (
    <header style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Container size="md" py="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
      </Container>
    </header>
  );
}
