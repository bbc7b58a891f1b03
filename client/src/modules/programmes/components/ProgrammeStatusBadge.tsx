import { Badge, type MantineColor } from '@mantine/core';
import { ProgrammeStatus } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import type { EnumValue } from '../../../ui/enums';

const COLORS: Record<EnumValue<ProgrammeStatus>, MantineColor> = {
  [ProgrammeStatus.DRAFT]: 'gray',
  [ProgrammeStatus.ACTIVE]: 'green',
  [ProgrammeStatus.COMPLETED]: 'blue',
  [ProgrammeStatus.SUSPENDED]: 'orange',
};

export interface ProgrammeStatusBadgeProps {
  status: EnumValue<ProgrammeStatus>;
}

export function ProgrammeStatusBadge({ status }: ProgrammeStatusBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`enums.ProgrammeStatus.${status}`)}
    </Badge>
  );
}
