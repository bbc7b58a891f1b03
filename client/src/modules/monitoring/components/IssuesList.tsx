import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import { IssueCategory, IssueKind, IssueSeverity, IssueStatus } from '@spilno/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonitoringRoundsQuery } from '../../../generated/graphql';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { parseEnum } from '../../../ui/enums';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { EnumFilter, FilterBar, FilterSelect } from '../../../ui/FilterBar';
import { LoadingState } from '../../../ui/LoadingState';
import { TablePagination } from '../../../ui/TablePagination';
import { useListParams } from '../../../ui/useListParams';
import { organisationName } from '../../organisations/public';
import { MonitoringIssuesQuery } from '../graphql/monitoring';
import type { MonitoringContext } from '../hooks/useMonitoringProgramme';
import { IssuesTable } from './IssuesTable';
import { issuesCsvPath } from '../../../app/paths';

/** The URL keys of the list's filters: the query's own argument names, also the CSV's. */
const FILTER_KEYS = ['status', 'kind', 'category', 'severity', 'roundId', 'raisedById'] as const;
const STATUSES = Object.values(IssueStatus);
const KINDS = Object.values(IssueKind);
const CATEGORIES = Object.values(IssueCategory);
const SEVERITIES = Object.values(IssueSeverity);

export interface IssuesListProps {
  context: MonitoringContext;
  rounds: MonitoringRoundsQuery['monitoringRounds'];
}

/** The programme's issues with a filter per field, pages and the matching CSV. */
export function IssuesList({ context, rounds }: IssuesListProps) {
  const { t, i18n } = useTranslation('monitoring');
  const params = useListParams(FILTER_KEYS);
  const { filters } = params;
  const status = parseEnum(STATUSES, filters.status);
  const kind = parseEnum(KINDS, filters.kind);
  const category = parseEnum(CATEGORIES, filters.category);
  const severity = parseEnum(SEVERITIES, filters.severity);
  const variables = useMemo(
    () => ({
      programmeId: context.programme.id,
      status,
      kind,
      category,
      severity,
      roundId: filters.roundId,
      raisedById: filters.raisedById,
      limit: params.limit,
      offset: params.offset,
    }),
    [context.programme.id, status, kind, category, severity, filters, params.limit, params.offset],
  );
  const issues = useQuery(MonitoringIssuesQuery, { variables });
  const page = issues.data?.monitoringIssues ?? issues.previousData?.monitoringIssues ?? null;

  const raisers = context.programme.partners.map((partner) => ({
    value: partner.organisation.id,
    label: organisationName(partner.organisation, i18n.language),
  }));

  return (
    <Stack gap="sm">
      <FilterBar hasFilters={params.hasFilters} onClear={params.clearFilters}>
        <EnumFilter
          label={t('filters.status')}
          values={STATUSES}
          optionLabel={(value) => t(`enums.IssueStatus.${value}`)}
          value={status}
          onChange={(value) => params.setFilter('status', value)}
        />
        <EnumFilter
          label={t('filters.kind')}
          values={KINDS}
          optionLabel={(value) => t(`enums.IssueKind.${value}`)}
          value={kind}
          onChange={(value) => params.setFilter('kind', value)}
        />
        <EnumFilter
          label={t('filters.category')}
          values={CATEGORIES}
          optionLabel={(value) => t(`enums.IssueCategory.${value}`)}
          value={category}
          onChange={(value) => params.setFilter('category', value)}
        />
        <EnumFilter
          label={t('filters.severity')}
          values={SEVERITIES}
          optionLabel={(value) => t(`enums.IssueSeverity.${value}`)}
          value={severity}
          onChange={(value) => params.setFilter('severity', value)}
        />
        <FilterSelect
          label={t('filters.round')}
          data={rounds.map((round) => ({ value: round.id, label: round.title }))}
          value={filters.roundId}
          onChange={(value) => params.setFilter('roundId', value)}
        />
        <FilterSelect
          label={t('filters.raisedBy')}
          searchable
          data={raisers}
          value={filters.raisedById}
          onChange={(value) => params.setFilter('raisedById', value)}
        />
      </FilterBar>
      <Group justify="flex-end">
        <Button
          component="a"
          variant="default"
          href={issuesCsvPath(context.programme.id, filters, i18n.resolvedLanguage)}
          download
        >
          {t('issues.exportCsv')}
        </Button>
      </Group>
      {issues.error ? (
        <ErrorAlert error={issues.error} onRetry={() => void issues.refetch()} />
      ) : null}
      {!page ? (
        <LoadingState />
      ) : page.items.length === 0 ? (
        <EmptyMessage title={params.hasFilters ? t('issues.noneMatching') : t('issues.empty')} />
      ) : (
        <>
          <IssuesTable context={context} issues={page.items} />
          <TablePagination
            total={page.total}
            page={params.page}
            limit={params.limit}
            onPageChange={params.setPage}
          />
        </>
      )}
    </Stack>
  );
}
