import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgressReportFieldsFragment } from '../../../generated/graphql';
import { useFormat } from '../../../ui/useFormat';

export interface ReviewThreadProps {
  reviews: ProgressReportFieldsFragment['reviews'];
}

/** Every review decision on the report, oldest first, with who made it and why. */
export function ReviewThread({ reviews }: ReviewThreadProps) {
  const { t } = useTranslation('progress-reports');
  const format = useFormat();
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('review.thread')}
      </Title>
      {reviews.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('review.noReviews')}
        </Text>
      ) : (
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {reviews.map((review) => (
            <Card key={review.id} withBorder padding="sm" component="li">
              <Group justify="space-between" gap="xs">
                <Badge variant="light" color={review.decision === 'APPROVE' ? 'teal' : 'orange'}>
                  {t(`enums.ReviewDecision.${review.decision}`)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t('review.by', {
                    name: review.author?.name ?? t('review.someone'),
                    date: format.dateTime(review.at),
                  })}
                </Text>
              </Group>
              {review.comment ? (
                <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
                  {review.comment}
                </Text>
              ) : null}
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
