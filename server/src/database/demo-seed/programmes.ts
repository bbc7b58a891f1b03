import { PartnerRole, ProgrammeStatus } from '@spilno/shared';
import type { Translation } from '../../common/translation';

export interface SeedProgramme {
  code: string;
  title: string;
  summary: string;
  startsOn: string;
  endsOn: string;
  status: ProgrammeStatus;
  /** Whether its public page is online. */
  published: boolean;
  currency: string;
  languages: string[];
  /** Title and summary in the other working languages. */
  translations: Translation[];
  sides: { name: string; country: string }[];
  partners: { organisation: string; side: number; role: PartnerRole }[];
}

export const SEED_PROGRAMMES: SeedProgramme[] = [
  {
    code: 'KH-BE-2012',
    title:
      'Прикордонне міжмуніципальне співробітництво у розвитку місцевого самоврядування Бєлгородської та Харківської областей на 2012–2014 роки',
    summary:
      'Розвиток місцевого самоврядування Бєлгородської та Харківської областей, створення й реалізація міжнародних проєктів, розвиток існуючих і нових побратимських міжмуніципальних зв’язків, моніторинг проблемних питань та очікувань місцевого самоврядування у розвитку транскордонного співробітництва.',
    startsOn: '2012-01-01',
    endsOn: '2014-12-31',
    status: ProgrammeStatus.ACTIVE,
    published: true,
    currency: 'UAH',
    languages: ['uk', 'ru', 'en'],
    translations: [
      {
        language: 'en',
        title:
          'Cross-border inter-municipal cooperation in developing local self-government of Belgorod and Kharkiv regions, 2012–2014',
        text: 'Developing local self-government of Belgorod and Kharkiv regions, creating and carrying out international projects, developing existing and new twinning relations between municipalities, and monitoring the problems and expectations of local self-government in cross-border cooperation.',
      },
    ],
    sides: [
      { name: 'Харківська область', country: 'UA' },
      { name: 'Белгородская область', country: 'RU' },
    ],
    partners: [
      { organisation: 'kharkivRegion', side: 0, role: PartnerRole.LEAD },
      { organisation: 'association', side: 0, role: PartnerRole.PARTNER },
      { organisation: 'kharkivDistrict7', side: 0, role: PartnerRole.ASSOCIATED },
      { organisation: 'belgorodDuma', side: 1, role: PartnerRole.LEAD },
      { organisation: 'belgorodAssociation', side: 1, role: PartnerRole.PARTNER },
      { organisation: 'belgorodDistrict1', side: 1, role: PartnerRole.ASSOCIATED },
    ],
  },
  {
    code: 'SPACES-2020',
    title: 'SPACES. Просторове планування для доступності, співробітництва та економічної сталості',
    summary:
      '4–6 сусідніх громад Харківщини разом з експертами розробляють субрегіональну концепцію просторового розвитку та щонайменше два пілотні проєкти міжмуніципального співробітництва; навчальний візит до Сібіу (Румунія).',
    startsOn: '2020-01-01',
    endsOn: '2020-12-31',
    status: ProgrammeStatus.DRAFT,
    published: false,
    currency: 'EUR',
    languages: ['uk', 'en'],
    translations: [],
    sides: [
      { name: 'Харківська область', country: 'UA' },
      { name: 'Județul Sibiu', country: 'RO' },
    ],
    partners: [
      { organisation: 'developmentCentre', side: 0, role: PartnerRole.LEAD },
      { organisation: 'kharkivDistrict11', side: 0, role: PartnerRole.PARTNER },
      { organisation: 'sibiuCounty', side: 1, role: PartnerRole.PARTNER },
    ],
  },
];
