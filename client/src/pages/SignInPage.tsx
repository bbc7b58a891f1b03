import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { CurrentUserFieldsFragment } from '../generated/graphql';
import { SignInForm } from '../modules/auth/public';
import { CurrentUserQuery } from '../modules/auth/public';
import { sanitizeNextPath } from '../modules/auth/public';
import { useDeferredClient } from '../ui/deferredClient';
import { LanguageSwitch } from '../ui/LanguageSwitch';

export function SignInPage() {
  const { t } = useTranslation();
  const loadClient = useDeferredClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const rawNext = params.get('next');
  const next = sanitizeNextPath(rawNext);
  useDocumentTitle(`${t('auth.signIn.title')} · ${t('app.name')}`);

  const handleSignedIn = async (user: CurrentUserFieldsFragment) => {
    // The signed-in area reads `me` from the cache, so it opens without another round trip;
    // the form signed in through this client, so it is already loaded.
    (await loadClient()).writeQuery({ query: CurrentUserQuery, data: { me: user } });
    await navigate(next, { replace: true });
  };

  return (
    <Box component="main" mih="100dvh" p="md" bg="var(--mantine-color-gray-0)">
      <Stack maw={420} mx="auto" pt={{ base: 'xl', sm: 80 }} gap="lg">
        <Group justify="space-between" wrap="wrap">
          <Text fw={700} size="xl" c="blue.8">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'xl' }}>
          <Stack gap="md">
            <Title order={1} size="h2">
              {t('auth.signIn.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {rawNext ? t('auth.signIn.continue') : t('auth.signIn.intro')}
            </Text>
            <SignInForm onSignedIn={handleSignedIn} />
          </Stack>
        </Paper>
        <Text size="sm" c="dimmed" ta="center">
          {t('app.tagline')}
        </Text>
      </Stack>
    </Box>
  );
}
