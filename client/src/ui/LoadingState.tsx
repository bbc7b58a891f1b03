import { Center, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface LoadingStateProps {
  /** Fill the viewport (before the app shell exists) instead of a content area. */
  fullPage?: boolean;
}

/** A spinner that screen readers announce as "Loading…". */
export function LoadingState({ fullPage = false }: LoadingStateProps) {
  const { t } = useTranslation();
  return (
    <Center role="status" mih={fullPage ? '100dvh' : 160} aria-live="polite">
      <Loader size="md" aria-hidden="true" />
      <Text ml="sm" c="dimmed">
        {t('common.loading')}
      </Text>
    </Center>
  );
}
