/**
 * How a reporting period reads: calendar half-years, quarters, months and years by name
 * ("2nd half of 2012"), anything else as its dates. Pure, so the component only translates.
 */
export type PeriodName =
  | { kind: 'half'; n: 1 | 2; year: number }
  | { kind: 'quarter'; n: 1 | 2 | 3 | 4; year: number }
  | { kind: 'month'; month: number; year: number }
  | { kind: 'year'; year: number }
  | { kind: 'range' };

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parse(date: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

export function namePeriod(startsOn: string, endsOn: string): PeriodName {
  const start = parse(startsOn);
  const end = parse(endsOn);
  if (!start || !end) return { kind: 'range' };
  const [year, fromMonth, fromDay] = start;
  const [endYear, toMonth, toDay] = end;
  if (year !== endYear || fromDay !== 1 || toDay !== lastDayOf(year, toMonth)) {
    return { kind: 'range' };
  }
  const months = toMonth - fromMonth + 1;
  if (months === 12) return { kind: 'year', year };
  if (months === 6 && (fromMonth === 1 || fromMonth === 7)) {
    return { kind: 'half', n: fromMonth === 1 ? 1 : 2, year };
  }
  if (months === 3 && fromMonth % 3 === 1) {
    return { kind: 'quarter', n: ((fromMonth - 1) / 3 + 1) as 1 | 2 | 3 | 4, year };
  }
  if (months === 1) return { kind: 'month', month: fromMonth, year };
  return { kind: 'range' };
}
