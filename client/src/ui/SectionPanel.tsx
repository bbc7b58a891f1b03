import { Button, Group, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SectionPanelAction {
  label: string;
  onClick: () => void;
  disabled?: boolean;
}

export interface SectionPanelProps {
  /** Names the section (and any table inside it that points at it with `aria-labelledby`). */
  headingId: string;
  heading: ReactNode;
  /** The one button beside the heading, usually "add"; left off for readers who may not edit. */
  action?: SectionPanelAction | null;
  children: ReactNode;
}

/** A bordered section of a detail page: its heading, an optional button beside it, its body. */
export function SectionPanel({ headingId, heading, action, children }: SectionPanelProps) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id={headingId}>
          {heading}
        </Title>
        {action ? (
          <Button size="xs" variant="light" disabled={action.disabled} onClick={action.onClick}>
            {action.label}
          </Button>
        ) : null}
      </Group>
      {children}
    </Paper>
  );
}
