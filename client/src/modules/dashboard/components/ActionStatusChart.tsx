import { BarsChart } from '../../../ui/charts/BarsChart';

export interface StatusBar {
  label: string;
  count: number;
  fill: string;
}

export interface ActionStatusChartProps {
  data: StatusBar[];
  /** Name of the counted series in the tooltip. */
  seriesName: string;
}

/** Actions per status as bars. Loaded on demand. */
export function ActionStatusChart({ data, seriesName }: ActionStatusChartProps) {
  return (
    <BarsChart
      data={data}
      categoryKey="label"
      orientation="horizontal"
      categoryWidth={96}
      series={[{ key: 'count', name: seriesName, fill: 'var(--mantine-color-blue-6)' }]}
    />
  );
}
