export function organisationPath(id: string): string {
  return `/organisations/${encodeURIComponent(id)}`;
}
