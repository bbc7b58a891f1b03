import { FieldMessage, PROGRESS_MAX, PROGRESS_MIN } from '@spilno/shared';

/** A progress value as typed: a whole per cent between the shared limits. */
export function validateProgress(value: number | string | null | undefined): FieldMessage | null {
  if (value === null || value === undefined || value === '') return FieldMessage.REQUIRED;
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number) || !Number.isInteger(number)) return FieldMessage.INVALID;
  if (number < PROGRESS_MIN || number > PROGRESS_MAX) return FieldMessage.OUT_OF_RANGE;
  return null;
}

/** Keeps a slider or typed value inside 0–100 and whole. */
export function clampProgress(value: number): number {
  if (!Number.isFinite(value)) return PROGRESS_MIN;
  return Math.min(PROGRESS_MAX, Math.max(PROGRESS_MIN, Math.round(value)));
}
