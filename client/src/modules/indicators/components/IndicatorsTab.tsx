import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { DEFAULT_LOCALE } from '@spilno/shared';
import { lazy, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { useFormat } from '../../../ui/useFormat';
import { ChartFigure } from '../../../ui/charts/ChartFigure';
import { IndicatorsQuery, RemoveIndicatorMutation } from '../graphql/indicators';
import { achievedShare } from '../indicatorProgress';
import { IndicatorFormModal, type Indicator } from './IndicatorFormModal';
import { IndicatorsTable } from './IndicatorsTable';

const IndicatorChart = lazy(async () => ({
  default: (await import('./IndicatorChart')).IndicatorChart,
}));

type Dialog =
  | { kind: 'none' }
  | { kind: 'form'; indicator: Indicator | null }
  | {
      kind: 'remove';
      indicator: Indicator;
    };

/** The programme's indicators, target against achieved, kept by its coordinators. */
export function IndicatorsTab({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('action-plan');
  const format = useFormat();
  const headingId = useId();
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const [notice, setNotice] = useState('');
  const { data, loading, error, refetch } = useQuery(IndicatorsQuery, {
    variables: { programmeId },
    fetchPolicy: 'cache-and-network',
  });
  const [removeIndicator, removing] = useMutation(RemoveIndicatorMutation, {
    refetchQueries: ['Indicators'],
  });

  const programme = data?.programme;
  if (loading && !programme) return <LoadingState />;
  if (!programme) {
    return error ? (
      <ErrorAlert error={error} onRetry={() => void refetch()} />
    ) : (
      <EmptyMessage title={t('notFound')} />
    );
  }

  const closeDialog = () => {
    removing.reset();
    setDialog({ kind: 'none' });
  };
  const handleReload = () => {
    closeDialog();
    void refetch();
  };
  const handleRemove = async (indicator: Indicator) => {
    try {
      await removeIndicator({ variables: { id: indicator.id, version: indicator.version } });
      closeDialog();
      setNotice(t('indicators.removed', { name: indicator.name }));
    } catch {
      // Shown in the dialog from the mutation's error state.
    }
  };

  const chartData = programme.indicators.map((indicator) => ({
    name: indicator.name,
    target: 100,
    achieved: achievedShare(indicator.target, indicator.achieved) ?? 0,
    targetText: t('indicators.value', {
      value: format.number(indicator.target),
      unit: indicator.unit,
    }),
    achievedText: t('indicators.value', {
      value: format.number(indicator.achieved),
      unit: indicator.unit,
    }),
  }));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h4" id={headingId}>
          {t('indicators.title')}
        </Title>
        {programme.canEdit ? (
          <Button onClick={() => setDialog({ kind: 'form', indicator: null })}>
            {t('indicators.create')}
          </Button>
        ) : null}
      </Group>
      <Text role="status" size="sm" c="teal" aria-live="polite">
        {notice}
      </Text>
      {programme.indicators.length === 0 ? (
        <EmptyMessage title={t('indicators.empty')} />
      ) : (
        <>
          <IndicatorsTable
            programmeId={programmeId}
            indicators={programme.indicators}
            canEdit={programme.canEdit}
            originalLanguage={programme.languages[0] ?? DEFAULT_LOCALE}
            onEdit={(indicator) => setDialog({ kind: 'form', indicator })}
            onRemove={(indicator) => setDialog({ kind: 'remove', indicator })}
          />
          {/* The table above carries the same figures, so the chart needs no table of its own. */}
          <ChartFigure
            caption={t('indicators.chart')}
            height={Math.max(160, 56 * chartData.length + 60)}
            chart={
              <IndicatorChart
                data={chartData}
                targetName={t('indicators.target')}
                achievedName={t('indicators.achieved')}
                percent={(value) => t('table.percent', { value })}
              />
            }
          />
        </>
      )}

      {dialog.kind === 'form' ? (
        <IndicatorFormModal
          programme={programme}
          indicator={dialog.indicator}
          onClose={closeDialog}
          onReload={handleReload}
          onSaved={(name) => {
            closeDialog();
            setNotice(t('indicators.saved', { name }));
          }}
        />
      ) : null}
      <ConfirmModal
        opened={dialog.kind === 'remove'}
        title={
          dialog.kind === 'remove'
            ? t('indicators.removeTitle', { name: dialog.indicator.name })
            : ''
        }
        body={t('indicators.removeBody')}
        confirmLabel={t('remove.confirm')}
        danger
        busy={removing.loading}
        error={removing.error}
        onConfirm={() => {
          if (dialog.kind === 'remove') void handleRemove(dialog.indicator);
        }}
        onCancel={closeDialog}
        onReload={handleReload}
      />
    </Stack>
  );
}
