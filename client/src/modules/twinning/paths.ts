export const TWINNING_PATH = '/twinning';

export function twinningPath(id: string): string {
  return `${TWINNING_PATH}/${encodeURIComponent(id)}`;
}
