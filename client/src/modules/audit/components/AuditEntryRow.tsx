import { Badge, Button, Collapse, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { AuditAction } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import type { AuditLogQuery } from '../../../generated/graphql';
import type { EnumValue } from '../../../ui/enums';
import { useFormat } from '../../../ui/useFormat';
import { useRecordTypeLabel } from '../../../ui/recordType';
import { AuditChanges } from './AuditChanges';

export type AuditEntry = AuditLogQuery['auditLog']['items'][number];

const ACTION_COLORS: Record<EnumValue<AuditAction>, string> = {
  [AuditAction.CREATE]: 'green',
  [AuditAction.UPDATE]: 'blue',
  [AuditAction.DELETE]: 'red',
  [AuditAction.SIGN_IN]: 'gray',
  [AuditAction.SIGN_OUT]: 'gray',
};

export interface AuditEntryRowProps {
  entry: AuditEntry;
  columns: number;
}

/** One entry plus a details row that discloses its before/after values. */
export function AuditEntryRow({ entry, columns }: AuditEntryRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const recordType = useRecordTypeLabel();
  const [expanded, { toggle }] = useDisclosure(false);
  const detailsId = `audit-entry-${entry.id}-changes`;

  return (
    <>
      <Table.Tr>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(entry.at)}</Table.Td>
        <Table.Td>{entry.actor ? entry.actor.name : t('audit.system')}</Table.Td>
        <Table.Td>
          <Badge variant="light" color={ACTION_COLORS[entry.action]}>
            {t(`enums.AuditAction.${entry.action}`)}
          </Badge>
        </Table.Td>
        <Table.Td>
          <Text span size="sm">
            {recordType(entry.entityType)}
          </Text>{' '}
          <Text span size="xs" c="dimmed" ff="monospace">
            {entry.entityId}
          </Text>
        </Table.Td>
        <Table.Td>{entry.summary ?? t('common.none')}</Table.Td>
        <Table.Td>
          {entry.changes.length === 0 ? (
            <Text span c="dimmed">
              {t('common.none')}
            </Text>
          ) : (
            <Button
              size="compact-sm"
              variant="subtle"
              aria-expanded={expanded}
              aria-controls={detailsId}
              onClick={toggle}
            >
              {expanded
                ? t('audit.hideChanges')
                : t('audit.showChanges', { count: entry.changes.length })}
            </Button>
          )}
        </Table.Td>
      </Table.Tr>
      {entry.changes.length > 0 ? (
        <Table.Tr id={detailsId} hidden={!expanded}>
          <Table.Td colSpan={columns} p={0}>
            <Collapse expanded={expanded}>
              <div style={{ padding: 'var(--mantine-spacing-sm)' }}>
                <AuditChanges changes={entry.changes} />
              </div>
            </Collapse>
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  );
}
