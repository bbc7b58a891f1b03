import { useQuery } from '@apollo/client/react';
import { Button, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { ErrorCode, EventType, PAGE_LIMIT_MAX } from '@spilno/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { enumOptions, parseEnum } from '../../../ui/enums';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorCodeOf } from '../../../ui/errors';
import { FilterBar } from '../../../ui/FilterBar';
import { LoadingState } from '../../../ui/LoadingState';
import { TablePagination } from '../../../ui/TablePagination';
import { useListParams } from '../../../ui/useListParams';
import {
  browserTimeZone,
  dateOf,
  dayStartIn,
  localDateIn,
  monthGrid,
  nextDay,
  weekDays,
} from '../eventTime';
import { EventsQuery } from '../graphql/events';
import { useCalendarOpening } from '../hooks/useCalendarOpening';
import { useEventsProgramme } from '../hooks/useEventsProgramme';
import { CalendarFeedControl } from './CalendarFeedControl';
import { EventFormModal } from './EventFormModal';
import { EventsCalendar } from './EventsCalendar';
import { EventsTable } from './EventsTable';
import { EventsWeek } from './EventsWeek';

const FILTER_KEYS = ['type', 'from', 'to', 'view', 'date'] as const;
const EVENT_TYPES = Object.values(EventType);
const VIEWS = ['list', 'calendar', 'week'] as const;

export interface EventsTabProps {
  programmeId: string;
}

/** The programme's events as a filterable list, a month or a week calendar, with quick logging. */
export function EventsTab({ programmeId }: EventsTabProps) {
  const { t } = useTranslation('events');
  const params = useListParams(FILTER_KEYS);
  const { context, loading, error, refetch } = useEventsProgramme(programmeId);
  const [logging, setLogging] = useState(false);
  const [notice, setNotice] = useState('');
  const readerZone = useMemo(() => browserTimeZone(), []);

  const { filters } = params;
  const view = parseEnum(VIEWS, filters.view) ?? 'list';
  const today = localDateIn(new Date().toISOString(), readerZone);
  const linked = dateOf(filters.date);
  const opening = useCalendarOpening({
    programmeId,
    period: context?.programme ?? null,
    today,
    enabled: view !== 'list' && linked === null,
  });
  // One day in the URL places both calendars, so switching between the month and the week
  // keeps the period: a month opens at its first week, a week opens its month.
  const week = linked ?? opening ?? today;
  const placing = view !== 'list' && linked === null && opening === null;
  const month = week.slice(0, 7);
  const type = parseEnum(EVENT_TYPES, filters.type);

  const variables = useMemo(() => {
    if (view === 'week') {
      // A day either side of the week, so events on one of its days in any zone are fetched.
      const days = weekDays(week);
      return {
        programmeId,
        type,
        from: dayStartIn(days[0] ?? week, 'Pacific/Kiritimati'),
        to: dayStartIn(nextDay(nextDay(days.at(-1) ?? week)), 'Pacific/Pago_Pago'),
        limit: PAGE_LIMIT_MAX,
        offset: 0,
      };
    }
    if (view === 'calendar') {
      // A day either side of the grid, so events on a grid day in any zone are fetched.
      const weeks = monthGrid(month);
      const first = weeks[0]?.[0] ?? `${month}-01`;
      const last = weeks.at(-1)?.at(-1) ?? `${month}-28`;
      return {
        programmeId,
        type,
        from: dayStartIn(first, 'Pacific/Kiritimati'),
        to: dayStartIn(nextDay(nextDay(last)), 'Pacific/Pago_Pago'),
        limit: PAGE_LIMIT_MAX,
        offset: 0,
      };
    }
    return {
      programmeId,
      type,
      from: filters.from ? dayStartIn(filters.from, readerZone) : null,
      to: filters.to ? dayStartIn(nextDay(filters.to), readerZone) : null,
      limit: params.limit,
      offset: params.offset,
    };
  }, [view, week, month, programmeId, type, filters.from, filters.to, readerZone, params]);
  const events = useQuery(EventsQuery, { variables, skip: !context || placing });
  const page = events.data?.events ?? events.previousData?.events ?? null;

  if (loading && !context) return <LoadingState />;
  if (!context) {
    if (errorCodeOf(error) === ErrorCode.NOT_FOUND || !error)
      return <EmptyMessage title={t('page.notFoundTitle')} />;
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  const canLog = context.access.canLog;

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <SegmentedControl
          aria-label={t('list.view.label')}
          value={view}
          onChange={(value) => {
            const next = parseEnum(VIEWS, value);
            params.setFilter('view', next === 'list' ? null : next);
          }}
          data={[
            { value: 'list', label: t('list.view.list') },
            { value: 'calendar', label: t('list.view.calendar') },
            { value: 'week', label: t('list.view.week') },
          ]}
        />
        <Group gap="sm">
          <CalendarFeedControl programmeId={programmeId} />
          {canLog ? <Button onClick={() => setLogging(true)}>{t('list.log')}</Button> : null}
        </Group>
      </Group>
      <FilterBar>
        <Select
          label={t('list.filters.type')}
          data={enumOptions(EVENT_TYPES, (value) => t(`enums.EventType.${value}`))}
          value={type}
          onChange={(value) => params.setFilter('type', value)}
          clearable
        />
        {view === 'list' ? (
          <>
            <TextInput
              type="date"
              label={t('list.filters.from')}
              value={filters.from ?? ''}
              onChange={(event) => params.setFilter('from', event.currentTarget.value || null)}
            />
            <TextInput
              type="date"
              label={t('list.filters.to')}
              value={filters.to ?? ''}
              onChange={(event) => params.setFilter('to', event.currentTarget.value || null)}
            />
          </>
        ) : null}
      </FilterBar>
      <Text role="status" size="sm" c="teal" aria-live="polite">
        {notice}
      </Text>
      {events.error ? (
        <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />
      ) : null}
      {!page ? (
        <LoadingState />
      ) : view === 'calendar' ? (
        <>
          <EventsCalendar
            programmeId={programmeId}
            languages={context.programme.languages}
            month={month}
            events={page.items}
            onMonthChange={(next) => params.setFilter('date', `${next}-01`)}
          />
          {page.total > page.items.length ? (
            <Text size="sm" c="dimmed">
              {t('calendar.tooMany', { count: page.items.length })}
            </Text>
          ) : null}
        </>
      ) : view === 'week' ? (
        <>
          <EventsWeek
            programmeId={programmeId}
            languages={context.programme.languages}
            date={week}
            events={page.items}
            onDateChange={(next) => params.setFilter('date', next)}
          />
          {page.total > page.items.length ? (
            <Text size="sm" c="dimmed">
              {t('week.tooMany', { count: page.items.length })}
            </Text>
          ) : null}
        </>
      ) : page.items.length === 0 ? (
        <EmptyMessage
          title={t('list.empty')}
          description={canLog ? t('list.emptyEditable') : undefined}
        />
      ) : (
        <>
          <EventsTable context={context} events={page.items} />
          <TablePagination
            total={page.total}
            page={params.page}
            limit={params.limit}
            onPageChange={params.setPage}
          />
        </>
      )}
      {logging ? (
        <EventFormModal
          context={context}
          mode={{ kind: 'log' }}
          onClose={() => setLogging(false)}
          onReload={() => void refetch()}
          onSaved={(event) => {
            setLogging(false);
            setNotice(t('list.logged', { title: event.title }));
          }}
        />
      ) : null}
    </Stack>
  );
}
