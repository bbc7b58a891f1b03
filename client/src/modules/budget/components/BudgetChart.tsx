import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';

export interface BudgetBar {
  name: string;
  planned: number;
  spent: number;
}

export interface BudgetChartProps {
  data: BudgetBar[];
  plannedName: string;
  spentName: string;
  /** Full amount for the tooltip. */
  money: (value: number) => string;
  /** Short amount for the axis. */
  moneyShort: (value: number) => string;
}

/** Planned and spent side by side for each partner. Loaded on demand. */
export function BudgetChart({ data, plannedName, spentName, money, moneyShort }: BudgetChartProps) {
  return (
    <BarChart
      responsive
      layout="vertical"
      data={data}
      accessibilityLayer={false}
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 0, right: 16, bottom: 0, left: 8 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" tickFormatter={moneyShort} tick={{ fontSize: 11 }} />
      <YAxis type="category" dataKey="name" width={200} tick={{ fontSize: 11 }} />
      <Tooltip formatter={(value) => (typeof value === 'number' ? money(value) : value)} />
      <Legend verticalAlign="top" />
      <Bar
        dataKey="planned"
        name={plannedName}
        fill="var(--mantine-color-blue-3)"
        isAnimationActive={false}
      />
      <Bar
        dataKey="spent"
        name={spentName}
        fill="var(--mantine-color-blue-7)"
        isAnimationActive={false}
      />
    </BarChart>
  );
}
