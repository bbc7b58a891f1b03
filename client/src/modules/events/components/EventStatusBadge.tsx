import { Badge } from '@mantine/core';
import type { EventStatus } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import type { EnumValue } from '../../../ui/enums';

const COLORS: Record<EnumValue<EventStatus>, string> = {
  PLANNED: 'blue',
  HELD: 'teal',
  CANCELLED: 'gray',
  POSTPONED: 'yellow',
};

export function EventStatusBadge({ status }: { status: EnumValue<EventStatus> }) {
  const { t } = useTranslation('events');
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`enums.EventStatus.${status}`)}
    </Badge>
  );
}
