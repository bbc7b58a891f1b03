import { Badge } from '@mantine/core';
import type { IssueKind, IssueSeverity, IssueStatus } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import type { EnumValue } from '../../../ui/enums';

const STATUS_COLORS: Record<EnumValue<IssueStatus>, string> = {
  OPEN: 'blue',
  IN_REVIEW: 'violet',
  IN_PROGRESS: 'yellow',
  RESOLVED: 'teal',
  DISMISSED: 'gray',
};

export const SEVERITY_COLORS: Record<EnumValue<IssueSeverity>, string> = {
  LOW: 'gray',
  MEDIUM: 'blue',
  HIGH: 'orange',
  CRITICAL: 'red',
};

export function IssueStatusBadge({ status }: { status: EnumValue<IssueStatus> }) {
  const { t } = useTranslation('monitoring');
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {t(`enums.IssueStatus.${status}`)}
    </Badge>
  );
}

export function SeverityBadge({ severity }: { severity: EnumValue<IssueSeverity> }) {
  const { t } = useTranslation('monitoring');
  return (
    <Badge color={SEVERITY_COLORS[severity]} variant="outline">
      {t(`enums.IssueSeverity.${severity}`)}
    </Badge>
  );
}

export function KindBadge({ kind }: { kind: EnumValue<IssueKind> }) {
  const { t } = useTranslation('monitoring');
  return (
    <Badge color={kind === 'PROBLEM' ? 'red' : 'indigo'} variant="dot">
      {t(`enums.IssueKind.${kind}`)}
    </Badge>
  );
}
