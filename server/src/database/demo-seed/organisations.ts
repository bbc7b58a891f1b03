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
    // 382 member councils were 96.7 % of the region's councils before the 2020 reform.
    councilsInRegion: 395,
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
