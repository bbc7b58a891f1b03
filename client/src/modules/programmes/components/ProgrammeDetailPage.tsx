import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ErrorCode } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../pages/NotFoundPage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorCodeOf } from '../../../ui/errors';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { useFormat } from '../../../ui/useFormat';
import { ProgrammeQuery } from '../graphql/programmes';
import { ProgrammePartners } from './ProgrammePartners';
import { ProgrammeStatusBadge } from './ProgrammeStatusBadge';

const PARTNERS_HEADING_ID = 'programme-partners-heading';

export function ProgrammeDetailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ProgrammeQuery, { variables: { id } });

  if (loading && !data) return <LoadingState />;
  // Out-of-scope and non-existent programmes look the same, as the server intends.
  if ((error && errorCodeOf(error) === ErrorCode.NOT_FOUND) || (data && !data.programme)) {
    return (
      <NotFoundPage
        title={t('programmes.detail.notFoundTitle')}
        description={t('programmes.detail.notFoundBody')}
      />
    );
  }
  if (error || !data?.programme) {
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }

  const programme = data.programme;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/programmes" size="sm">
        ← {t('programmes.detail.back')}
      </Anchor>
      <div>
        <PageHeader title={programme.title} description={programme.code} />
        <Group gap="xs" mt={-8}>
          <ProgrammeStatusBadge status={programme.status} />
          <Badge variant="outline" color={programme.published ? 'teal' : 'gray'}>
            {programme.published
              ? t('programmes.detail.published')
              : t('programmes.detail.notPublished')}
          </Badge>
          <Text size="sm" c="dimmed">
            {t('programmes.periodValue', {
              start: format.date(programme.startsOn),
              end: format.date(programme.endsOn),
            })}
          </Text>
        </Group>
      </div>

      <section aria-labelledby="programme-summary-heading">
        <Title order={2} size="h4" id="programme-summary-heading" mb="xs">
          {t('programmes.detail.summary')}
        </Title>
        <Text style={{ whiteSpace: 'pre-line' }} c={programme.summary ? undefined : 'dimmed'}>
          {programme.summary || t('programmes.detail.noSummary')}
        </Text>
      </section>

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Paper withBorder p="md" component="section" aria-labelledby="programme-sides-heading">
          <Title order={2} size="h4" id="programme-sides-heading" mb="xs">
            {t('programmes.sides')}
          </Title>
          <List spacing={4}>
            {programme.sides.map((side) => (
              <List.Item key={side.id}>
                {t('programmes.sideValue', {
                  name: side.name,
                  country: format.country(side.country),
                })}
              </List.Item>
            ))}
          </List>
        </Paper>
        <Paper
          withBorder
          p="md"
          component="section"
          aria-labelledby="programme-coordinators-heading"
        >
          <Title order={2} size="h4" id="programme-coordinators-heading" mb="xs">
            {t('programmes.detail.coordinators')}
          </Title>
          {programme.coordinators.length === 0 ? (
            <Text c="dimmed">{t('programmes.detail.noCoordinators')}</Text>
          ) : (
            <List spacing={4}>
              {programme.coordinators.map((coordinator) => (
                <List.Item key={coordinator.id}>
                  {coordinator.name}{' '}
                  <Anchor href={`mailto:${coordinator.email}`} size="sm">
                    {coordinator.email}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
      </SimpleGrid>

      <section aria-labelledby={PARTNERS_HEADING_ID}>
        <Title order={2} size="h4" id={PARTNERS_HEADING_ID} mb="xs">
          {t('programmes.detail.partners')}
        </Title>
        <ProgrammePartners partners={programme.partners} labelledBy={PARTNERS_HEADING_ID} />
      </section>
    </Stack>
  );
}
