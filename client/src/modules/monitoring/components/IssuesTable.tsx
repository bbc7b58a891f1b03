import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IssueSummaryFragment } from '../../../generated/graphql';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../../organisations/public';
import type { MonitoringContext } from '../hooks/useMonitoringProgramme';
import { IssueStatusBadge, KindBadge, SeverityBadge } from './IssueBadges';
import { issuePath } from '../../../app/paths';

export interface IssuesTableProps {
  context: MonitoringContext;
  issues: readonly IssueSummaryFragment[];
}

/** Issues newest first; scrolls sideways on a phone. */
export function IssuesTable({ context, issues }: IssuesTableProps) {
  const { t } = useTranslation('monitoring');
  const format = useFormat();

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped aria-label={t('issues.label')} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('issues.columns.raisedAt')}</Table.Th>
            <Table.Th>{t('issues.columns.kind')}</Table.Th>
            <Table.Th>{t('issues.columns.title')}</Table.Th>
            <Table.Th>{t('issues.columns.category')}</Table.Th>
            <Table.Th>{t('issues.columns.severity')}</Table.Th>
            <Table.Th>{t('issues.columns.raisedBy')}</Table.Th>
            <Table.Th>{t('issues.columns.status')}</Table.Th>
            <Table.Th>{t('issues.columns.assignee')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((issue) => {
            const side = context.partnerOfOrganisation.get(issue.raisedBy.id)?.side.id;
            return (
              <Table.Tr key={issue.id}>
                <Table.Td>{format.dateTime(issue.createdAt)}</Table.Td>
                <Table.Td>
                  <KindBadge kind={issue.kind} />
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={issuePath(context.programme.id, issue.id)}>
                    {issue.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`enums.IssueCategory.${issue.category}`)}</Table.Td>
                <Table.Td>
                  <SeverityBadge severity={issue.severity} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{organisationName(issue.raisedBy, format.locale)}</Text>
                  {side ? (
                    <Text size="xs" c="dimmed">
                      {context.sides.get(side)?.name}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <IssueStatusBadge status={issue.status} />
                </Table.Td>
                <Table.Td>{issue.assignee?.name ?? '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
