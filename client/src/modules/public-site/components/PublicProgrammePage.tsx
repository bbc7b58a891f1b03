import { useQuery } from '@apollo/client/react';
import { Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ProgressBar } from '../../../ui/ProgressBar';
import { useDocumentTitle } from '@mantine/hooks';
import { LIST_LIMITS } from '@spilno/shared';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { useFormat } from '../../../ui/useFormat';
import { useShowMore, visibleRows } from '../../../ui/useShowMore';
import { PublicProgrammeQuery } from '../graphql/publicSite';
import { PublicEvents } from './PublicEvents';
import { PublicHeader } from './PublicHeader';
import { PublicPlan } from './PublicPlan';
import { PublicSides } from './PublicSides';
import { PublicTwinning } from './PublicTwinning';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/**
 * The public page of a published programme at /p/<code>: open to anyone, in the reader's
 * language where the programme has it, readable on a phone.
 */
export function PublicProgrammePage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation('public-site');
  const { t: tApp } = useTranslation();
  const format = useFormat();
  const events = useShowMore(LIST_LIMITS.publicEvents, LIST_LIMITS.publicEvents.default, code);
  const query = useQuery(PublicProgrammeQuery, {
    variables: { code, language: i18n.language, eventLimit: events.limit },
  });
  const { loading, error, refetch } = query;
  // The page stays while earlier events load.
  const data = query.data ?? query.previousData;
  const programme = data?.publicProgramme?.code === code ? data.publicProgramme : null;
  useDocumentTitle(`${programme?.title ?? t('notPublished')} · ${tApp('app.name')}`);

  let body: ReactNode;
  if (loading && !data) body = <LoadingState />;
  else if (error && !data) body = <ErrorAlert error={error} onRetry={() => void refetch()} />;
  else if (!programme) {
    body = <EmptyMessage title={t('notPublished')} description={t('notPublishedHint')} />;
  } else {
    const overall = Math.round(programme.overallProgress);
    body = (
      <Stack gap="xl">
        <Stack gap={6}>
          <Text size="sm" c="dimmed">
            {programme.code} ·{' '}
            {t('period', {
              start: format.date(programme.startsOn),
              end: format.date(programme.endsOn),
            })}{' '}
            · {tApp(`enums.ProgrammeStatus.${programme.status}`)}
          </Text>
          <Title order={1} fz={{ base: 24, sm: 32 }} lang={programme.language}>
            {programme.title}
          </Title>
          {programme.summary ? (
            <Text lang={programme.language} style={{ whiteSpace: 'pre-line' }}>
              {programme.summary}
            </Text>
          ) : null}
          {programme.language !== i18n.language ? (
            <Text size="xs" c="dimmed">
              {t('untranslated')}
            </Text>
          ) : null}
        </Stack>
        <Paper withBorder p="md" radius="md">
          <Group justify="space-between">
            <Text fw={600}>{t('overall')}</Text>
            <Text fw={700} fz="xl">
              {t('percent', { value: overall })}
            </Text>
          </Group>
          <ProgressBar value={overall} size="lg" mt="xs" aria-label={t('overall')} />
        </Paper>
        <Section title={t('sides.title')}>
          <PublicSides programme={programme} />
        </Section>
        <Section title={t('plan.title')}>
          <PublicPlan actions={programme.actions} />
        </Section>
        <Section title={t('events.title')}>
          <PublicEvents
            {...visibleRows(programme.events, events.shown)}
            onMore={events.showMore}
            loading={loading}
          />
        </Section>
        <Section title={t('twinning.title')}>
          <PublicTwinning relations={programme.twinning} />
        </Section>
      </Stack>
    );
  }

  return (
    <Box mih="100vh">
      <PublicHeader />
      <Container size="md" py="lg" component="main">
        {body}
      </Container>
    </Box>
  );
}
