import { Progress, type MantineColor, type ProgressRootProps } from '@mantine/core';

export interface ProgressBarProps extends Omit<ProgressRootProps, 'children'> {
  /** 0 to 100. */
  value: number;
  color?: MantineColor;
  striped?: boolean;
  animated?: boolean;
  /** The bar's accessible name (translated); or name it with `aria-labelledby`. */
  'aria-label'?: string;
  'aria-labelledby'?: string;
}

/**
 * A single-value progress bar with an accessible name. Mantine's `Progress` puts the
 * progressbar role on its inner section but an `aria-label` on its outer frame, which leaves
 * the bar itself nameless; here the name goes where the role is.
 */
export function ProgressBar({
  value,
  color,
  striped,
  animated,
  'aria-label': label,
  'aria-labelledby': labelledBy,
  ...root
}: ProgressBarProps) {
  return (
    <Progress.Root {...root}>
      <Progress.Section
        value={value}
        color={color}
        striped={striped}
        animated={animated}
        aria-label={label}
        aria-labelledby={labelledBy}
      />
    </Progress.Root>
  );
}
