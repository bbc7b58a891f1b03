import { Badge, Button, Group, Menu, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { ProgressBar } from '../../../ui/ProgressBar';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import { UntranslatedMark } from '../../localisation/public';
import { localisedText } from '../../programmes/public';
import type { ActionRowItem } from '../actionTree';
import type { PlanAction } from '../hooks/useActionPlan';
import { OVERDUE_COLOR, STATUS_COLORS } from '../statusColors';
import { ActionStatusBadge } from './ActionStatusBadge';
import { ProgressReportPopover } from './ProgressReportPopover';

export const INDENT_REM = 1.25;

/** The open/close toggle: over WCAG 2.2's 24 px minimum target. */
const TOGGLE_PX = 28;

export interface ActionRowHandlers {
  onToggle: (id: string, expanded: boolean) => void;
  onHistory: (action: PlanAction) => void;
  onEdit: (action: PlanAction) => void;
  onAddChild: (action: PlanAction) => void;
  onRemove: (action: PlanAction) => void;
  onReported: (code: string) => void;
  onReload: () => void;
}

export interface ActionRowProps extends ActionRowHandlers {
  row: ActionRowItem<PlanAction>;
  responsible: string[];
  mayReport: boolean;
  canEdit: boolean;
  /** The programme's working languages, the first being the one titles are written in. */
  languages: readonly string[];
}

export function ActionRow({
  row,
  responsible,
  mayReport,
  canEdit,
  languages,
  ...handlers
}: ActionRowProps) {
  const { t } = useTranslation('action-plan');
  const format = useFormat();
  const { action, depth, hasChildren, expanded } = row;
  const progress = Math.round(action.progress);
  const text = localisedText(
    { title: action.title, languages, translations: action.translations },
    format.locale,
  );

  // Arrow keys on the toggle work as in a tree: right opens, left closes.
  const handleToggleKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowRight' && !expanded) {
      event.preventDefault();
      handlers.onToggle(action.id, true);
    } else if (event.key === 'ArrowLeft' && expanded) {
      event.preventDefault();
      handlers.onToggle(action.id, false);
    }
  };

  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Group gap={4} wrap="nowrap" style={{ paddingInlineStart: `${depth * INDENT_REM}rem` }}>
          {hasChildren ? (
            <UnstyledButton
              onClick={() => handlers.onToggle(action.id, !expanded)}
              onKeyDown={handleToggleKey}
              aria-expanded={expanded}
              aria-label={t(expanded ? 'table.collapse' : 'table.expand', { code: action.code })}
              w={TOGGLE_PX}
              h={TOGGLE_PX}
              ta="center"
            >
              <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
            </UnstyledButton>
          ) : (
            <span style={{ display: 'inline-block', width: TOGGLE_PX }} aria-hidden="true" />
          )}
          <Text span fw={depth === 0 ? 600 : 400} ff="monospace" size="sm">
            {action.code}
          </Text>
        </Group>
      </Table.Td>
      <Table.Td miw={180}>
        <Text size="sm" fw={hasChildren ? 600 : 400} lang={text.titleLanguage}>
          {text.title}
          <UntranslatedMark shown={text.titleLanguage} />
        </Text>
      </Table.Td>
      <Table.Td miw={160}>
        {responsible.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t('table.noResponsible')}
          </Text>
        ) : (
          <Stack gap={4}>
            {responsible.map((name) => (
              <Text key={name} size="xs" lh={1.3}>
                {name}
              </Text>
            ))}
          </Stack>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
          {t('table.datesStart', { start: format.date(action.startsOn) })}
        </Text>
        <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
          {format.date(action.dueOn)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <ActionStatusBadge status={action.status} />
          {action.overdue ? (
            <Badge color={OVERDUE_COLOR} variant="filled">
              {t('table.overdue')}
            </Badge>
          ) : null}
        </Stack>
      </Table.Td>
      <Table.Td miw={110}>
        <Group gap={6} wrap="nowrap">
          <ProgressBar
            value={progress}
            color={STATUS_COLORS[action.status]}
            aria-label={t('table.progressOf', { code: action.code })}
            style={{ flex: 1 }}
          />
          <Text size="sm" w={44} ta="right" style={{ whiteSpace: 'nowrap' }}>
            {t('table.percent', { value: progress })}
          </Text>
        </Group>
        {hasChildren ? (
          <Text size="xs" c="dimmed">
            {t('table.derived')}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-end">
          {mayReport ? (
            <ProgressReportPopover
              action={action}
              onSaved={handlers.onReported}
              onReload={handlers.onReload}
            />
          ) : null}
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => handlers.onHistory(action)}
            aria-label={t('history.open', { code: action.code })}
          >
            {t('history.button')}
          </Button>
          {canEdit ? (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('table.more', { code: action.code })}
                >
                  {t('table.moreButton')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => handlers.onEdit(action)}>{t('table.edit')}</Menu.Item>
                <Menu.Item onClick={() => handlers.onAddChild(action)}>
                  {t('table.addChild')}
                </Menu.Item>
                <Menu.Item
                  color="red"
                  disabled={hasChildren}
                  onClick={() => handlers.onRemove(action)}
                >
                  {hasChildren ? t('table.removeParent') : t('table.remove')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
