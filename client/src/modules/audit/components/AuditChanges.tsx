import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditLogQuery } from '../../../generated/graphql';

type AuditChange = AuditLogQuery['auditLog']['items'][number]['changes'][number];

export interface AuditChangesProps {
  changes: AuditChange[];
}

/** Values are JSON; strings and numbers read best as they are, the rest as JSON text. */
function AuditValue({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined) {
    return (
      <Text span c="dimmed">
        {t('common.none')}
      </Text>
    );
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return (
      <Text span style={{ wordBreak: 'break-word' }}>
        {String(value)}
      </Text>
    );
  }
  return (
    <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {JSON.stringify(value, null, 2)}
    </Code>
  );
}

export function AuditChanges({ changes }: AuditChangesProps) {
  const { t } = useTranslation();
  if (changes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.noChanges')}
      </Text>
    );
  }
  return (
    <Table withTableBorder verticalSpacing="xs" aria-label={t('audit.changes')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('audit.field')}</Table.Th>
          <Table.Th scope="col">{t('audit.before')}</Table.Th>
          <Table.Th scope="col">{t('audit.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => (
          <Table.Tr key={change.field}>
            <Table.Th scope="row" fw={500}>
              <Text span ff="monospace" size="sm">
                {change.field}
              </Text>
            </Table.Th>
            <Table.Td>
              <AuditValue value={change.before} />
            </Table.Td>
            <Table.Td>
              <AuditValue value={change.after} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
