import { useQuery } from '@apollo/client/react';
import { Badge, Container, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { useFormat } from '../../../ui/useFormat';
import { PublicCallQuery } from '../graphql/calls';

/**
 * The public page of a call at /calls/<code>: open to anyone, in the reader's language, with
 * the closing time in the reader's zone and, once the call closes, the selected groups.
 */
export function PublicCallPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation('calls');
  const { t: tApp } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(PublicCallQuery, { variables: { code } });
  const call = data?.publicCall ?? null;
  useDocumentTitle(`${call?.title ?? t('notFound')} · ${tApp('app.name')}`);
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!call) {
    return (
      <Container size="md" py="xl">
        <EmptyMessage title={t('notFound')} description={t('notFoundHint')} />
      </Container>
    );
  }
  const english = i18n.language === 'en';
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={1}>{call.title}</Title>
          <Badge variant="light">{t(`status.${call.status}`)}</Badge>
          {call.summary && <Text>{call.summary}</Text>}
          <Text>
            {t('dates', { opens: format.date(call.opensOn), closes: format.date(call.closesOn) })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('closesAt', { when: format.dateTime(String(call.closesAt)) })}
          </Text>
          <Text>{t('members', { min: call.minMembers, max: call.maxMembers })}</Text>
        </Stack>
        <Stack gap="xs" component="section">
          <Title order={2} size="h3">
            {t('stages')}
          </Title>
          {call.stages.map((stage, i) => (
            <Paper key={i} withBorder p="sm">
              <Text fw={600}>{`${i + 1}. ${stage.name}`}</Text>
              <List size="sm">
                {stage.criteria.map((c) => (
                  <List.Item key={c.name}>
                    {t('criterion', { name: c.name, weight: c.weight, max: c.maxScore })}
                  </List.Item>
                ))}
              </List>
            </Paper>
          ))}
        </Stack>
        {call.deliverables.length > 0 && (
          <Stack gap="xs" component="section">
            <Title order={2} size="h3">
              {t('deliverables')}
            </Title>
            <List>
              {call.deliverables.map((d) => (
                <List.Item key={d}>{d}</List.Item>
              ))}
            </List>
          </Stack>
        )}
        {call.status === 'CLOSED' && (
          <Stack gap="xs" component="section">
            <Title order={2} size="h3">
              {t('selected')}
            </Title>
            {call.selected.length === 0 && <Text c="dimmed">{t('noneSelected')}</Text>}
            {call.selected.map((group) => (
              <Paper key={group.title} withBorder p="sm">
                <Text fw={600}>{group.title}</Text>
                <List size="sm">
                  {group.members.map((m) => (
                    <List.Item key={m.name}>
                      {(english && m.nameEn) || m.name} · {format.country(m.country)}
                      {m.lead && ` (${t('lead')})`}
                    </List.Item>
                  ))}
                </List>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </Container>
  );
}
