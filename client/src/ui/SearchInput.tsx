import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { SEARCH_MAX } from '@spilno/shared';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';

export interface SearchInputProps {
  label: string;
  placeholder?: string;
  /** The committed value (e.g. from the URL). */
  value: string;
  /** Called once typing pauses, not on every key. */
  onChange: (value: string) => void;
}

const DEBOUNCE_MS = 300;

export function SearchInput({ label, placeholder, value, onChange }: SearchInputProps) {
  const [text, setText] = useState(value);
  const committed = useRef(value);
  const commit = useDebouncedCallback((next: string) => {
    committed.current = next.trim();
    onChange(next.trim());
  }, DEBOUNCE_MS);

  // Follow outside changes (back button, "clear filters") without fighting the typist.
  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setText(value);
    }
  }, [value]);

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    setText(event.currentTarget.value);
    commit(event.currentTarget.value);
  };

  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      value={text}
      maxLength={SEARCH_MAX}
      onChange={handleChange}
    />
  );
}
