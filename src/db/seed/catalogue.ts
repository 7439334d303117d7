/**
 * The demo's service catalogue: what the partner network offers, where, to whom, with how
 * many places and how many kept for the single point of contact. Invented but realistic for
 * Armenia: the employment offices' vocational training, job clubs, job mediation and wage
 * subsidies; the welfare centres' benefit advice, rent support and day care; NGOs' debt
 * counselling, psychosocial counselling, an addiction day programme, mentoring and workplace
 * adaptation; the municipality's kindergarten places and emergency accommodation; employers'
 * on-the-job training. Names and descriptions in English, Russian and Armenian; barrier codes
 * from the default assessment instrument (migration 0010). Bookings come with the plans.
 */
import type { Insertable, Kysely } from 'kysely';
import type { DB, ServiceAtLocationTable, ServiceLocationTable, ServiceTable } from '../types';
import { insertAll } from './insert';
import { GYUMRI, VANADZOR, YEREVAN, type ServedMunicipality } from './municipalities';
import type { OrganisationRows } from './organisations';
import type { Rng } from './random';

type Text = { en: string; ru: string; hy: string };
type Segment = 'self_service' | 'standard' | 'intensive' | 'specialist';
type Day = { byday: string; opensAt: string; closesAt: string };

interface PlaceSpec {
  key: string;
  org: string;
  name: string;
  address: string;
  municipality: ServedMunicipality;
  postalCode: string;
  at: [number, number];
  accessibility?: string;
}

interface ServiceSpec {
  org: string;
  name: Text;
  description: Text;
  type: string;
  barriers: string[];
  languages: string[];
  capacity: number;
  reserved: number;
  cost: number | null;
  places: string[];
  schedule: Day[];
  eligibility?: { minAge?: number; maxAge?: number; segments?: Segment[]; requiresBenefit?: boolean; description?: Text };
  applicationProcess?: Text;
  phone?: string;
  status?: 'inactive';
}

const WEEKDAYS: Day[] = [{ byday: 'MO,TU,WE,TH,FR', opensAt: '09:00', closesAt: '18:00' }];
const STEP_FREE = 'Step-free entrance from the street; accessible toilet';

const PLACES: PlaceSpec[] = [
  { key: 'kentron', org: 'pes-yerevan', name: 'Kentron Employment Office', address: 'Tigran Mets Ave 23, Yerevan', municipality: YEREVAN, postalCode: '0010', at: [40.176, 44.5148], accessibility: STEP_FREE },
  { key: 'campus', org: 'training-skills', name: 'Training Campus', address: 'Arshakunyats Ave 34, Yerevan', municipality: YEREVAN, postalCode: '0026', at: [40.1654, 44.4932], accessibility: 'Lift to every floor' },
  { key: 'shengavit', org: 'csw-yerevan', name: 'Shengavit Territorial Centre', address: 'Bagratunyats Ave 15, Yerevan', municipality: YEREVAN, postalCode: '0054', at: [40.1556, 44.4853], accessibility: STEP_FREE },
  { key: 'hope', org: 'ngo-hope', name: 'Family Support Centre', address: 'Nar-Dos St 18, Yerevan', municipality: YEREVAN, postalCode: '0018', at: [40.172, 44.521] },
  { key: 'ararat', org: 'employer-ararat', name: 'Ararat Food Processing Plant', address: 'Artsakh Ave 60, Yerevan', municipality: YEREVAN, postalCode: '0060', at: [40.14, 44.5] },
  { key: 'gyumri-pes', org: 'pes-gyumri', name: 'Gyumri Employment Office', address: 'Vardanants Square 2, Gyumri', municipality: GYUMRI, postalCode: '3101', at: [40.7894, 43.8475], accessibility: STEP_FREE },
  { key: 'gyumri-csw', org: 'csw-gyumri', name: 'Gyumri Territorial Centre', address: 'Rustaveli St 40, Gyumri', municipality: GYUMRI, postalCode: '3104', at: [40.796, 43.84] },
  { key: 'shirak-ngo', org: 'ngo-shirak', name: "Women's Resource Centre", address: 'Shirakatsi St 7, Gyumri', municipality: GYUMRI, postalCode: '3104', at: [40.788, 43.842] },
  { key: 'textile', org: 'employer-shirak', name: 'Shirak Textile Sewing Factory', address: 'Gayi St 5, Gyumri', municipality: GYUMRI, postalCode: '3116', at: [40.795, 43.86], accessibility: 'Ground floor workshop' },
  { key: 'vanadzor-csw', org: 'csw-vanadzor', name: 'Vanadzor Territorial Centre', address: 'Tigran Mets Ave 28, Vanadzor', municipality: VANADZOR, postalCode: '2001', at: [40.8128, 44.4883], accessibility: STEP_FREE },
  { key: 'city-hall', org: 'municipality-vanadzor', name: 'City Hall, Social Affairs Department', address: 'Tigran Mets Ave 1, Vanadzor', municipality: VANADZOR, postalCode: '2001', at: [40.8126, 44.4889], accessibility: STEP_FREE },
  { key: 'kindergarten-5', org: 'municipality-vanadzor', name: 'Kindergarten No. 5', address: 'Myasnikyan St 30, Vanadzor', municipality: VANADZOR, postalCode: '2018', at: [40.809, 44.495] },
  { key: 'kindergarten-12', org: 'municipality-vanadzor', name: 'Kindergarten No. 12', address: 'Garegin Nzhdeh St 14, Vanadzor', municipality: VANADZOR, postalCode: '2021', at: [40.818, 44.481] },
  { key: 'lori-ngo', org: 'ngo-lori', name: 'Day Centre', address: 'Myasnikyan St 12, Vanadzor', municipality: VANADZOR, postalCode: '2018', at: [40.81, 44.492], accessibility: 'Step-free throughout; hearing loop in the group room' },
];

const TOWNS: Record<string, Text> = {
  'csw-yerevan': { en: 'Yerevan', ru: 'Ереван', hy: 'Երևան' },
  'csw-gyumri': { en: 'Gyumri', ru: 'Гюмри', hy: 'Գյումրի' },
  'csw-vanadzor': { en: 'Vanadzor', ru: 'Ванадзор', hy: 'Վանաձոր' },
};
const WELFARE_PLACE: Record<string, string> = { 'csw-yerevan': 'shengavit', 'csw-gyumri': 'gyumri-csw', 'csw-vanadzor': 'vanadzor-csw' };

const JOB_CLUB: Text = {
  en: 'Twice-weekly group sessions: CVs, interviews, online job search and peer support.',
  ru: 'Групповые занятия дважды в неделю: резюме, собеседования, поиск работы онлайн и взаимная поддержка.',
  hy: 'Շաբաթական երկու անգամ խմբային պարապմունքներ՝ ինքնակենսագրական, հարցազրույց, առցանց աշխատանքի որոնում և փոխադարձ աջակցություն։',
};

const SERVICES: ServiceSpec[] = [
  {
    org: 'pes-yerevan', type: 'training', places: ['kentron', 'campus'], capacity: 40, reserved: 10, cost: 180000, languages: ['hy', 'ru'], schedule: WEEKDAYS,
    name: { en: 'Vocational training voucher', ru: 'Ваучер на профессиональное обучение', hy: 'Մասնագիտական ուսուցման վաուչեր' },
    description: {
      en: "Three- to six-month courses at accredited colleges (welder, cook, accountant's assistant, IT support) with a state certificate.",
      ru: 'Курсы от трёх до шести месяцев в аккредитованных колледжах (сварщик, повар, помощник бухгалтера, ИТ-поддержка) с государственным сертификатом.',
      hy: 'Երեքից վեց ամիս տևողությամբ դասընթացներ հավատարմագրված քոլեջներում (եռակցող, խոհարար, հաշվապահի օգնական, ՏՏ աջակցություն)՝ պետական վկայականով։',
    },
    barriers: ['no_qualification', 'low_education', 'long_absence_from_work'],
    eligibility: {
      minAge: 18, maxAge: 63, segments: ['standard', 'intensive'],
      description: { en: 'Registered jobseekers without a recognised qualification', ru: 'Зарегистрированные соискатели без признанной квалификации', hy: 'Առանց ճանաչված որակավորման գրանցված աշխատանք փնտրողներ' },
    },
    applicationProcess: {
      en: 'Your case manager issues the voucher; you choose the course with the college.',
      ru: 'Ваучер выдаёт ваш куратор; курс вы выбираете вместе с колледжем.',
      hy: 'Վաուչերը տրամադրում է ձեր գործի վարողը, դասընթացն ընտրում եք քոլեջի հետ։',
    },
  },
  {
    org: 'pes-yerevan', type: 'almp', places: ['kentron'], capacity: 15, reserved: 5, cost: 20000, languages: ['hy', 'ru'],
    schedule: [{ byday: 'TU,TH', opensAt: '10:00', closesAt: '13:00' }],
    name: { en: 'Job club', ru: 'Клуб ищущих работу', hy: 'Աշխատանք փնտրողների ակումբ' }, description: JOB_CLUB,
    barriers: ['low_confidence', 'low_motivation', 'long_absence_from_work', 'no_work_experience', 'low_digital_skills'],
    eligibility: { segments: ['standard', 'intensive'] },
  },
  {
    org: 'pes-yerevan', type: 'subsidy', places: ['kentron'], capacity: 25, reserved: 5, cost: 450000, languages: ['hy'], schedule: WEEKDAYS,
    name: { en: 'Wage subsidy for hiring a long-term unemployed person', ru: 'Субсидия на зарплату при найме длительно безработного', hy: 'Աշխատավարձի սուբսիդիա երկարատև գործազուրկին աշխատանքի ընդունելու համար' },
    description: {
      en: 'The agency pays half of the minimum wage for up to twelve months to an employer who hires the client on an open-ended contract.',
      ru: 'Агентство до двенадцати месяцев оплачивает половину минимальной зарплаты работодателю, который принимает клиента на бессрочный договор.',
      hy: 'Գործակալությունը մինչև տասներկու ամիս վճարում է նվազագույն աշխատավարձի կեսը այն գործատուին, որը հաճախորդին ընդունում է անորոշ ժամկետով պայմանագրով։',
    },
    barriers: ['long_absence_from_work', 'no_work_experience', 'needs_workplace_adaptation', 'criminal_record'],
    eligibility: { minAge: 18, segments: ['intensive', 'specialist'] },
  },
  {
    org: 'pes-gyumri', type: 'almp', places: ['gyumri-pes'], capacity: 12, reserved: 4, cost: 20000, languages: ['hy', 'ru'],
    schedule: [{ byday: 'MO,WE', opensAt: '14:00', closesAt: '17:00' }],
    name: { en: 'Job club, Gyumri', ru: 'Клуб ищущих работу, Гюмри', hy: 'Աշխատանք փնտրողների ակումբ, Գյումրի' }, description: JOB_CLUB,
    barriers: ['low_confidence', 'low_motivation', 'long_absence_from_work', 'no_work_experience'],
    eligibility: { segments: ['standard', 'intensive'] },
  },
  {
    org: 'pes-gyumri', type: 'training', places: ['gyumri-pes', 'textile'], capacity: 20, reserved: 5, cost: 140000, languages: ['hy', 'ru'],
    schedule: [{ byday: 'MO,TU,WE,TH,FR', opensAt: '09:00', closesAt: '14:00' }],
    name: { en: 'Sewing machine operator course', ru: 'Курс оператора швейного оборудования', hy: 'Կարի սարքավորումների օպերատորի դասընթաց' },
    description: {
      en: 'Four-month course with practice at Shirak Textile; most graduates are offered a job there.',
      ru: 'Четырёхмесячный курс с практикой на «Ширак Текстиль»; большинству выпускников предлагают там работу.',
      hy: 'Չորս ամսվա դասընթաց՝ «Շիրակ Տեքստիլ»-ում պրակտիկայով, շրջանավարտների մեծ մասին այնտեղ աշխատանք է առաջարկվում։',
    },
    barriers: ['no_qualification', 'no_work_experience'],
  },
  {
    org: 'pes-gyumri', type: 'job_placement', places: ['gyumri-pes'], capacity: 60, reserved: 0, cost: null, languages: ['hy', 'ru'], schedule: WEEKDAYS,
    name: { en: 'Job mediation and job fairs', ru: 'Посредничество в трудоустройстве и ярмарки вакансий', hy: 'Աշխատանքի տեղավորման միջնորդություն և աշխատանքի տոնավաճառներ' },
    description: {
      en: 'Matching with vacancies registered by employers in Shirak and Lori, and a job fair every month.',
      ru: 'Подбор вакансий, зарегистрированных работодателями Ширака и Лори, и ежемесячная ярмарка вакансий.',
      hy: 'Շիրակի և Լոռու գործատուների գրանցած թափուր աշխատատեղերի համադրում և ամենամսյա աշխատանքի տոնավաճառ։',
    },
    barriers: ['no_work_experience', 'long_absence_from_work', 'limited_mobility'],
    eligibility: { segments: ['self_service', 'standard'] },
  },
  {
    org: 'pes-gyumri', type: 'almp', places: ['gyumri-pes'], capacity: 40, reserved: 0, cost: 210000, languages: ['hy'], schedule: WEEKDAYS, status: 'inactive',
    name: { en: 'Public works, summer 2026', ru: 'Общественные работы, лето 2026', hy: 'Հասարակական աշխատանքներ, 2026 թ. ամառ' },
    description: {
      en: 'Paid seasonal work in parks and on roads (the programme has ended).',
      ru: 'Оплачиваемая сезонная работа в парках и на дорогах (программа завершена).',
      hy: 'Վարձատրվող սեզոնային աշխատանք այգիներում և ճանապարհներին (ծրագիրն ավարտված է)։',
    },
    barriers: ['long_absence_from_work', 'low_work_readiness'],
  },
  {
    org: 'employer-ararat', type: 'job_placement', places: ['ararat'], capacity: 8, reserved: 2, cost: 120000, languages: ['hy', 'ru'],
    schedule: [{ byday: 'MO,TU,WE,TH,FR', opensAt: '08:00', closesAt: '16:00' }],
    name: { en: 'On-the-job training in food processing', ru: 'Обучение на рабочем месте в пищевом производстве', hy: 'Աշխատավայրում ուսուցում սննդի վերամշակման ոլորտում' },
    description: {
      en: 'Three months of paid practice on the production line with a mentor, then an employment contract.',
      ru: 'Три месяца оплачиваемой практики на производственной линии с наставником, затем трудовой договор.',
      hy: 'Երեք ամիս վարձատրվող պրակտիկա արտադրական գծում՝ մենթորի հետ, որից հետո՝ աշխատանքային պայմանագիր։',
    },
    barriers: ['no_work_experience', 'no_qualification', 'low_work_readiness'],
    eligibility: { minAge: 18 },
  },
  {
    org: 'employer-shirak', type: 'job_placement', places: ['textile'], capacity: 6, reserved: 3, cost: 90000, languages: ['hy'],
    schedule: [{ byday: 'MO,TU,WE,TH,FR', opensAt: '09:30', closesAt: '14:30' }],
    name: { en: 'Supported employment for women returning to work', ru: 'Сопровождаемое трудоустройство для женщин, возвращающихся к работе', hy: 'Աջակցվող զբաղվածություն աշխատանքի վերադարձող կանանց համար' },
    description: {
      en: 'Part-time sewing jobs with flexible hours that fit school and kindergarten times.',
      ru: 'Работа швеёй на неполный день с гибким графиком, согласованным со временем школы и детского сада.',
      hy: 'Կարուհու կես դրույքով աշխատանք ճկուն ժամանակացույցով՝ հարմարեցված դպրոցի և մանկապարտեզի ժամերին։',
    },
    barriers: ['care_duties', 'no_childcare', 'long_absence_from_work'],
    eligibility: { description: { en: 'Women registered as jobseekers', ru: 'Женщины, зарегистрированные как ищущие работу', hy: 'Որպես աշխատանք փնտրող գրանցված կանայք' } },
  },
  {
    org: 'training-skills', type: 'training', places: ['campus'], capacity: 24, reserved: 6, cost: 90000, languages: ['hy', 'ru', 'en'],
    schedule: [{ byday: 'MO,WE,FR', opensAt: '10:00', closesAt: '13:00' }],
    name: { en: 'Digital skills for work', ru: 'Цифровые навыки для работы', hy: 'Թվային հմտություններ աշխատանքի համար' },
    description: {
      en: 'Six weeks: e-mail, online forms, e-government services, office software and safe use of the internet.',
      ru: 'Шесть недель: электронная почта, онлайн-формы, электронные госуслуги, офисные программы и безопасный интернет.',
      hy: 'Վեց շաբաթ՝ էլեկտրոնային փոստ, առցանց ձևաթղթեր, էլեկտրոնային պետական ծառայություններ, գրասենյակային ծրագրեր և համացանցի անվտանգ օգտագործում։',
    },
    barriers: ['low_digital_skills', 'literacy'],
  },
  {
    org: 'training-skills', type: 'training', places: ['campus'], capacity: 18, reserved: 6, cost: 60000, languages: ['ru', 'en', 'ar'],
    schedule: [{ byday: 'MO,WE', opensAt: '18:30', closesAt: '20:30' }],
    name: { en: 'Armenian for work', ru: 'Армянский язык для работы', hy: 'Հայերեն՝ աշխատանքի համար' },
    description: {
      en: 'Evening course for returnees and refugees: everyday and workplace Armenian, reading and writing.',
      ru: 'Вечерний курс для вернувшихся мигрантов и беженцев: повседневный и рабочий армянский, чтение и письмо.',
      hy: 'Երեկոյան դասընթաց վերադարձողների և փախստականների համար՝ առօրյա և աշխատանքային հայերեն, ընթերցանություն և գրագրություն։',
    },
    barriers: ['language_barrier', 'literacy'],
  },
  ...Object.keys(TOWNS).map((org): ServiceSpec => ({
    org, type: 'benefit_advice', places: [WELFARE_PLACE[org]!], capacity: 30, reserved: 0, cost: null, languages: ['hy', 'ru'], schedule: WEEKDAYS,
    name: { en: `Benefit advice, ${TOWNS[org]!.en}`, ru: `Консультации по пособиям, ${TOWNS[org]!.ru}`, hy: `Նպաստների վերաբերյալ խորհրդատվություն, ${TOWNS[org]!.hy}` },
    description: {
      en: 'Which benefits the family may claim (family and social allowance, disability pension, childcare allowance), and help with the application.',
      ru: 'Какие пособия может получить семья (семейное и социальное пособие, пенсия по инвалидности, пособие по уходу за ребёнком), и помощь с заявлением.',
      hy: 'Ինչ նպաստներ կարող է ստանալ ընտանիքը (ընտանեկան և սոցիալական նպաստ, հաշմանդամության կենսաթոշակ, երեխայի խնամքի նպաստ), և օգնություն դիմումի հարցում։',
    },
    barriers: ['debt_problems', 'care_duties', 'housing_insecurity'],
  })),
  {
    org: 'csw-yerevan', type: 'housing', places: ['shengavit'], capacity: 10, reserved: 4, cost: 300000, languages: ['hy', 'ru'], schedule: WEEKDAYS,
    name: { en: 'Rent assistance and social housing', ru: 'Помощь с арендой и социальное жильё', hy: 'Վարձակալության աջակցություն և սոցիալական բնակարան' },
    description: {
      en: 'Rent support for up to six months, help to find a flat, and a place on the social housing list.',
      ru: 'Помощь с оплатой аренды до шести месяцев, поиск квартиры и постановка в очередь на социальное жильё.',
      hy: 'Մինչև վեց ամիս վարձավճարի աջակցություն, բնակարանի որոնում և հերթագրում սոցիալական բնակարանի համար։',
    },
    barriers: ['homelessness', 'housing_insecurity'],
    eligibility: { requiresBenefit: true },
  },
  {
    org: 'csw-yerevan', type: 'childcare', places: ['shengavit'], capacity: 20, reserved: 8, cost: null, languages: ['hy', 'ru'], schedule: WEEKDAYS,
    name: { en: 'Day-care places for children of jobseekers', ru: 'Места в яслях для детей соискателей', hy: 'Մսուրի տեղեր աշխատանք փնտրողների երեխաների համար' },
    description: {
      en: 'Places in Yerevan nurseries and kindergartens, arranged by the welfare centre while the parent takes part in a programme.',
      ru: 'Места в ереванских яслях и детских садах, которые центр соцзащиты предоставляет на время участия родителя в программе.',
      hy: 'Տեղեր Երևանի մսուրներում և մանկապարտեզներում, որոնք սոցիալական կենտրոնը տրամադրում է ծնողի ծրագրին մասնակցելու ընթացքում։',
    },
    barriers: ['no_childcare', 'care_duties'],
  },
  {
    org: 'ngo-hope', type: 'debt_counselling', places: ['hope'], capacity: 12, reserved: 4, cost: null, languages: ['hy', 'ru'],
    schedule: [{ byday: 'MO,TU,TH', opensAt: '10:00', closesAt: '17:00' }],
    name: { en: 'Debt counselling', ru: 'Консультации по долгам', hy: 'Պարտքերի հարցերով խորհրդատվություն' },
    description: {
      en: 'A debt adviser reviews all loans and fines, negotiates repayment plans with banks and bailiffs, and teaches household budgeting.',
      ru: 'Консультант разбирает все кредиты и штрафы, договаривается о графике погашения с банками и судебными исполнителями и учит вести семейный бюджет.',
      hy: 'Խորհրդատուն վերանայում է բոլոր վարկերն ու տուգանքները, բանկերի և հարկադիր կատարողների հետ համաձայնեցնում մարման ժամանակացույց և սովորեցնում ընտանեկան բյուջեի կառավարում։',
    },
    barriers: ['debt_problems', 'debt_enforcement', 'legal_proceedings'],
  },
  {
    org: 'ngo-hope', type: 'addiction', places: ['hope'], capacity: 10, reserved: 5, cost: 250000, languages: ['hy', 'ru'],
    schedule: [{ byday: 'MO,TU,WE,TH,FR', opensAt: '15:00', closesAt: '19:00' }],
    name: { en: 'Addiction recovery day programme', ru: 'Дневная программа восстановления от зависимости', hy: 'Կախվածությունից վերականգնման ցերեկային ծրագիր' },
    description: {
      en: 'Twelve-week outpatient programme with the national narcology centre: group therapy, family sessions and relapse prevention, alongside part-time work.',
      ru: 'Двенадцатинедельная амбулаторная программа с Республиканским наркологическим центром: групповая терапия, семейные встречи и профилактика срывов, совместимая с работой на неполный день.',
      hy: 'Տասներկու շաբաթ տևողությամբ ամբուլատոր ծրագիր Հանրապետական նարկոլոգիական կենտրոնի հետ՝ խմբային թերապիա, ընտանեկան հանդիպումներ և ռեցիդիվի կանխարգելում, համատեղելի կես դրույքով աշխատանքի հետ։',
    },
    barriers: ['treatment_limits_availability', 'psychological_difficulties', 'low_work_readiness'],
    eligibility: { minAge: 18, segments: ['specialist'] },
  },
  {
    org: 'ngo-hope', type: 'mentoring', places: ['hope'], capacity: 10, reserved: 3, cost: 80000, languages: ['hy', 'ru'], schedule: WEEKDAYS,
    name: { en: 'Mentoring after release from prison', ru: 'Наставничество после освобождения', hy: 'Մենթորություն ազատվելուց հետո' },
    description: {
      en: 'A trained volunteer mentor meets the client every week for six months: documents, housing, job search and probation appointments.',
      ru: 'Обученный волонтёр-наставник еженедельно встречается с клиентом в течение шести месяцев: документы, жильё, поиск работы и встречи со службой пробации.',
      hy: 'Պատրաստված կամավոր մենթորը վեց ամիս շարունակ ամեն շաբաթ հանդիպում է հաճախորդին՝ փաստաթղթեր, բնակարան, աշխատանքի որոնում և պրոբացիայի հանդիպումներ։',
    },
    barriers: ['criminal_record', 'legal_proceedings', 'social_isolation'],
  },
  {
    org: 'ngo-shirak', type: 'counselling', places: ['shirak-ngo'], capacity: 14, reserved: 4, cost: null, languages: ['hy', 'ru'], schedule: WEEKDAYS,
    name: { en: 'Psychosocial counselling for women', ru: 'Психосоциальное консультирование для женщин', hy: 'Հոգեսոցիալական խորհրդատվություն կանանց համար' },
    description: {
      en: 'Individual sessions with a psychologist and weekly support groups for women facing stress, loss or violence.',
      ru: 'Индивидуальные встречи с психологом и еженедельные группы поддержки для женщин, переживающих стресс, утрату или насилие.',
      hy: 'Անհատական հանդիպումներ հոգեբանի հետ և շաբաթական աջակցության խմբեր սթրես, կորուստ կամ բռնություն ապրող կանանց համար։',
    },
    barriers: ['psychological_difficulties', 'low_confidence', 'social_isolation'],
  },
  {
    org: 'ngo-shirak', type: 'mentoring', places: ['shirak-ngo'], capacity: 10, reserved: 2, cost: 40000, languages: ['hy'],
    schedule: [{ byday: 'SA', opensAt: '11:00', closesAt: '14:00' }],
    name: { en: 'First-job mentoring for young women', ru: 'Наставничество для молодых женщин в поиске первой работы', hy: 'Մենթորություն առաջին աշխատանքը փնտրող երիտասարդ կանանց համար' },
    description: {
      en: 'A working woman from the same town accompanies the client for four months, from the first CV to the first months at work.',
      ru: 'Работающая женщина из того же города сопровождает клиентку четыре месяца — от первого резюме до первых месяцев на работе.',
      hy: 'Նույն քաղաքից աշխատող կինը չորս ամիս ուղեկցում է հաճախորդին՝ առաջին ինքնակենսագրականից մինչև աշխատանքի առաջին ամիսները։',
    },
    barriers: ['no_work_experience', 'low_confidence'],
    eligibility: { minAge: 16, maxAge: 29 },
  },
  {
    org: 'ngo-lori', type: 'counselling', places: ['lori-ngo'], capacity: 16, reserved: 4, cost: null, languages: ['hy', 'ru'], schedule: WEEKDAYS,
    name: { en: 'Peer support and counselling for people with disabilities', ru: 'Взаимная поддержка и консультирование для людей с инвалидностью', hy: 'Փոխադարձ աջակցություն և խորհրդատվություն հաշմանդամություն ունեցող անձանց համար' },
    description: {
      en: 'Counselling by a psychologist and peer groups led by people with disabilities who are in work.',
      ru: 'Консультации психолога и группы взаимной поддержки под руководством работающих людей с инвалидностью.',
      hy: 'Հոգեբանի խորհրդատվություն և փոխադարձ աջակցության խմբեր՝ աշխատող հաշմանդամություն ունեցող անձանց ղեկավարությամբ։',
    },
    barriers: ['psychological_difficulties', 'social_isolation', 'health_limitation'],
  },
  {
    org: 'ngo-lori', type: 'health', places: ['lori-ngo'], capacity: 8, reserved: 4, cost: 350000, languages: ['hy', 'ru'], schedule: WEEKDAYS,
    name: { en: 'Workplace adaptation and accessible transport', ru: 'Адаптация рабочего места и доступный транспорт', hy: 'Աշխատատեղի հարմարեցում և մատչելի տրանսպորտ' },
    description: {
      en: 'An occupational therapist assesses the job and the workplace, arranges aids and adaptations, and sets up door-to-door transport for the first months.',
      ru: 'Эрготерапевт оценивает работу и рабочее место, подбирает вспомогательные средства и адаптации и организует транспорт «от двери до двери» на первые месяцы.',
      hy: 'Էրգոթերապևտը գնահատում է աշխատանքը և աշխատատեղը, տրամադրում օժանդակ միջոցներ և հարմարեցումներ, առաջին ամիսների համար կազմակերպում տնից տուն տրանսպորտ։',
    },
    barriers: ['needs_workplace_adaptation', 'limited_mobility', 'no_transport', 'health_limitation'],
    eligibility: { segments: ['intensive', 'specialist'] },
  },
  {
    org: 'municipality-vanadzor', type: 'childcare', places: ['kindergarten-5', 'kindergarten-12'], capacity: 30, reserved: 10, cost: null, languages: ['hy'],
    schedule: [{ byday: 'MO,TU,WE,TH,FR', opensAt: '08:00', closesAt: '19:00' }],
    name: { en: 'Kindergarten places for parents in work or training', ru: 'Места в детских садах для работающих или обучающихся родителей', hy: 'Մանկապարտեզի տեղեր աշխատող կամ սովորող ծնողների համար' },
    description: {
      en: 'Places in municipal kindergartens for children aged two to six, held for parents starting work, training or a programme.',
      ru: 'Места в муниципальных детских садах для детей от двух до шести лет, закреплённые за родителями, которые начинают работу, обучение или программу.',
      hy: 'Տեղեր համայնքային մանկապարտեզներում երկուսից վեց տարեկան երեխաների համար՝ աշխատանք, ուսուցում կամ ծրագիր սկսող ծնողների համար։',
    },
    barriers: ['no_childcare', 'care_duties'],
    applicationProcess: {
      en: 'The case manager books the place; bring the child\'s birth certificate and vaccination card to the kindergarten.',
      ru: 'Место бронирует куратор; принесите в детский сад свидетельство о рождении ребёнка и карту прививок.',
      hy: 'Տեղը ամրագրում է գործի վարողը, մանկապարտեզ բերեք երեխայի ծննդյան վկայականը և պատվաստումների քարտը։',
    },
  },
  {
    org: 'municipality-vanadzor', type: 'housing', places: ['city-hall'], capacity: 8, reserved: 4, cost: null, languages: ['hy', 'ru'],
    schedule: [{ byday: 'MO,TU,WE,TH,FR,SA,SU', opensAt: '00:00', closesAt: '23:59' }],
    name: { en: 'Emergency accommodation', ru: 'Экстренное временное жильё', hy: 'Արտակարգ ժամանակավոր կացարան' },
    description: {
      en: 'Short-term rooms in the municipal shelter, with a social worker who helps to find lasting housing.',
      ru: 'Комнаты на короткий срок в муниципальном приюте и социальный работник, который помогает найти постоянное жильё.',
      hy: 'Կարճաժամկետ սենյակներ համայնքային ապաստարանում և սոցիալական աշխատող, որն օգնում է գտնել մշտական բնակարան։',
    },
    barriers: ['homelessness', 'housing_insecurity'],
  },
];

export interface CatalogueRows {
  locations: Insertable<ServiceLocationTable>[];
  services: Insertable<ServiceTable>[];
  links: Insertable<ServiceAtLocationTable>[];
}

/** The catalogue's rows for the demo network; ids come from `ids` in a fixed order. */
export function buildCatalogue(orgs: Pick<OrganisationRows, 'byKey'>, ids: Rng): CatalogueRows {
  const agency = (key: string) => {
    const org = orgs.byKey.get(key);
    if (!org) throw new Error(`The demo catalogue names an unknown organisation: ${key}`);
    return org.agencyId;
  };
  const locationId = new Map<string, string>();
  const locations = PLACES.map((p) => {
    const id = ids.uuid();
    locationId.set(p.key, id);
    return {
      id, agency_id: agency(p.org), name: p.name, address: p.address, municipality_code: p.municipality, postal_code: p.postalCode,
      latitude: p.at[0], longitude: p.at[1], accessibility: p.accessibility ?? null,
    };
  });
  const links: Insertable<ServiceAtLocationTable>[] = [];
  const services = SERVICES.map((s) => {
    const id = ids.uuid();
    for (const place of s.places) links.push({ service_id: id, location_id: locationId.get(place)! });
    const e = s.eligibility ?? {};
    return {
      id, agency_id: agency(s.org), type: s.type, status: s.status ?? 'active',
      name: JSON.stringify(s.name), description: JSON.stringify(s.description), application_process: JSON.stringify(s.applicationProcess ?? {}),
      eligibility: JSON.stringify({ minAge: e.minAge ?? null, maxAge: e.maxAge ?? null, segments: e.segments ?? [], requiresBenefit: e.requiresBenefit ?? null, description: e.description ?? {} }),
      languages: s.languages, barriers: s.barriers, schedule: JSON.stringify(s.schedule),
      capacity: s.capacity, reserved_places: s.reserved, cost_per_participant: s.cost, cost_currency: 'AMD',
    };
  });
  return { locations, services, links };
}

/** Inserts the demo catalogue; call inside the seed's transaction, after the agencies. */
export async function seedCatalogue(trx: Kysely<DB>, orgs: Pick<OrganisationRows, 'byKey'>, ids: Rng): Promise<CatalogueRows> {
  const rows = buildCatalogue(orgs, ids);
  await insertAll(trx, 'service_location', rows.locations);
  await insertAll(trx, 'service', rows.services);
  await insertAll(trx, 'service_at_location', rows.links);
  return rows;
}
