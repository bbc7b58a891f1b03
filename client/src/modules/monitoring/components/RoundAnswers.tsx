import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { PAGE_LIMIT_MAX } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MonitoringRoundQuery } from '../../../generated/graphql';
import type { EnumValue } from '../../../ui/enums';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../../organisations/public';
import type { MonitoringPartner } from '../access';
import { MonitoringIssuesQuery, SubmitRoundAnswersMutation } from '../graphql/monitoring';
import type { MonitoringContext } from '../hooks/useMonitoringProgramme';
import { IssueFormModal } from './IssueFormModal';
import { KindBadge, SeverityBadge } from './IssueBadges';
import { issuePath } from '../../../app/paths';

type Round = NonNullable<MonitoringRoundQuery['monitoringRound']>;

export interface RoundAnswersProps {
  context: MonitoringContext;
  round: Round;
  partner: MonitoringPartner;
}

/**
 * A partner's form for a round: its problems and expectations raised so far, quick buttons
 * to add either, and the mark that its answers are complete.
 */
export function RoundAnswers({ context, round, partner }: RoundAnswersProps) {
  const { t } = useTranslation('monitoring');
  const format = useFormat();
  const [adding, setAdding] = useState<EnumValue<'PROBLEM' | 'EXPECTATION'> | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const answers = useQuery(MonitoringIssuesQuery, {
    variables: {
      programmeId: context.programme.id,
      roundId: round.id,
      raisedById: partner.organisation.id,
      limit: PAGE_LIMIT_MAX,
      offset: 0,
    },
  });
  const [submit, submitting] = useMutation(SubmitRoundAnswersMutation, {
    refetchQueries: ['MonitoringRound', 'MonitoringRounds'],
    awaitRefetchQueries: true,
  });
  const progress = round.partners.find((row) => row.partnerId === partner.id);
  const open = round.status === 'OPEN';
  const items = answers.data?.monitoringIssues.items ?? [];
  const organisation = context.partnerOfOrganisation.get(partner.organisation.id)?.organisation;

  const handleSubmit = async () => {
    setFailure(null);
    try {
      await submit({ variables: { roundId: round.id, partnerId: partner.id } });
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="round-answers">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h3" id="round-answers">
            {t('answers.heading', {
              name: organisation ? organisationName(organisation, format.locale) : '',
            })}
          </Title>
          {progress?.submitted ? (
            <Badge color="teal" variant="light">
              {t('answers.submitted')}
            </Badge>
          ) : (
            <Badge color="gray" variant="light">
              {t('answers.draft')}
            </Badge>
          )}
        </Group>
        {answers.error ? <ErrorAlert error={answers.error} /> : null}
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('answers.none')}
          </Text>
        ) : (
          <List spacing="xs" listStyleType="none" aria-label={t('answers.list')}>
            {items.map((issue) => (
              <List.Item key={issue.id}>
                <Group gap="xs" wrap="nowrap">
                  <KindBadge kind={issue.kind} />
                  <SeverityBadge severity={issue.severity} />
                  <Anchor component={Link} to={issuePath(context.programme.id, issue.id)} size="sm">
                    {issue.title}
                  </Anchor>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {open ? (
          <Group gap="sm">
            <Button variant="default" onClick={() => setAdding('PROBLEM')}>
              {t('answers.addProblem')}
            </Button>
            <Button variant="default" onClick={() => setAdding('EXPECTATION')}>
              {t('answers.addExpectation')}
            </Button>
            {progress?.submitted ? null : (
              <Button loading={submitting.loading} onClick={() => void handleSubmit()}>
                {t('answers.submit')}
              </Button>
            )}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('answers.closed')}
          </Text>
        )}
        {failure ? <ErrorAlert error={failure} /> : null}
      </Stack>
      {adding ? (
        <IssueFormModal
          context={context}
          mode={{ kind: 'raise', roundId: round.id, issueKind: adding }}
          onClose={() => setAdding(null)}
          onSaved={() => setAdding(null)}
        />
      ) : null}
    </Paper>
  );
}
