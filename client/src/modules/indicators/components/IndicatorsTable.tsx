import { Button, Group, Progress, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import { achievedShare } from '../indicatorProgress';
import type { Indicator } from './IndicatorFormModal';

export interface IndicatorsTableProps {
  indicators: readonly Indicator[];
  canEdit: boolean;
  onEdit: (indicator: Indicator) => void;
  onRemove: (indicator: Indicator) => void;
}

export function IndicatorsTable({ indicators, canEdit, onEdit, onRemove }: IndicatorsTableProps) {
  const { t } = useTranslation('plan');
  const format = useFormat();
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
            return (
              <Table.Tr key={indicator.id}>
                <Table.Td>{indicator.name}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t('indicators.value', {
                    value: format.number(indicator.target),
                    unit: indicator.unit,
                  })}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t('indicators.value', {
                    value: format.number(indicator.achieved),
                    unit: indicator.unit,
                  })}
                </Table.Td>
                <Table.Td miw={160}>
                  {share === null ? (
                    <Text size="sm" c="dimmed">
                      {t('indicators.noTarget')}
                    </Text>
                  ) : (
                    <Group gap="xs" wrap="nowrap">
                      <Progress
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
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
