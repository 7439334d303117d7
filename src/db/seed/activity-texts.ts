/**
 * What the demo's staff write on referrals, in the language each of them works in: why the
 * client is referred (by the kind of service), why a referral is declined, withdrawn or
 * reopened, and the feedback with the outcome. Invented and short, about no real person.
 */
export type Lang = 'en' | 'ru' | 'hy';
type Text = Record<Lang, string>;

/** Why the case manager refers the client, by the catalogue service's type. */
export const REASONS: Record<string, Text[]> = {
  benefit_advice: [
    {
      en: 'Household of four lives on one irregular income; probably eligible for the family benefit but never applied. Please check eligibility and help with the application.',
      ru: 'Семья из четырёх человек живёт на нерегулярный доход одного взрослого; вероятно, имеет право на семейное пособие, но не обращалась. Просим проверить право и помочь с заявлением.',
      hy: 'Չորս հոգանոց ընտանիքն ապրում է մեկ անկանոն եկամտով, հավանաբար ունի ընտանեկան նպաստի իրավունք, բայց չի դիմել։ Խնդրում ենք ստուգել իրավունքը և օգնել դիմումի հարցում։',
    },
    {
      en: 'The client starts a training course and will lose casual earnings for three months; needs advice on which benefits can bridge the gap.',
      ru: 'Клиент начинает курс обучения и на три месяца лишится случайных заработков; нужна консультация, какие пособия помогут в этот период.',
      hy: 'Հաճախորդը սկսում է ուսուցման դասընթաց և երեք ամիս կզրկվի պատահական եկամուտներից․ անհրաժեշտ է խորհրդատվություն, թե որ նպաստները կօգնեն այդ ընթացքում։',
    },
  ],
  housing: [
    {
      en: 'Rent arrears of three months; the landlord has given notice for the end of the month. Needs rent support to keep the flat while looking for work.',
      ru: 'Задолженность по аренде за три месяца, хозяин квартиры предупредил о выселении в конце месяца. Нужна помощь с арендой, чтобы сохранить жильё на время поиска работы.',
      hy: 'Երեք ամսվա վարձավճարի պարտք, տանտերը զգուշացրել է ամսվա վերջում վտարելու մասին։ Անհրաժեշտ է վարձակալության աջակցություն՝ աշխատանք փնտրելու ընթացքում բնակարանը պահելու համար։',
    },
  ],
  childcare: [
    {
      en: 'Single parent of a three-year-old; a job offer depends on a day-care place from next month.',
      ru: 'Одинокий родитель трёхлетнего ребёнка; предложение о работе зависит от места в яслях со следующего месяца.',
      hy: 'Երեք տարեկան երեխայի միայնակ ծնող է, աշխատանքի առաջարկը կախված է հաջորդ ամսից մսուրում տեղ ստանալուց։',
    },
  ],
  training: [
    {
      en: 'No recognised qualification after eight years of casual construction work. Motivated to train; please consider for the next intake.',
      ru: 'Нет признанной квалификации, восемь лет случайной работы на стройке. Хочет учиться; просим рассмотреть на ближайший набор.',
      hy: 'Ճանաչված որակավորում չունի, ութ տարի պատահական աշխատանք է կատարել շինարարությունում։ Ցանկանում է սովորել, խնդրում ենք դիտարկել հաջորդ ընդունելության համար։',
    },
    {
      en: 'Receives social assistance and is able to work; finished school but has no vocational training. Interested in a short course with a certificate.',
      ru: 'Получает социальную помощь и трудоспособен; окончил школу, но профессионального образования нет. Интересуется коротким курсом с сертификатом.',
      hy: 'Ստանում է սոցիալական աջակցություն և աշխատունակ է, ավարտել է դպրոցը, բայց մասնագիտական կրթություն չունի։ Հետաքրքրված է վկայականով կարճ դասընթացով։',
    },
  ],
  almp: [
    {
      en: 'Out of work for over two years and lost confidence after several refusals. Group support with CVs and interviews would help.',
      ru: 'Не работает больше двух лет, после нескольких отказов потерял уверенность. Поможет групповая поддержка с резюме и собеседованиями.',
      hy: 'Ավելի քան երկու տարի չի աշխատում և մի քանի մերժումից հետո կորցրել է ինքնավստահությունը։ Կօգնի խմբային աջակցությունը ինքնակենսագրականի և հարցազրույցների հարցում։',
    },
  ],
  subsidy: [
    {
      en: 'Long-term unemployed, reliable as a volunteer at the community centre. A subsidised job would give the first formal contract.',
      ru: 'Длительно безработный, надёжно работал волонтёром в общественном центре. Субсидированное место дало бы первый официальный договор.',
      hy: 'Երկարատև գործազուրկ է, հուսալիորեն կամավոր աշխատել է համայնքային կենտրոնում։ Սուբսիդավորվող աշխատատեղը կտա առաջին պաշտոնական պայմանագիրը։',
    },
  ],
  job_placement: [
    {
      en: 'Ready to work now, with experience in retail and warehouse work. Please match with current vacancies in town.',
      ru: 'Готов выйти на работу сразу, есть опыт в торговле и на складе. Просим подобрать текущие вакансии в городе.',
      hy: 'Պատրաստ է անմիջապես աշխատել, ունի առևտրի և պահեստային աշխատանքի փորձ։ Խնդրում ենք համադրել քաղաքի ընթացիկ թափուր աշխատատեղերի հետ։',
    },
  ],
  counselling: [
    {
      en: 'Isolated since losing the job after an accident; would benefit from peer support before looking for work again.',
      ru: 'После несчастного случая и потери работы живёт замкнуто; перед новым поиском работы поможет взаимная поддержка.',
      hy: 'Դժբախտ պատահարից և աշխատանքը կորցնելուց հետո մեկուսացած է ապրում, նոր աշխատանք փնտրելուց առաջ կօգնի փոխադարձ աջակցությունը։',
    },
  ],
  health: [
    {
      en: 'Uses a wheelchair; an employer is willing to hire if the workstation is adapted and transport is arranged.',
      ru: 'Передвигается на коляске; работодатель готов принять на работу, если адаптировать рабочее место и организовать транспорт.',
      hy: 'Տեղաշարժվում է սայլակով, գործատուն պատրաստ է աշխատանքի ընդունել, եթե հարմարեցվի աշխատատեղը և կազմակերպվի տրանսպորտ։',
    },
  ],
};

/** A re-referral after a decline or an unmet need says so. */
export const AGAIN: Text = {
  en: 'Referred again after the previous referral for this need did not work out.',
  ru: 'Повторное направление: предыдущее направление по этой потребности не помогло.',
  hy: 'Կրկնակի ուղղորդում․ այս կարիքի նախորդ ուղղորդումն արդյունք չտվեց։',
};

export const DECLINE_REASONS: Text[] = [
  {
    en: 'No places left in the current intake; the next one starts in spring. Please refer to another programme.',
    ru: 'В текущем наборе мест нет, следующий начнётся весной. Просим направить в другую программу.',
    hy: 'Ընթացիկ ընդունելությունում տեղեր չկան, հաջորդը կսկսվի գարնանը։ Խնդրում ենք ուղղորդել այլ ծրագիր։',
  },
  {
    en: 'The client does not meet the eligibility criteria of this service (household income above the threshold).',
    ru: 'Клиент не соответствует условиям этой услуги (доход семьи выше порога).',
    hy: 'Հաճախորդը չի համապատասխանում այս ծառայության պայմաններին (ընտանիքի եկամուտը շեմից բարձր է)։',
  },
  {
    en: 'This need is better served by another programme of our agency; please refer there.',
    ru: 'Эту потребность лучше закроет другая программа нашего агентства; просим направить туда.',
    hy: 'Այս կարիքին ավելի լավ կարձագանքի մեր գործակալության մեկ այլ ծրագիր, խնդրում ենք ուղղորդել այնտեղ։',
  },
  {
    en: 'Could not reach the client at the shared phone number for a week; please confirm the contact details and refer again.',
    ru: 'Неделю не могли дозвониться клиенту по указанному номеру; просим уточнить контакты и направить повторно.',
    hy: 'Մեկ շաբաթ չհաջողվեց կապվել հաճախորդի հետ նշված հեռախոսահամարով, խնդրում ենք ճշտել կոնտակտները և կրկին ուղղորդել։',
  },
];

export const WITHDRAW_REASONS: { mistake: Text; found_job: Text } = {
  mistake: {
    en: 'Sent to the wrong service by mistake; a new referral follows.',
    ru: 'Направлено по ошибке не в ту услугу; будет отправлено новое направление.',
    hy: 'Սխալմամբ ուղարկվել է այլ ծառայության, կուղարկվի նոր ուղղորդում։',
  },
  found_job: {
    en: 'The client found a job on their own and no longer needs the service.',
    ru: 'Клиент сам нашёл работу, услуга больше не нужна.',
    hy: 'Հաճախորդն ինքնուրույն աշխատանք է գտել, ծառայությունն այլևս պետք չէ։',
  },
};

export const REOPEN_COMMENT: Text = {
  en: 'The client brought the missing income statement; we reconsider the referral.',
  ru: 'Клиент принёс недостающую справку о доходах; пересматриваем направление.',
  hy: 'Հաճախորդը բերել է պակասող եկամուտների տեղեկանքը, վերանայում ենք ուղղորդումը։',
};

export const ROOM: Text = { en: 'room', ru: 'кабинет', hy: 'սենյակ' };

/** Feedback with a met need, by the service's type. */
export const MET: Record<string, Text> = {
  benefit_advice: {
    en: 'Family benefit application submitted with all documents; the first payment is expected next month.',
    ru: 'Заявление на семейное пособие подано со всеми документами; первая выплата ожидается в следующем месяце.',
    hy: 'Ընտանեկան նպաստի դիմումը ներկայացվել է բոլոր փաստաթղթերով, առաջին վճարումը սպասվում է հաջորդ ամիս։',
  },
  housing: {
    en: 'Rent support granted for four months; the landlord agreed to withdraw the notice.',
    ru: 'Назначена помощь с арендой на четыре месяца; хозяин квартиры согласился отозвать предупреждение.',
    hy: 'Վարձակալության աջակցություն է նշանակվել չորս ամսով, տանտերը համաձայնել է հետ կանչել զգուշացումը։',
  },
  childcare: {
    en: 'The child has a nursery place from the first of the month; the parent can start work.',
    ru: 'Ребёнок получил место в яслях с первого числа; родитель может выходить на работу.',
    hy: 'Երեխան ամսի մեկից տեղ ունի մսուրում, ծնողը կարող է սկսել աշխատել։',
  },
  training: {
    en: 'Completed the course and passed the exam; certificate issued. Two employers have invited the client to interviews.',
    ru: 'Курс окончен, экзамен сдан, сертификат выдан. Двое работодателей пригласили клиента на собеседование.',
    hy: 'Դասընթացն ավարտված է, քննությունը հանձնված է, վկայականը տրված է։ Երկու գործատու հաճախորդին հրավիրել են հարցազրույցի։',
  },
  almp: {
    en: 'Attended eight of ten sessions, has an up-to-date CV and applied for five jobs; one interview is scheduled.',
    ru: 'Посетил восемь из десяти занятий, резюме обновлено, отправлено пять откликов; назначено одно собеседование.',
    hy: 'Մասնակցել է տասը պարապմունքից ութին, ինքնակենսագրականը թարմացված է, դիմել է հինգ աշխատատեղի, նշանակված է մեկ հարցազրույց։',
  },
  subsidy: {
    en: 'Hired on an open-ended contract with a wage subsidy for twelve months; the employer is satisfied so far.',
    ru: 'Принят на бессрочный договор с субсидией на двенадцать месяцев; работодатель пока доволен.',
    hy: 'Ընդունվել է անորոշ ժամկետով պայմանագրով՝ տասներկու ամսվա սուբսիդիայով, գործատուն առայժմ գոհ է։',
  },
  job_placement: {
    en: 'Placed as a warehouse assistant; started work on Monday.',
    ru: 'Трудоустроен помощником на склад; вышел на работу в понедельник.',
    hy: 'Աշխատանքի է տեղավորվել որպես պահեստի օգնական, երկուշաբթի սկսել է աշխատել։',
  },
  counselling: {
    en: 'Joined the weekly peer group and feels ready to look for work; we stay in touch monthly.',
    ru: 'Присоединился к еженедельной группе взаимной поддержки и готов искать работу; остаёмся на связи раз в месяц.',
    hy: 'Միացել է շաբաթական փոխադարձ աջակցության խմբին և պատրաստ է աշխատանք փնտրել, ամիսը մեկ կապի մեջ ենք մնում։',
  },
  health: {
    en: 'Workstation adapted and door-to-door transport arranged for three months.',
    ru: 'Рабочее место адаптировано, транспорт «от двери до двери» организован на три месяца.',
    hy: 'Աշխատատեղը հարմարեցված է, տնից տուն տրանսպորտը կազմակերպված է երեք ամսով։',
  },
};

export const PARTLY_MET: Text = {
  en: 'Took part in most sessions, but the main problem remains; a further service is advisable.',
  ru: 'Участвовал в большинстве занятий, но основная проблема остаётся; рекомендуем дополнительную услугу.',
  hy: 'Մասնակցել է պարապմունքների մեծ մասին, բայց հիմնական խնդիրը մնում է, խորհուրդ ենք տալիս լրացուցիչ ծառայություն։',
};

export const NOT_MET: Text = {
  en: 'The client stopped coming after the second week and could not be reached; the need is not met.',
  ru: 'Клиент перестал приходить после второй недели, связаться не удалось; потребность не закрыта.',
  hy: 'Հաճախորդը երկրորդ շաբաթից հետո դադարեց գալ, և կապվել չհաջողվեց, կարիքը բավարարված չէ։',
};
