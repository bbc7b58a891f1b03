import { Badge } from '@mantine/core';
import type { ActionStatus } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import type { EnumValue } from '../../../ui/enums';
import { STATUS_COLORS } from '../statusColors';

export interface ActionStatusBadgeProps {
  status: EnumValue<ActionStatus>;
}

export function ActionStatusBadge({ status }: ActionStatusBadgeProps) {
  const { t } = useTranslation('action-plan');
  return (
    <Badge variant="light" color={STATUS_COLORS[status]}>
      {t(`status.${status}`)}
    </Badge>
  );
}
