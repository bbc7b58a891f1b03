import { Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import { isDerived, type ActionRowItem } from '../actionTree';
import { responsibleNames, type ActionPlan, type PlanAction } from '../hooks/useActionPlan';
import { ActionRow, type ActionRowHandlers } from './ActionRow';

export interface ActionTreeTableProps extends ActionRowHandlers {
  plan: ActionPlan;
  rows: ActionRowItem<PlanAction>[];
}

/**
 * The plan as an indented table: parents open and close with their toggle (mouse, Enter,
 * Space, or the arrow keys), and each row offers what the reader may do with it.
 */
export function ActionTreeTable({ plan, rows, ...handlers }: ActionTreeTableProps) {
  const { t } = useTranslation('action-plan');
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={920}>
      <Table verticalSpacing="xs" highlightOnHover aria-label={t('table.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('table.code')}</Table.Th>
            <Table.Th scope="col">{t('table.title')}</Table.Th>
            <Table.Th scope="col">{t('table.responsible')}</Table.Th>
            <Table.Th scope="col">{t('table.dates')}</Table.Th>
            <Table.Th scope="col">{t('table.status')}</Table.Th>
            <Table.Th scope="col">{t('table.progress')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('table.rowActions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <ActionRow
              key={row.action.id}
              row={row}
              responsible={responsibleNames(row.action, plan.partners, format.locale)}
              // A parent's progress is its sub-actions' roll-up: nobody reports on it directly.
              mayReport={!isDerived(row.action) && row.action.viewerCan.reportProgress}
              canEdit={plan.programme.canEdit}
              languages={plan.programme.languages}
              {...handlers}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
