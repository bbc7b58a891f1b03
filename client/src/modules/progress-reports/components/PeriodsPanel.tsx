import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { addDays, FieldMessage } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { firstFieldMessage } from '../../../ui/errors';
import { useFormat } from '../../../ui/useFormat';
import { RemoveReportingPeriodMutation } from '../graphql/reports';
import { usePeriodName } from '../hooks/usePeriodName';
import type { GridPeriod } from '../reportGrid';
import { GeneratePeriodsModal } from './GeneratePeriodsModal';
import { PeriodFormModal, type PeriodFormMode } from './PeriodFormModal';

export interface PeriodsPanelProps {
  programme: { id: string; startsOn: string; endsOn: string };
  periods: GridPeriod[];
  onChanged: (notice: string) => void;
  onReload: () => void;
}

/** The coordinators' controls: the periods with their due dates, to add, change or remove. */
export function PeriodsPanel({ programme, periods, onChanged, onReload }: PeriodsPanelProps) {
  const { t } = useTranslation('progress-reports');
  const format = useFormat();
  const periodName = usePeriodName();
  const [form, setForm] = useState<PeriodFormMode | null>(null);
  const [generating, setGenerating] = useState(false);
  const [removing, setRemoving] = useState<GridPeriod | null>(null);
  const [remove, removal] = useMutation(RemoveReportingPeriodMutation, {
    refetchQueries: ['ReportingStatus'],
  });
  const last = periods.at(-1);
  const nextStart = last ? addDays(last.endsOn, 1) : programme.startsOn;

  const handleRemove = async () => {
    if (!removing) return;
    try {
      await remove({ variables: { id: removing.id, version: removing.version } });
      setRemoving(null);
      onChanged(t('periods.generated'));
    } catch {
      // Shown in the dialog.
    }
  };
  const inUse = firstFieldMessage(removal.error) === FieldMessage.IN_USE;

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('periods.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('periods.intro')}
      </Text>
      <Group gap="sm">
        <Button
          variant="light"
          onClick={() =>
            setForm({ kind: 'create', programmeId: programme.id, startsOn: nextStart })
          }
        >
          {t('periods.add')}
        </Button>
        <Button variant="default" onClick={() => setGenerating(true)}>
          {t('periods.generate')}
        </Button>
      </Group>
      {periods.length > 0 ? (
        <Table.ScrollContainer minWidth={360}>
          <Table aria-label={t('periods.label')} maw={720}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('periods.name')}</Table.Th>
                <Table.Th>{t('periods.dates')}</Table.Th>
                <Table.Th>{t('periods.dueOn')}</Table.Th>
                <Table.Th>{t('periods.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {periods.map((period) => {
                const name = periodName(period.startsOn, period.endsOn);
                return (
                  <Table.Tr key={period.id}>
                    <Table.Td>{name}</Table.Td>
                    <Table.Td>
                      {format.date(period.startsOn)} – {format.date(period.endsOn)}
                    </Table.Td>
                    <Table.Td>{format.date(period.dueOn)}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('periods.edit', { period: name })}
                          onClick={() => setForm({ kind: 'edit', period })}
                        >
                          ✎
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('periods.remove', { period: name })}
                          onClick={() => {
                            removal.reset();
                            setRemoving(period);
                          }}
                        >
                          ×
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {form ? (
        <PeriodFormModal
          mode={form}
          onClose={() => setForm(null)}
          onReload={onReload}
          onSaved={() => {
            setForm(null);
            onChanged(t('periods.saved'));
          }}
        />
      ) : null}
      {generating ? (
        <GeneratePeriodsModal
          programme={programme}
          existing={periods}
          onClose={() => setGenerating(false)}
          onDone={() => {
            setGenerating(false);
            onChanged(t('periods.generated'));
          }}
        />
      ) : null}
      <ConfirmModal
        opened={removing !== null}
        title={t('periods.removeTitle')}
        body={
          removing
            ? t('periods.removeBody', { period: periodName(removing.startsOn, removing.endsOn) })
            : null
        }
        confirmLabel={t('periods.removeConfirm')}
        danger
        busy={removal.loading}
        error={removal.error}
        errorMessage={inUse ? t('periods.inUse') : null}
        onConfirm={() => void handleRemove()}
        onCancel={() => setRemoving(null)}
        onReload={onReload}
      />
    </Stack>
  );
}
