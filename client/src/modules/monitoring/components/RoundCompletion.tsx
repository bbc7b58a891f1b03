import { useMutation } from '@apollo/client/react';
import { Badge, Button, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonitoringRoundQuery } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../../organisations/public';
import { SubmitRoundAnswersMutation } from '../graphql/monitoring';
import type { MonitoringContext } from '../hooks/useMonitoringProgramme';
import { percent } from '../roundFigures';

type Round = NonNullable<MonitoringRoundQuery['monitoringRound']>;

export interface RoundCompletionProps {
  context: MonitoringContext;
  round: Round;
}

/**
 * How far each side and each partner has answered. While the round is open, coordinators may
 * mark a partner's answers submitted for it (answers sent in on paper or by mail).
 */
export function RoundCompletion({ context, round }: RoundCompletionProps) {
  const { t } = useTranslation('monitoring');
  const format = useFormat();
  const [failure, setFailure] = useState<unknown>(null);
  const [submit, submitting] = useMutation(SubmitRoundAnswersMutation, {
    refetchQueries: ['MonitoringRound'],
    awaitRefetchQueries: true,
  });
  const canMark = context.access.canTriage && round.status === 'OPEN';

  const handleMark = async (partnerId: string) => {
    setFailure(null);
    try {
      await submit({ variables: { roundId: round.id, partnerId } });
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="round-completion">
      <Title order={2} size="h3" id="round-completion">
        {t('completion.heading')}
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table withTableBorder aria-label={t('completion.bySide')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('completion.side')}</Table.Th>
              <Table.Th ta="right">{t('completion.submitted')}</Table.Th>
              <Table.Th ta="right">{t('completion.problems')}</Table.Th>
              <Table.Th ta="right">{t('completion.expectations')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {round.sides.map((side) => (
              <Table.Tr key={side.sideId}>
                <Table.Th scope="row">{context.sides.get(side.sideId)?.name ?? '—'}</Table.Th>
                <Table.Td ta="right">
                  {t('completion.ofPartners', {
                    submitted: side.submitted,
                    partners: side.partners,
                    percent: percent(side.submitted, side.partners),
                  })}
                </Table.Td>
                <Table.Td ta="right">{format.number(side.problems)}</Table.Td>
                <Table.Td ta="right">{format.number(side.expectations)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {failure ? <ErrorAlert error={failure} /> : null}
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label={t('completion.byPartner')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('completion.partner')}</Table.Th>
              <Table.Th>{t('completion.side')}</Table.Th>
              <Table.Th>{t('completion.state')}</Table.Th>
              <Table.Th ta="right">{t('completion.problems')}</Table.Th>
              <Table.Th ta="right">{t('completion.expectations')}</Table.Th>
              {canMark ? <Table.Th>{t('completion.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {round.partners.map((row) => {
              const partner = context.partners.get(row.partnerId);
              const name = partner ? organisationName(partner.organisation, format.locale) : '—';
              return (
                <Table.Tr key={row.partnerId}>
                  <Table.Th scope="row" fw={500}>
                    {name}
                  </Table.Th>
                  <Table.Td>{context.sides.get(row.sideId)?.name ?? '—'}</Table.Td>
                  <Table.Td>
                    {row.submitted && row.submittedAt ? (
                      <Badge color="teal" variant="light">
                        {t('completion.submittedOn', { date: format.dateTime(row.submittedAt) })}
                      </Badge>
                    ) : (
                      <Badge color="gray" variant="light">
                        {t('completion.notYet')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{format.number(row.problems)}</Table.Td>
                  <Table.Td ta="right">{format.number(row.expectations)}</Table.Td>
                  {canMark ? (
                    <Table.Td>
                      {row.submitted ? null : (
                        <Button
                          size="xs"
                          variant="default"
                          loading={submitting.loading}
                          aria-label={t('completion.markFor', { name })}
                          onClick={() => void handleMark(row.partnerId)}
                        >
                          {t('completion.mark')}
                        </Button>
                      )}
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
