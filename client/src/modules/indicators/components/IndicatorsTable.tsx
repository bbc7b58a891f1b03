import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { ProgressBar } from '../../../ui/ProgressBar';
import { IndicatorSource } from '@spilno/shared';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../ui/useFormat';
import { visibleRows } from '../../../ui/useShowMore';
import { UntranslatedMark } from '../../localisation/public';
import { COUNTED_SHOWN } from '../graphql/indicators';
import { achievedShare } from '../indicatorProgress';
import type { Indicator } from './IndicatorFormModal';
import { eventPath } from '../../../app/paths';

export interface IndicatorsTableProps {
  programmeId: string;
  indicators: readonly Indicator[];
  canEdit: boolean;
  /**
   * The language names and units are written in (the programme's first working language):
   * indicators have no translations, so other readers see them marked as untranslated.
   */
  originalLanguage: string;
  onEdit: (indicator: Indicator) => void;
  onRemove: (indicator: Indicator) => void;
}

export function IndicatorsTable({
  programmeId,
  indicators,
  canEdit,
  originalLanguage,
  onEdit,
  onRemove,
}: IndicatorsTableProps) {
  const { t } = useTranslation('action-plan');
  const format = useFormat();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const columns = canEdit ? 5 : 4;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" aria-label={t('indicators.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('indicators.name')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('indicators.target')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('indicators.achieved')}
            </Table.Th>
            <Table.Th scope="col">{t('indicators.progress')}</Table.Th>
            {canEdit ? (
              <Table.Th scope="col">
                <VisuallyHidden>{t('table.rowActions')}</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((indicator) => {
            const share = achievedShare(indicator.target, indicator.achieved);
            const computed = indicator.source !== IndicatorSource.ENTERED;
            // Twinning relations are counted too, but there are no events to list for them.
            const countsEvents =
              computed && indicator.source !== IndicatorSource.TWINNING_RELATIONS;
            const open = countsEvents && expanded.has(indicator.id);
            const detailsId = `indicator-events-${indicator.id}`;
            return (
              <Fragment key={indicator.id}>
                <Table.Tr>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {countsEvents ? (
                        <ActionIcon
                          size="sm"
                          variant="subtle"
                          aria-expanded={open}
                          aria-controls={open ? detailsId : undefined}
                          aria-label={t('indicators.showEvents', { name: indicator.name })}
                          onClick={() => toggle(indicator.id)}
                        >
                          {open ? '▾' : '▸'}
                        </ActionIcon>
                      ) : null}
                      <Text size="sm" lang={originalLanguage}>
                        {indicator.name}
                        <UntranslatedMark shown={originalLanguage} />
                      </Text>
                      {computed ? (
                        <Badge variant="light" color="gray" size="sm">
                          {t('indicators.computed')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    <span lang={originalLanguage}>
                      {t('indicators.value', {
                        value: format.number(indicator.target),
                        unit: indicator.unit,
                      })}
                    </span>
                    <UntranslatedMark shown={originalLanguage} />
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    <span lang={originalLanguage}>
                      {t('indicators.value', {
                        value: format.number(indicator.achieved),
                        unit: indicator.unit,
                      })}
                    </span>
                  </Table.Td>
                  <Table.Td miw={160}>
                    {share === null ? (
                      <Text size="sm" c="dimmed">
                        {t('indicators.noTarget')}
                      </Text>
                    ) : (
                      <Group gap="xs" wrap="nowrap">
                        <ProgressBar
                          value={Math.min(share, 100)}
                          color={share >= 100 ? 'teal' : 'blue'}
                          aria-label={t('indicators.progressOf', { name: indicator.name })}
                          style={{ flex: 1 }}
                        />
                        <Text size="sm" w={48} ta="right">
                          {t('table.percent', { value: share })}
                        </Text>
                      </Group>
                    )}
                  </Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      <Group gap={6} wrap="nowrap" justify="flex-end">
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          onClick={() => onEdit(indicator)}
                          aria-label={t('indicators.edit', { name: indicator.name })}
                        >
                          {t('table.edit')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          onClick={() => onRemove(indicator)}
                          aria-label={t('indicators.remove', { name: indicator.name })}
                        >
                          {t('table.remove')}
                        </Button>
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
                {open ? (
                  <Table.Tr id={detailsId}>
                    <Table.Td colSpan={columns}>
                      {indicator.countedEvents.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          {t('indicators.countedEmpty')}
                        </Text>
                      ) : (
                        <List
                          size="sm"
                          spacing={4}
                          aria-label={t('indicators.countedLabel', { name: indicator.name })}
                        >
                          {visibleRows(indicator.countedEvents, COUNTED_SHOWN).rows.map((event) => (
                            <List.Item key={event.id}>
                              <Anchor component={Link} to={eventPath(programmeId, event.id)}>
                                {event.title}
                              </Anchor>{' '}
                              <Text span size="sm" c="dimmed">
                                {format.dateTime(event.startsAt)}
                              </Text>
                            </List.Item>
                          ))}
                          {indicator.countedEvents.length > COUNTED_SHOWN ? (
                            <List.Item>
                              <Text span size="sm" c="dimmed">
                                {t('indicators.countedFirst', { count: COUNTED_SHOWN })}
                              </Text>
                            </List.Item>
                          ) : null}
                        </List>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
