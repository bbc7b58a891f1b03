import { OrganisationKind } from '@spilno/shared';

/** A directory entry of the demo data; `key` lets the rest of the seed refer to it. */
export interface SeedOrganisation {
  key: string;
  name: string;
  nameEn?: string;
  kind: OrganisationKind;
  country: string;
  region: string;
  parent?: string;
  population?: number;
  councilsInRegion?: number;
}

const KHARKIV_REGION = 'Харківська область';
const BELGOROD_REGION = 'Белгородская область';

/** District councils listed as members on the association's page (before the 2020 reform). */
const KHARKIV_DISTRICTS = [
  'Балаклійська',
  'Барвінківська',
  'Близнюківська',
  'Богодухівська',
  'Борівська',
  'Валківська',
  'Великобурлуцька',
  'Вовчанська',
  'Дворічанська',
  'Дергачівська',
  'Зачепилівська',
  'Зміївська',
  'Золочівська',
  'Ізюмська',
  'Кегичівська',
  'Коломацька',
  'Красноградська',
  'Краснокутська',
  "Куп'янська",
  'Лозівська',
  'Нововодолазька',
  'Первомайська',
  'Печенізька',
  'Сахновщинська',
  'Харківська',
  'Чугуївська',
  'Шевченківська',
];

/** City councils listed as members on the same page. */
const KHARKIV_CITIES = [
  'Ізюмська',
  'Куп’янська',
  'Лозівська',
  'Люботинська',
  'Первомайська',
  'Чугуївська',
];

export const SEED_ORGANISATIONS: SeedOrganisation[] = [
  {
    key: 'kharkivRegion',
    name: 'Харківська обласна рада',
    nameEn: 'Kharkiv Regional Council',
    kind: OrganisationKind.REGIONAL_COUNCIL,
    country: 'UA',
    region: KHARKIV_REGION,
    population: 2_598_961,
  },
  ...KHARKIV_DISTRICTS.map((name, index) => ({
    key: `kharkivDistrict${index}`,
    name: `${name} районна рада`,
    kind: OrganisationKind.DISTRICT_COUNCIL,
    country: 'UA',
    region: KHARKIV_REGION,
    parent: 'kharkivRegion',
  })),
  ...KHARKIV_CITIES.map((name, index) => ({
    key: `kharkivCity${index}`,
    name: `${name} міська рада`,
    kind: OrganisationKind.CITY_COUNCIL,
    country: 'UA',
    region: KHARKIV_REGION,
    parent: 'kharkivRegion',
  })),
  {
    key: 'kharkivCityCouncil',
    name: 'Харківська міська рада',
    nameEn: 'Kharkiv City Council',
    kind: OrganisationKind.CITY_COUNCIL,
    country: 'UA',
    region: KHARKIV_REGION,
    population: 1_421_125,
  },
  {
    key: 'association',
    name: 'Асоціація органів місцевого самоврядування Харківської області',
    nameEn: 'Association of Local Governments of Kharkiv Region',
    kind: OrganisationKind.ASSOCIATION,
    country: 'UA',
    region: KHARKIV_REGION,
    // Since the 2020 reform: 56 communities, 7 district councils and the regional council.
    councilsInRegion: 64,
  },
  {
    key: 'developmentCentre',
    name: 'Центр інформаційно-методичної і правової допомоги та розвитку громад',
    nameEn: 'Centre for Information, Methodological and Legal Assistance and Community Development',
    kind: OrganisationKind.OTHER,
    country: 'UA',
    region: KHARKIV_REGION,
    parent: 'association',
  },
  {
    key: 'regionalCooperationNgo',
    name: 'Регіональне співробітництво та європейська інтеграція українських міст',
    nameEn: 'Regional Cooperation and European Integration of Ukrainian Cities',
    kind: OrganisationKind.NGO,
    country: 'UA',
    region: KHARKIV_REGION,
  },
  {
    key: 'belgorodDuma',
    name: 'Белгородская областная Дума',
    nameEn: 'Belgorod Regional Duma',
    kind: OrganisationKind.REGIONAL_COUNCIL,
    country: 'RU',
    region: BELGOROD_REGION,
  },
  {
    key: 'belgorodAssociation',
    name: 'Ассоциация «Совет муниципальных образований Белгородской области»',
    nameEn: 'Association "The Municipalities of Belgorod Region"',
    kind: OrganisationKind.ASSOCIATION,
    country: 'RU',
    region: BELGOROD_REGION,
  },
  ...['Белгородский', 'Шебекинский', 'Грайворонский', 'Валуйский', 'Волоконовский'].map(
    (name, index) => ({
      key: `belgorodDistrict${index}`,
      name: `Муниципальный совет ${name.replace(/ий$/, 'ого')} района`,
      kind: OrganisationKind.DISTRICT_COUNCIL,
      country: 'RU',
      region: BELGOROD_REGION,
      parent: 'belgorodDuma',
    }),
  ),
  {
    key: 'belgorodCity',
    name: 'Белгородский городской совет',
    nameEn: 'Belgorod City Council',
    kind: OrganisationKind.CITY_COUNCIL,
    country: 'RU',
    region: BELGOROD_REGION,
  },
  {
    key: 'sibiuCounty',
    name: 'Consiliul Județean Sibiu',
    nameEn: 'Sibiu County Council',
    kind: OrganisationKind.REGIONAL_COUNCIL,
    country: 'RO',
    region: 'Sibiu',
  },
];

/** The association's members as its page lists them: the regional, district and city councils. */
export const ASSOCIATION_MEMBER_KEYS = SEED_ORGANISATIONS.filter(
  (o) =>
    o.country === 'UA' &&
    (o.key === 'kharkivRegion' ||
      o.key.startsWith('kharkivDistrict') ||
      o.key.startsWith('kharkivCity')),
).map((o) => o.key);

export const BELGOROD_MEMBER_KEYS = SEED_ORGANISATIONS.filter(
  (o) => o.key.startsWith('belgorod') && o.key !== 'belgorodAssociation',
).map((o) => o.key);

/** A member count the association declared, as the demo data keeps it. */
export interface SeedDeclaredMembers {
  asOf: string;
  count: number;
  eligibleCount: number;
  statedPercent: number | null;
  source: string;
}

/**
 * The association's own figures: the directory lists only some of its members, so its
 * coverage comes from these. Its site dates neither; the first describes the councils elected
 * before the local elections of 25 October 2020, the second those formed by them.
 */
export const ASSOCIATION_DECLARED_MEMBERS: SeedDeclaredMembers[] = [
  {
    asOf: '2020-10-24',
    // 382 of 395 is 96.7 %, as the association says; the share is computed from the counts.
    count: 382,
    eligibleCount: 395,
    statedPercent: null,
    source:
      'Сайт Асоціації, «Членство в Асоціації»: 382 ради різного рівня, 96,7 % місцевих рад ' +
      'Харківської області, у тому числі 18 об’єднаних територіальних громад',
  },
  {
    asOf: '2021-01-01',
    // 62 of 64 is 96.9 %; the association rounds it to 97 %, and its own figure is kept.
    count: 62,
    eligibleCount: 64,
    statedPercent: 97,
    source:
      'Сайт Асоціації, «Члени Асоціації»: 62 місцеві ради (54 сільські, селищні, міські, ' +
      '7 районних і обласна рада), 97 % рад Харківщини після виборів 25.10.2020',
  },
];
