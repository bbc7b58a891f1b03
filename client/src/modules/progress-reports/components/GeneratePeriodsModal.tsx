import { useMutation } from '@apollo/client/react';
import { List, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  DUE_DAYS_MAX,
  generatePeriods,
  PERIOD_MONTHS_MAX,
  PERIOD_MONTHS_MIN,
  rangesOverlap,
} from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../ui/FormModal';
import { useFormat } from '../../../ui/useFormat';
import { GenerateReportingPeriodsMutation } from '../graphql/reports';
import { usePeriodName } from '../hooks/usePeriodName';
import type { GridPeriod } from '../reportGrid';

export interface GeneratePeriodsModalProps {
  programme: { id: string; startsOn: string; endsOn: string };
  existing: GridPeriod[];
  onClose: () => void;
  onDone: () => void;
}

function clamp(value: number | string, min: number, max: number, fallback: number): number {
  const n = typeof value === 'number' ? value : Number.parseInt(value, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : fallback;
}

/**
 * Fills the programme with periods of a chosen length (half-years by default), showing
 * beforehand exactly which would be added: the same rule the server applies.
 */
export function GeneratePeriodsModal({
  programme,
  existing,
  onClose,
  onDone,
}: GeneratePeriodsModalProps) {
  const { t } = useTranslation('progress-reports');
  const format = useFormat();
  const periodName = usePeriodName();
  const [months, setMonths] = useState<number | string>(6);
  const [dueDays, setDueDays] = useState<number | string>(30);
  const [generate, { loading, error }] = useMutation(GenerateReportingPeriodsMutation, {
    refetchQueries: ['ReportingStatus'],
  });
  const length = clamp(months, PERIOD_MONTHS_MIN, PERIOD_MONTHS_MAX, 6);
  const grace = clamp(dueDays, 0, DUE_DAYS_MAX, 30);
  const fresh = generatePeriods(programme, length, grace).filter(
    (p) => !existing.some((e) => rangesOverlap(p, e)),
  );

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await generate({ variables: { programmeId: programme.id, months: length, dueDays: grace } });
      onDone();
    } catch {
      // Shown above the fields from the mutation's error.
    }
  };

  return (
    <FormModal
      title={t('periods.generateTitle')}
      submitLabel={t('periods.generateConfirm')}
      submitting={loading}
      submitDisabled={fresh.length === 0}
      failure={error}
      onClose={onClose}
      onSubmit={(event) => void handleSubmit(event)}
    >
      <Text size="sm">{t('periods.generateIntro')}</Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <NumberInput
          label={t('periods.months')}
          min={PERIOD_MONTHS_MIN}
          max={PERIOD_MONTHS_MAX}
          value={months}
          onChange={setMonths}
        />
        <NumberInput
          label={t('periods.dueDays')}
          min={0}
          max={DUE_DAYS_MAX}
          value={dueDays}
          onChange={setDueDays}
        />
      </SimpleGrid>
      <Stack gap={4}>
        <Text size="sm" fw={600} aria-live="polite">
          {fresh.length > 0
            ? t('periods.preview', { count: fresh.length })
            : t('periods.previewNone')}
        </Text>
        {fresh.length > 0 ? (
          <List size="sm" spacing={2}>
            {fresh.slice(0, PREVIEW_MAX).map((p) => (
              <List.Item key={p.startsOn}>
                {periodName(p.startsOn, p.endsOn)} —{' '}
                {t('cell.lateSince', { date: format.date(p.dueOn) })}
              </List.Item>
            ))}
            {fresh.length > PREVIEW_MAX ? <List.Item>…</List.Item> : null}
          </List>
        ) : null}
      </Stack>
    </FormModal>
  );
}

/** Enough to check the pattern; a monthly cadence over years would fill the screen. */
const PREVIEW_MAX = 12;
