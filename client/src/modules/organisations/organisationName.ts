export interface NamedOrganisation {
  name: string;
  nameEn?: string | null;
}

/** Organisations carry their own (Ukrainian or national) name and optionally an English one. */
export function organisationName(organisation: NamedOrganisation, locale: string): string {
  return locale === 'en' && organisation.nameEn ? organisation.nameEn : organisation.name;
}
