import { BarsChart } from '../../../ui/charts/BarsChart';

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
    <BarsChart
      data={data}
      categoryKey="name"
      orientation="horizontal"
      categoryWidth={200}
      formatValue={money}
      formatTick={moneyShort}
      series={[
        { key: 'planned', name: plannedName, fill: 'var(--mantine-color-blue-3)' },
        { key: 'spent', name: spentName, fill: 'var(--mantine-color-blue-7)' },
      ]}
    />
  );
}
