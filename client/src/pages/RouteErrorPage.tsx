import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Last resort for a render error; the detail stays in the console, not on screen. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <Container component="main" size="sm" py="xl">
      <Stack role="alert">
        <Title order={1} size="h2">
          {t('routeError.title')}
        </Title>
        <Text>{t('routeError.body')}</Text>
        <div>
          <Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>
        </div>
      </Stack>
    </Container>
  );
}
