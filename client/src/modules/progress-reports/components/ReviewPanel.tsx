import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, Stack, Textarea, Title } from '@mantine/core';
import { REVIEW_COMMENT_MAX, ReviewDecision } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressReportFieldsFragment } from '../../../generated/graphql';
import type { EnumValue } from '../../../ui/enums';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ReviewProgressReportMutation } from '../graphql/reports';
import { reviewCommentError } from '../reportForm';

export interface ReviewPanelProps {
  report: Pick<ProgressReportFieldsFragment, 'id' | 'version'>;
  onReviewed: (notice: string) => void;
  onReload: () => void;
}

/** A coordinator approves the report or sends it back, saying what to change. */
export function ReviewPanel({ report, onReviewed, onReload }: ReviewPanelProps) {
  const { t } = useTranslation('progress-reports');
  const { t: tc } = useTranslation();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [review, { loading, error }] = useMutation(ReviewProgressReportMutation, {
    refetchQueries: ['ReportingStatus'],
  });
  const [deciding, setDeciding] = useState<EnumValue<ReviewDecision> | null>(null);

  const decide = async (decision: EnumValue<ReviewDecision>) => {
    const problem = reviewCommentError(decision, comment);
    setCommentError(problem ? tc(`fieldMessages.${problem}`) : null);
    if (problem) return;
    setDeciding(decision);
    try {
      await review({
        variables: {
          id: report.id,
          version: report.version,
          decision,
          comment: comment.trim() || null,
        },
      });
      setComment('');
      onReviewed(decision === ReviewDecision.APPROVE ? t('review.approved') : t('review.sentBack'));
    } catch {
      // Shown below from the mutation's error.
    } finally {
      setDeciding(null);
    }
  };

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('review.title')}
        </Title>
        {error ? <ErrorAlert error={error} onReload={onReload} /> : null}
        <Textarea
          label={t('review.comment')}
          description={t('review.commentHint')}
          rows={3}
          maxLength={REVIEW_COMMENT_MAX}
          value={comment}
          error={commentError}
          onChange={(event) => setComment(event.currentTarget.value)}
        />
        <Group gap="sm">
          <Button
            color="teal"
            loading={loading && deciding === ReviewDecision.APPROVE}
            disabled={loading}
            onClick={() => void decide(ReviewDecision.APPROVE)}
          >
            {t('review.approve')}
          </Button>
          <Button
            color="orange"
            variant="light"
            loading={loading && deciding === ReviewDecision.REQUEST_CHANGES}
            disabled={loading}
            onClick={() => void decide(ReviewDecision.REQUEST_CHANGES)}
          >
            {t('review.requestChanges')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
