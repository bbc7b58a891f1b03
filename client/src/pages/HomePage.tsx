import { useQuery } from '@apollo/client/react';
import { Anchor, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ProgrammeStatus } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../modules/auth/public';
import { organisationName } from '../modules/organisations/public';
import { ProgrammesQuery } from '../modules/programmes/public';
import { localisedText } from '../modules/programmes/public';
import { ErrorAlert } from '../ui/ErrorAlert';
import { LoadingState } from '../ui/LoadingState';
import { PageHeader } from '../ui/PageHeader';
import { useFormat } from '../ui/useFormat';
import { PROGRAMMES_PATH, programmePath } from '../app/paths';

const STATUSES = Object.values(ProgrammeStatus);

/** Who you are, and the state of the programmes you can see. */
export function HomePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(ProgrammesQuery, {
    variables: { status: null },
  });
  const programmes = data?.programmes ?? [];
  const active = programmes.filter((programme) => programme.status === ProgrammeStatus.ACTIVE);

  return (
    <>
      <PageHeader title={t('home.title')} description={t('home.welcome', { name: user.name })} />
      <Stack gap="lg">
        <Group gap="lg">
          <Text>{t('home.role', { role: t(`enums.Role.${user.role}`) })}</Text>
          {user.organisation ? (
            <Text>
              {t('home.organisation', {
                organisation: organisationName(user.organisation, format.locale),
              })}
            </Text>
          ) : null}
        </Group>

        {error ? (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        ) : loading && !data ? (
          <LoadingState />
        ) : (
          <>
            <section aria-labelledby="home-status-heading">
              <Title order={2} size="h4" id="home-status-heading" mb="sm">
                {t('home.byStatus')}
              </Title>
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0}>
                {STATUSES.map((status) => (
                  <Paper key={status} withBorder p="md">
                    <Text component="dt" size="sm" c="dimmed">
                      {t(`enums.ProgrammeStatus.${status}`)}
                    </Text>
                    <Text component="dd" m={0} fz={28} fw={700}>
                      {format.number(programmes.filter((p) => p.status === status).length)}
                    </Text>
                  </Paper>
                ))}
              </SimpleGrid>
            </section>
            <section aria-labelledby="home-active-heading">
              <Title order={2} size="h4" id="home-active-heading" mb="sm">
                {t('home.active')}
              </Title>
              {active.length === 0 ? (
                <Text c="dimmed">{t('home.noActive')}</Text>
              ) : (
                <List spacing="xs">
                  {active.map((programme) => {
                    const text = localisedText(programme, format.locale);
                    return (
                      <List.Item key={programme.id}>
                        <Anchor
                          component={Link}
                          to={programmePath(programme.id)}
                          lang={text.titleLanguage}
                        >
                          {text.title}
                        </Anchor>{' '}
                        <Text span size="sm" c="dimmed">
                          {t('programmes.periodValue', {
                            start: format.date(programme.startsOn),
                            end: format.date(programme.endsOn),
                          })}
                        </Text>
                      </List.Item>
                    );
                  })}
                </List>
              )}
              <Anchor component={Link} to={PROGRAMMES_PATH} display="inline-block" mt="md">
                {t('home.allProgrammes')}
              </Anchor>
            </section>
          </>
        )}
      </Stack>
    </>
  );
}
