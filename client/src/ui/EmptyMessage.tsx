import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

export interface EmptyMessageProps {
  title: string;
  description?: string;
  action?: ReactNode;
}

export function EmptyMessage({ title, description, action }: EmptyMessageProps) {
  return (
    <EmptyState title={title} description={description} py="xl">
      {action ? <EmptyState.Actions>{action}</EmptyState.Actions> : null}
    </EmptyState>
  );
}
