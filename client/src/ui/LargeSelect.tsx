import { Select, type ComboboxItem, type SelectProps } from '@mantine/core';
import { useMemo, useState } from 'react';

export interface LargeSelectProps extends Omit<SelectProps, 'data'> {
  data: readonly ComboboxItem[];
}

/**
 * A searchable Select for long lists (countries, currencies). Mantine renders every option
 * even while closed; a form with several such lists re-rendered them on each keystroke, so
 * the options are handed over only while the dropdown is open.
 */
export function LargeSelect({
  data,
  value,
  onDropdownOpen,
  onDropdownClose,
  ...props
}: LargeSelectProps) {
  const [opened, setOpened] = useState(false);
  const shown = useMemo(() => {
    if (opened) return [...data];
    const selected = data.find((option) => option.value === value);
    return selected ? [selected] : [];
  }, [opened, data, value]);

  return (
    <Select
      searchable
      {...props}
      value={value}
      data={shown}
      onDropdownOpen={() => {
        setOpened(true);
        onDropdownOpen?.();
      }}
      onDropdownClose={() => {
        setOpened(false);
        onDropdownClose?.();
      }}
    />
  );
}
