import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

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

/** Actions per status as bars, each in its status colour. Loaded on demand. */
export function ActionStatusChart({ data, seriesName }: ActionStatusChartProps) {
  return (
    <BarChart
      responsive
      layout="vertical"
      data={data}
      accessibilityLayer={false}
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 0, right: 16, bottom: 0, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
      <YAxis type="category" dataKey="label" width={96} tick={{ fontSize: 11 }} />
      <Tooltip cursor={{ fillOpacity: 0.1 }} />
      <Bar dataKey="count" name={seriesName} isAnimationActive={false} />
    </BarChart>
  );
}
