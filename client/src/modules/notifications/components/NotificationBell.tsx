import { useQuery } from '@apollo/client/react';
import { ActionIcon, Indicator } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NOTIFICATIONS_PATH } from '../../../app/paths';
import { UnreadNotificationsQuery } from '../graphql/notifications';

/** How often the frame asks for the unread count. */
export const UNREAD_POLL_MS = 60_000;

/** The bell in the app's header: the unread count, and the way to the notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useQuery(UnreadNotificationsQuery, { pollInterval: UNREAD_POLL_MS });
  const unread = data?.notifications.unread ?? 0;
  return (
    <Indicator label={unread} size={18} disabled={unread === 0} offset={4}>
      <ActionIcon
        component={Link}
        to={NOTIFICATIONS_PATH}
        variant="subtle"
        size="lg"
        aria-label={t('notificationBell.label', { count: unread })}
      >
        <span aria-hidden="true">🔔</span>
      </ActionIcon>
    </Indicator>
  );
}
