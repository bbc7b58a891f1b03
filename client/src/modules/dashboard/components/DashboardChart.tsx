import { Paper, Text } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { ChartFigure } from '../../../ui/charts/ChartFigure';
import type { FigureRow } from '../../../ui/charts/FiguresTable';
import { VisuallyHiddenTable } from '../../../ui/charts/VisuallyHiddenTable';
import { lazyNamed } from '../../../ui/lazyNamed';
import { LoadingState } from '../../../ui/LoadingState';

// The dashboard opens on its charts; the visible tables (and the scroll area they sit in, with
// the positioning library it imports) load when the reader switches to them.
const FiguresTable = lazyNamed(() => import('../../../ui/charts/FiguresTable'), 'FiguresTable');

export type DashboardView = 'chart' | 'table';

export interface DashboardChartProps {
  caption: string;
  view: DashboardView;
  chart: ReactNode;
  height: number;
  /** The same figures: the table view, and the chart's text alternative. */
  columns: string[];
  rows: FigureRow[];
  /** Shown instead of chart and table when there is nothing to draw. */
  empty?: string | null;
}

/** One dashboard figure: a chart with a hidden table, or the table itself in table view. */
export function DashboardChart({
  caption,
  view,
  chart,
  height,
  columns,
  rows,
  empty,
}: DashboardChartProps) {
  let body: ReactNode;
  if (empty) {
    body = (
      <>
        <Text size="sm" fw={600} mb={4}>
          {caption}
        </Text>
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      </>
    );
  } else if (view === 'table') {
    body = (
      <Suspense fallback={<LoadingState />}>
        <FiguresTable caption={caption} columns={columns} rows={rows} />
      </Suspense>
    );
  } else {
    body = (
      <ChartFigure
        caption={caption}
        height={height}
        chart={chart}
        table={<VisuallyHiddenTable caption={caption} columns={columns} rows={rows} />}
      />
    );
  }
  return (
    <Paper withBorder p="md" radius="md">
      {body}
    </Paper>
  );
}
