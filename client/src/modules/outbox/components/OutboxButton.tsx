import { Badge, Box, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OUTBOX_PATH } from '../../../app/paths';
import { useCurrentUser } from '../../auth/public';
import { pendingCount, useOutboxItems } from '../hooks/useOutboxItems';

/** The app frame's way to the outbox, with the number of writes not sent yet. */
export function OutboxButton() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const count = pendingCount(useOutboxItems(user.id));
  return (
    <Button
      component={Link}
      to={OUTBOX_PATH}
      variant="subtle"
      size="compact-sm"
      aria-label={t('outbox.button', { count })}
      rightSection={
        count > 0 ? (
          <Badge size="sm" circle color="orange" aria-hidden>
            {count}
          </Badge>
        ) : null
      }
    >
      {/* A narrow header keeps the user menu whole: the word gives way to an envelope there. */}
      <Box component="span" visibleFrom="xs">
        {t('outbox.label')}
      </Box>
      <Box component="span" hiddenFrom="xs" aria-hidden>
        ✉
      </Box>
    </Button>
  );
}
