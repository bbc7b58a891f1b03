import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS, type CellState } from '../reportGrid';

export interface ReportStatusBadgeProps {
  status: CellState;
}

export function ReportStatusBadge({ status }: ReportStatusBadgeProps) {
  const { t } = useTranslation('progress-reports');
  return (
    <Badge variant={status === 'NONE' ? 'outline' : 'light'} color={STATUS_COLORS[status]}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** The late mark, apart from the status so a late draft shows both. */
export function LateBadge() {
  const { t } = useTranslation('progress-reports');
  return (
    <Badge variant="filled" color="red">
      {t('cell.late')}
    </Badge>
  );
}
