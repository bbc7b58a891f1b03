import { Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TwinningDetailsFragment } from '../../../generated/graphql';
import { useFormat } from '../../../ui/useFormat';
import { STATUS_COLORS, type TwinningStatusValue } from '../twinningStatus';

export interface TwinningHistoryProps {
  history: TwinningDetailsFragment['history'];
}

/** Every status the relation had, oldest first: when, from → to, who recorded it and why. */
export function TwinningHistory({ history }: TwinningHistoryProps) {
  const { t } = useTranslation('twinning');
  const format = useFormat();
  const status = (value: TwinningStatusValue) => t(`enums.TwinningStatus.${value}`);
  return (
    <section aria-labelledby="twinning-history">
      <Title order={2} size="h3" id="twinning-history" mb="sm">
        {t('history.title')}
      </Title>
      <Timeline active={history.length - 1} bulletSize={14} lineWidth={2} role="list">
        {history.map((step) => (
          <Timeline.Item
            key={step.id}
            role="listitem"
            color={STATUS_COLORS[step.toStatus]}
            title={
              step.fromStatus
                ? t('history.moved', { from: status(step.fromStatus), to: status(step.toStatus) })
                : t('history.created', { status: status(step.toStatus) })
            }
          >
            <Text size="sm" c="dimmed">
              {t('history.byline', {
                date: format.date(step.effectiveOn),
                author: step.author?.name ?? t('history.unknownAuthor'),
              })}
            </Text>
            {step.note ? (
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                {step.note}
              </Text>
            ) : null}
          </Timeline.Item>
        ))}
      </Timeline>
    </section>
  );
}
