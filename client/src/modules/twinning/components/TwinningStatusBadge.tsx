import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS, type TwinningStatusValue } from '../twinningStatus';

export function TwinningStatusBadge({ status }: { status: TwinningStatusValue }) {
  const { t } = useTranslation('twinning');
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {t(`enums.TwinningStatus.${status}`)}
    </Badge>
  );
}
