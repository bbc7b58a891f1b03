import { Group, Stack, Text } from '@mantine/core';
import { ProgressBar } from '../../../ui/ProgressBar';
import { useTranslation } from 'react-i18next';
import type { PublicProgrammeQuery } from '../../../generated/graphql';

type Action = NonNullable<PublicProgrammeQuery['publicProgramme']>['actions'][number];

/** The top-level actions of the plan, each with its progress. */
export function PublicPlan({ actions }: { actions: Action[] }) {
  const { t } = useTranslation('public-site');
  const { t: tPlan } = useTranslation('action-plan');
  if (actions.length === 0) return <Text c="dimmed">{t('plan.empty')}</Text>;
  return (
    <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {actions.map((action) => {
        const progress = Math.round(action.progress);
        return (
          <li key={action.code}>
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
              <Text size="sm">
                <Text span fw={600}>
                  {action.code}
                </Text>{' '}
                {action.title}
              </Text>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {t('percent', { value: progress })}
              </Text>
            </Group>
            <ProgressBar
              value={progress}
              size="sm"
              mt={4}
              aria-label={t('plan.progressOf', { action: action.title })}
            />
            <Text size="xs" c="dimmed" mt={2}>
              {tPlan(`status.${action.status}`)}
            </Text>
          </li>
        );
      })}
    </Stack>
  );
}
