-- The assessment instrument and segmentation rules shipped with OneDoor (version 1 of each),
-- published so a fresh installation can assess from the first day. They are data: an
-- administrator publishes new versions through the API (never by editing this file, which
-- is checksummed); assessments keep the version they were answered on. Texts in en/ru/hy.
-- Shipped by migration rather than by the demo seed because production needs them too,
-- and both database drivers and every test database get them the same way.

INSERT INTO assessment_definition (kind, number, status, definition, published_at)
VALUES ('instrument', 1, 'published', $def${
 "title": {
  "en": "Holistic needs assessment",
  "ru": "Комплексная оценка потребностей",
  "hy": "Կարիքների համալիր գնահատում"
 },
 "sections": [
  {
   "id": "employment_history",
   "category": "employment",
   "title": {
    "en": "Employment history",
    "ru": "Трудовая биография",
    "hy": "Աշխատանքային պատմություն"
   },
   "questions": [
    {
     "id": "emp_last_worked",
     "type": "single_choice",
     "text": {
      "en": "When did you last have a paid job?",
      "ru": "Когда у вас в последний раз была оплачиваемая работа?",
      "hy": "Ե՞րբ եք վերջին անգամ ունեցել վճարովի աշխատանք։"
     },
     "options": [
      {
       "value": "under_6_months",
       "label": {
        "en": "Less than 6 months ago",
        "ru": "Менее 6 месяцев назад",
        "hy": "6 ամսից պակաս առաջ"
       },
       "score": 0
      },
      {
       "value": "within_1_year",
       "label": {
        "en": "6 to 12 months ago",
        "ru": "От 6 до 12 месяцев назад",
        "hy": "6-ից 12 ամիս առաջ"
       },
       "score": 1
      },
      {
       "value": "one_to_two_years",
       "label": {
        "en": "1 to 2 years ago",
        "ru": "1–2 года назад",
        "hy": "1–2 տարի առաջ"
       },
       "score": 2
      },
      {
       "value": "over_two_years",
       "label": {
        "en": "More than 2 years ago",
        "ru": "Более 2 лет назад",
        "hy": "Ավելի քան 2 տարի առաջ"
       },
       "score": 3
      },
      {
       "value": "never",
       "label": {
        "en": "Never had a paid job",
        "ru": "Никогда не работал(а) по найму",
        "hy": "Երբեք վճարովի աշխատանք չեմ ունեցել"
       },
       "score": 3
      }
     ],
     "required": true,
     "selfAssessment": true,
     "barriers": [
      {
       "barrier": "long_absence_from_work",
       "severity": "low",
       "when": {
        "anyOf": [
         "one_to_two_years"
        ]
       }
      },
      {
       "barrier": "long_absence_from_work",
       "severity": "medium",
       "when": {
        "anyOf": [
         "over_two_years"
        ]
       }
      },
      {
       "barrier": "no_work_experience",
       "severity": "medium",
       "when": {
        "anyOf": [
         "never"
        ]
       }
      }
     ]
    },
    {
     "id": "emp_years_experience",
     "type": "number",
     "text": {
      "en": "How many years of work experience do you have in total?",
      "ru": "Каков ваш общий трудовой стаж (в годах)?",
      "hy": "Որքա՞ն է ձեր ընդհանուր աշխատանքային ստաժը (տարիներով)։"
     },
     "required": true,
     "selfAssessment": true,
     "min": 0,
     "max": 60,
     "bands": [
      {
       "max": 1,
       "score": 2
      },
      {
       "min": 1,
       "max": 5,
       "score": 1
      }
     ]
    },
    {
     "id": "emp_last_occupation",
     "type": "text",
     "text": {
      "en": "What was your last job or occupation?",
      "ru": "Какой была ваша последняя работа или профессия?",
      "hy": "Ո՞րն էր ձեր վերջին աշխատանքը կամ մասնագիտությունը։"
     },
     "selfAssessment": true
    },
    {
     "id": "emp_informal_work",
     "type": "yes_no",
     "text": {
      "en": "Do you currently do informal, casual or seasonal work?",
      "ru": "Выполняете ли вы сейчас неформальную, случайную или сезонную работу?",
      "hy": "Ներկայումս կատարո՞ւմ եք ոչ ֆորմալ, պատահական կամ սեզոնային աշխատանք։"
     },
     "selfAssessment": true
    }
   ]
  },
  {
   "id": "skills_qualifications",
   "category": "education",
   "title": {
    "en": "Skills and qualifications",
    "ru": "Навыки и квалификация",
    "hy": "Հմտություններ և որակավորումներ"
   },
   "questions": [
    {
     "id": "sk_education",
     "type": "single_choice",
     "text": {
      "en": "What is your highest completed level of education?",
      "ru": "Какой у вас самый высокий законченный уровень образования?",
      "hy": "Ո՞րն է ձեր ավարտած կրթության ամենաբարձր մակարդակը։"
     },
     "options": [
      {
       "value": "none",
       "label": {
        "en": "No formal education",
        "ru": "Нет формального образования",
        "hy": "Ֆորմալ կրթություն չունեմ"
       },
       "score": 3
      },
      {
       "value": "primary",
       "label": {
        "en": "Primary",
        "ru": "Начальное",
        "hy": "Տարրական"
       },
       "score": 2
      },
      {
       "value": "secondary",
       "label": {
        "en": "General secondary",
        "ru": "Общее среднее",
        "hy": "Միջնակարգ"
       },
       "score": 1
      },
      {
       "value": "vocational",
       "label": {
        "en": "Vocational",
        "ru": "Профессиональное",
        "hy": "Մասնագիտական"
       },
       "score": 0
      },
      {
       "value": "higher",
       "label": {
        "en": "Higher (university)",
        "ru": "Высшее",
        "hy": "Բարձրագույն"
       },
       "score": 0
      }
     ],
     "required": true,
     "selfAssessment": true,
     "barriers": [
      {
       "barrier": "low_education",
       "severity": "high",
       "when": {
        "anyOf": [
         "none"
        ]
       }
      },
      {
       "barrier": "low_education",
       "severity": "medium",
       "when": {
        "anyOf": [
         "primary"
        ]
       }
      }
     ]
    },
    {
     "id": "sk_qualification",
     "type": "yes_no",
     "text": {
      "en": "Do you have a vocational qualification or certificate that employers recognise?",
      "ru": "Есть ли у вас профессиональная квалификация или сертификат, признаваемые работодателями?",
      "hy": "Ունե՞ք մասնագիտական որակավորում կամ վկայական, որը ճանաչում են գործատուները։"
     },
     "required": true,
     "selfAssessment": true,
     "scoreNo": 1,
     "barriers": [
      {
       "barrier": "no_qualification",
       "severity": "low",
       "when": {
        "equals": false
       }
      }
     ]
    },
    {
     "id": "sk_digital",
     "type": "single_choice",
     "text": {
      "en": "How well can you use a computer, a smartphone and the internet?",
      "ru": "Насколько хорошо вы пользуетесь компьютером, смартфоном и интернетом?",
      "hy": "Որքանո՞վ լավ եք օգտվում համակարգչից, սմարթֆոնից և համացանցից։"
     },
     "options": [
      {
       "value": "none",
       "label": {
        "en": "Not at all",
        "ru": "Совсем не умею",
        "hy": "Ընդհանրապես չեմ կարողանում"
       },
       "score": 2
      },
      {
       "value": "basic",
       "label": {
        "en": "Basic (calls, messages)",
        "ru": "Базовые навыки (звонки, сообщения)",
        "hy": "Հիմնական (զանգեր, հաղորդագրություններ)"
       },
       "score": 1
      },
      {
       "value": "good",
       "label": {
        "en": "Well (e-mail, online forms)",
        "ru": "Хорошо (электронная почта, онлайн-формы)",
        "hy": "Լավ (էլ. փոստ, առցանց ձևեր)"
       },
       "score": 0
      }
     ],
     "required": true,
     "selfAssessment": true,
     "barriers": [
      {
       "barrier": "low_digital_skills",
       "severity": "medium",
       "when": {
        "anyOf": [
         "none"
        ]
       }
      },
      {
       "barrier": "low_digital_skills",
       "severity": "low",
       "when": {
        "anyOf": [
         "basic"
        ]
       }
      }
     ]
    },
    {
     "id": "sk_wishes",
     "type": "text",
     "text": {
      "en": "Which skills would you like to use or to learn?",
      "ru": "Какие навыки вы хотели бы применять или освоить?",
      "hy": "Ի՞նչ հմտություններ կցանկանայիք կիրառել կամ սովորել։"
     },
     "selfAssessment": true
    }
   ]
  },
  {
   "id": "soft_skills_motivation",
   "category": "employment",
   "title": {
    "en": "Soft skills and motivation",
    "ru": "Социальные навыки и мотивация",
    "hy": "Փափուկ հմտություններ և մոտիվացիա"
   },
   "questions": [
    {
     "id": "mot_wants_work",
     "type": "single_choice",
     "text": {
      "en": "How much do you want to start work now?",
      "ru": "Насколько вы хотите начать работать сейчас?",
      "hy": "Որքանո՞վ եք ցանկանում հիմա աշխատանքի անցնել։"
     },
     "options": [
      {
       "value": "very_much",
       "label": {
        "en": "Very much",
        "ru": "Очень хочу",
        "hy": "Շատ եմ ցանկանում"
       },
       "score": 0
      },
      {
       "value": "somewhat",
       "label": {
        "en": "Somewhat",
        "ru": "Скорее хочу",
        "hy": "Որոշ չափով"
       },
       "score": 1
      },
      {
       "value": "not_now",
       "label": {
        "en": "Not at the moment",
        "ru": "Сейчас нет",
        "hy": "Այս պահին՝ ոչ"
       },
       "score": 3
      }
     ],
     "required": true,
     "selfAssessment": true,
     "barriers": [
      {
       "barrier": "low_motivation",
       "severity": "medium",
       "when": {
        "anyOf": [
         "not_now"
        ]
       }
      }
     ]
    },
    {
     "id": "mot_search_hours",
     "type": "number",
     "text": {
      "en": "How many hours did you spend looking for work last week?",
      "ru": "Сколько часов вы потратили на поиск работы на прошлой неделе?",
      "hy": "Անցյալ շաբաթ քանի՞ ժամ եք ծախսել աշխատանք փնտրելու վրա։"
     },
     "selfAssessment": true,
     "min": 0,
     "max": 100,
     "bands": [
      {
       "max": 1,
       "score": 2
      },
      {
       "min": 1,
       "max": 5,
       "score": 1
      }
     ]
    },
    {
     "id": "mot_confidence",
     "type": "single_choice",
     "text": {
      "en": "How confident are you that you will find work within six months?",
      "ru": "Насколько вы уверены, что найдёте работу в течение шести месяцев?",
      "hy": "Որքանո՞վ եք վստահ, որ վեց ամսվա ընթացքում աշխատանք կգտնեք։"
     },
     "options": [
      {
       "value": "confident",
       "label": {
        "en": "Confident",
        "ru": "Уверен(а)",
        "hy": "Վստահ եմ"
       },
       "score": 0
      },
      {
       "value": "unsure",
       "label": {
        "en": "Not sure",
        "ru": "Не уверен(а)",
        "hy": "Վստահ չեմ"
       },
       "score": 1
      },
      {
       "value": "not_confident",
       "label": {
        "en": "Not confident at all",
        "ru": "Совсем не уверен(а)",
        "hy": "Բոլորովին վստահ չեմ"
       },
       "score": 2
      }
     ],
     "required": true,
     "selfAssessment": true,
     "barriers": [
      {
       "barrier": "low_confidence",
       "severity": "low",
       "when": {
        "anyOf": [
         "not_confident"
        ]
       }
      }
     ]
    },
    {
     "id": "mot_readiness",
     "type": "single_choice",
     "text": {
      "en": "Counsellor's view: how ready for work is the client?",
      "ru": "Мнение консультанта: насколько клиент готов к работе?",
      "hy": "Խորհրդատուի կարծիքը. որքանո՞վ է հաճախորդը պատրաստ աշխատանքի։"
     },
     "options": [
      {
       "value": "ready",
       "label": {
        "en": "Ready to work",
        "ru": "Готов(а) к работе",
        "hy": "Պատրաստ է աշխատելու"
       },
       "score": 0
      },
      {
       "value": "needs_support",
       "label": {
        "en": "Ready with some support",
        "ru": "Готов(а) при некоторой поддержке",
        "hy": "Պատրաստ է որոշակի աջակցությամբ"
       },
       "score": 1
      },
      {
       "value": "not_ready",
       "label": {
        "en": "Not yet ready",
        "ru": "Пока не готов(а)",
        "hy": "Դեռ պատրաստ չէ"
       },
       "score": 3
      }
     ],
     "required": true,
     "barriers": [
      {
       "barrier": "low_work_readiness",
       "severity": "high",
       "when": {
        "anyOf": [
         "not_ready"
        ]
       }
      }
     ]
    }
   ]
  },
  {
   "id": "health_disability",
   "category": "health",
   "title": {
    "en": "Health and disability",
    "ru": "Здоровье и инвалидность",
    "hy": "Առողջություն և հաշմանդամություն"
   },
   "questions": [
    {
     "id": "hl_limits_work",
     "type": "single_choice",
     "text": {
      "en": "Does a health problem limit the kind or amount of work you can do?",
      "ru": "Ограничивает ли проблема со здоровьем вид или объём работы, которую вы можете выполнять?",
      "hy": "Առողջական խնդիրը սահմանափակո՞ւմ է ձեր կատարած աշխատանքի տեսակը կամ ծավալը։"
     },
     "options": [
      {
       "value": "no",
       "label": {
        "en": "No",
        "ru": "Нет",
        "hy": "Ոչ"
       },
       "score": 0
      },
      {
       "value": "somewhat",
       "label": {
        "en": "Somewhat",
        "ru": "В некоторой степени",
        "hy": "Որոշ չափով"
       },
       "score": 2
      },
      {
       "value": "severely",
       "label": {
        "en": "Severely",
        "ru": "Сильно",
        "hy": "Խիստ"
       },
       "score": 4
      },
      {
       "value": "prefer_not_to_say",
       "label": {
        "en": "Prefer not to say",
        "ru": "Предпочитаю не отвечать",
        "hy": "Նախընտրում եմ չպատասխանել"
       },
       "score": 0
      }
     ],
     "required": true,
     "selfAssessment": true,
     "barriers": [
      {
       "barrier": "health_limitation",
       "severity": "medium",
       "when": {
        "anyOf": [
         "somewhat"
        ]
       }
      },
      {
       "barrier": "health_limitation",
       "severity": "high",
       "when": {
        "anyOf": [
         "severely"
        ]
       }
      }
     ]
    },
    {
     "id": "hl_disability_recognised",
     "type": "yes_no",
     "text": {
      "en": "Do you have an officially recognised disability?",
      "ru": "Есть ли у вас официально установленная инвалидность?",
      "hy": "Ունե՞ք պաշտոնապես ճանաչված հաշմանդամություն։"
     },
     "selfAssessment": true
    },
    {
     "id": "hl_adaptation",
     "type": "yes_no",
     "text": {
      "en": "Would you need adaptations at the workplace or in working hours?",
      "ru": "Понадобятся ли вам изменения на рабочем месте или в графике работы?",
      "hy": "Աշխատավայրում կամ աշխատանքային ժամերում հարմարեցումներ պե՞տք կլինեն ձեզ։"
     },
     "selfAssessment": true,
     "scoreYes": 1,
     "barriers": [
      {
       "barrier": "needs_workplace_adaptation",
       "severity": "medium",
       "when": {
        "equals": true
       }
      }
     ]
    },
    {
     "id": "hl_treatment",
     "type": "yes_no",
     "text": {
      "en": "Is the client in treatment that limits their availability for work?",
      "ru": "Проходит ли клиент лечение, ограничивающее его доступность для работы?",
      "hy": "Հաճախորդն անցնո՞ւմ է բուժում, որը սահմանափակում է նրա հասանելիությունն աշխատանքի համար։"
     },
     "scoreYes": 1,
     "barriers": [
      {
       "barrier": "treatment_limits_availability",
       "severity": "low",
       "when": {
        "equals": true
       }
      }
     ]
    }
   ]
  },
  {
   "id": "housing",
   "category": "financial",
   "title": {
    "en": "Housing",
    "ru": "Жильё",
    "hy": "Բնակարանային պայմաններ"
   },
   "questions": [
    {
     "id": "hs_situation",
     "type": "single_choice",
     "text": {
      "en": "What is your housing situation?",
      "ru": "Каковы ваши жилищные условия?",
      "hy": "Ինչպիսի՞ն են ձեր բնակարանային պայմանները։"
     },
     "options": [
      {
       "value": "own",
       "label": {
        "en": "Own home",
        "ru": "Собственное жильё",
        "hy": "Սեփական բնակարան"
       },
       "score": 0
      },
      {
       "value": "renting",
       "label": {
        "en": "Renting",
        "ru": "Арендую жильё",
        "hy": "Վարձակալում եմ"
       },
       "score": 0
      },
      {
       "value": "with_family",
       "label": {
        "en": "Living with relatives or friends",
        "ru": "Живу у родственников или друзей",
        "hy": "Ապրում եմ հարազատների կամ ընկերների մոտ"
       },
       "score": 1
      },
      {
       "value": "temporary",
       "label": {
        "en": "Temporary accommodation or shelter",
        "ru": "Временное жильё или приют",
        "hy": "Ժամանակավոր կացարան կամ ապաստարան"
       },
       "score": 3
      },
      {
       "value": "homeless",
       "label": {
        "en": "No home",
        "ru": "Нет жилья",
        "hy": "Բնակարան չունեմ"
       },
       "score": 4
      }
     ],
     "required": true,
     "selfAssessment": true,
     "barriers": [
      {
       "barrier": "housing_insecurity",
       "severity": "medium",
       "when": {
        "anyOf": [
         "temporary"
        ]
       }
      },
      {
       "barrier": "homelessness",
       "severity": "high",
       "when": {
        "anyOf": [
         "homeless"
        ]
       }
      }
     ]
    },
    {
     "id": "hs_eviction_risk",
     "type": "yes_no",
     "text": {
      "en": "Are you at risk of losing your home in the next three months?",
      "ru": "Грозит ли вам потеря жилья в ближайшие три месяца?",
      "hy": "Առաջիկա երեք ամսում ձեզ սպառնո՞ւմ է բնակարանը կորցնելու վտանգ։"
     },
     "required": true,
     "selfAssessment": true,
     "scoreYes": 2,
     "barriers": [
      {
       "barrier": "housing_insecurity",
       "severity": "high",
       "when": {
        "equals": true
       }
      }
     ]
    }
   ]
  },
  {
   "id": "debt",
   "category": "financial",
   "title": {
    "en": "Debt",
    "ru": "Долги",
    "hy": "Պարտքեր"
   },
   "questions": [
    {
     "id": "db_arrears",
     "type": "yes_no",
     "text": {
      "en": "Do you have debts or arrears you cannot pay on time?",
      "ru": "Есть ли у вас долги или задолженности, которые вы не можете вовремя погасить?",
      "hy": "Ունե՞ք պարտքեր կամ ապառքներ, որոնք չեք կարողանում ժամանակին մարել։"
     },
     "required": true,
     "selfAssessment": true,
     "scoreYes": 2,
     "barriers": [
      {
       "barrier": "debt_problems",
       "severity": "medium",
       "when": {
        "equals": true
       }
      }
     ]
    },
    {
     "id": "db_enforcement",
     "type": "yes_no",
     "text": {
      "en": "Is any of your debt being collected by a bailiff or through the courts?",
      "ru": "Взыскивается ли какой-либо ваш долг судебными исполнителями или через суд?",
      "hy": "Ձեր պարտքերից որևէ մեկը գանձվո՞ւմ է հարկադիր կատարողների կամ դատարանի միջոցով։"
     },
     "selfAssessment": true,
     "scoreYes": 2,
     "barriers": [
      {
       "barrier": "debt_enforcement",
       "severity": "high",
       "when": {
        "equals": true
       }
      }
     ]
    },
    {
     "id": "db_repayment_share",
     "type": "single_choice",
     "text": {
      "en": "How much of the household income goes on debt repayments?",
      "ru": "Какая часть дохода домохозяйства уходит на погашение долгов?",
      "hy": "Տնային տնտեսության եկամտի ո՞ր մասն է ծախսվում պարտքերի մարման վրա։"
     },
     "options": [
      {
       "value": "none",
       "label": {
        "en": "None",
        "ru": "Нисколько",
        "hy": "Ոչ մի մաս"
       },
       "score": 0
      },
      {
       "value": "under_quarter",
       "label": {
        "en": "Less than a quarter",
        "ru": "Менее четверти",
        "hy": "Քառորդից պակաս"
       },
       "score": 0
      },
      {
       "value": "quarter_to_half",
       "label": {
        "en": "A quarter to a half",
        "ru": "От четверти до половины",
        "hy": "Քառորդից մինչև կես"
       },
       "score": 1
      },
      {
       "value": "over_half",
       "label": {
        "en": "More than half",
        "ru": "Более половины",
        "hy": "Կեսից ավելի"
       },
       "score": 2
      }
     ],
     "barriers": [
      {
       "barrier": "debt_problems",
       "severity": "high",
       "when": {
        "anyOf": [
         "over_half"
        ]
       }
      }
     ]
    }
   ]
  },
  {
   "id": "childcare_care",
   "category": "identity",
   "title": {
    "en": "Childcare and care duties",
    "ru": "Уход за детьми и близкими",
    "hy": "Երեխաների և հարազատների խնամք"
   },
   "questions": [
    {
     "id": "cc_young_children",
     "type": "number",
     "text": {
      "en": "How many children below school age do you look after?",
      "ru": "О скольких детях дошкольного возраста вы заботитесь?",
      "hy": "Դպրոցական տարիքից փոքր քանի՞ երեխայի եք խնամում։"
     },
     "required": true,
     "selfAssessment": true,
     "min": 0,
     "max": 15,
     "bands": [
      {
       "min": 1,
       "score": 1
      }
     ]
    },
    {
     "id": "cc_childcare",
     "type": "single_choice",
     "text": {
      "en": "If you started work tomorrow, would childcare be arranged?",
      "ru": "Если бы вы вышли на работу завтра, был бы организован уход за детьми?",
      "hy": "Եթե վաղը աշխատանքի անցնեիք, երեխաների խնամքը կազմակերպվա՞ծ կլիներ։"
     },
     "options": [
      {
       "value": "not_needed",
       "label": {
        "en": "Not needed",
        "ru": "Не требуется",
        "hy": "Կարիք չկա"
       },
       "score": 0
      },
      {
       "value": "arranged",
       "label": {
        "en": "Yes, arranged",
        "ru": "Да, организован",
        "hy": "Այո, կազմակերպված է"
       },
       "score": 0
      },
      {
       "value": "partly",
       "label": {
        "en": "Partly",
        "ru": "Частично",
        "hy": "Մասամբ"
       },
       "score": 1
      },
      {
       "value": "not_arranged",
       "label": {
        "en": "No",
        "ru": "Нет",
        "hy": "Ոչ"
       },
       "score": 3
      }
     ],
     "required": true,
     "selfAssessment": true,
     "barriers": [
      {
       "barrier": "no_childcare",
       "severity": "medium",
       "when": {
        "anyOf": [
         "partly"
        ]
       }
      },
      {
       "barrier": "no_childcare",
       "severity": "high",
       "when": {
        "anyOf": [
         "not_arranged"
        ]
       }
      }
     ]
    },
    {
     "id": "cc_care_duties",
     "type": "yes_no",
     "text": {
      "en": "Do you care for a sick, disabled or elderly family member?",
      "ru": "Ухаживаете ли вы за больным или пожилым членом семьи либо за членом семьи с инвалидностью?",
      "hy": "Խնամո՞ւմ եք հիվանդ, տարեց կամ հաշմանդամություն ունեցող ընտանիքի անդամի։"
     },
     "required": true,
     "selfAssessment": true,
     "scoreYes": 2,
     "barriers": [
      {
       "barrier": "care_duties",
       "severity": "medium",
       "when": {
        "equals": true
       }
      }
     ]
    }
   ]
  },
  {
   "id": "language",
   "category": "education",
   "title": {
    "en": "Language",
    "ru": "Язык",
    "hy": "Լեզու"
   },
   "questions": [
    {
     "id": "lg_official",
     "type": "single_choice",
     "text": {
      "en": "How well do you speak the official language?",
      "ru": "Насколько хорошо вы владеете государственным языком?",
      "hy": "Որքանո՞վ լավ եք տիրապետում պետական լեզվին։"
     },
     "options": [
      {
       "value": "native",
       "label": {
        "en": "It is my native language",
        "ru": "Это мой родной язык",
        "hy": "Մայրենի լեզուս է"
       },
       "score": 0
      },
      {
       "value": "fluent",
       "label": {
        "en": "Fluently",
        "ru": "Свободно",
        "hy": "Ազատ"
       },
       "score": 0
      },
      {
       "value": "basic",
       "label": {
        "en": "Basic",
        "ru": "На базовом уровне",
        "hy": "Հիմնական մակարդակով"
       },
       "score": 2
      },
      {
       "value": "none",
       "label": {
        "en": "Not at all",
        "ru": "Не владею",
        "hy": "Չեմ տիրապետում"
       },
       "score": 3
      }
     ],
     "required": true,
     "selfAssessment": true,
     "barriers": [
      {
       "barrier": "language_barrier",
       "severity": "medium",
       "when": {
        "anyOf": [
         "basic"
        ]
       }
      },
      {
       "barrier": "language_barrier",
       "severity": "high",
       "when": {
        "anyOf": [
         "none"
        ]
       }
      }
     ]
    },
    {
     "id": "lg_literacy",
     "type": "yes_no",
     "text": {
      "en": "Can the client read and write well enough to fill in a job application?",
      "ru": "Может ли клиент читать и писать достаточно хорошо, чтобы заполнить заявление о приёме на работу?",
      "hy": "Կարո՞ղ է հաճախորդը կարդալ և գրել այնքան, որ լրացնի աշխատանքի դիմում։"
     },
     "required": true,
     "scoreNo": 3,
     "barriers": [
      {
       "barrier": "literacy",
       "severity": "high",
       "when": {
        "equals": false
       }
      }
     ]
    },
    {
     "id": "lg_other",
     "type": "multiple_choice",
     "text": {
      "en": "Which other languages do you speak?",
      "ru": "На каких ещё языках вы говорите?",
      "hy": "Էլ ի՞նչ լեզուներով եք խոսում։"
     },
     "options": [
      {
       "value": "armenian",
       "label": {
        "en": "Armenian",
        "ru": "Армянский",
        "hy": "Հայերեն"
       },
       "score": 0
      },
      {
       "value": "russian",
       "label": {
        "en": "Russian",
        "ru": "Русский",
        "hy": "Ռուսերեն"
       },
       "score": 0
      },
      {
       "value": "english",
       "label": {
        "en": "English",
        "ru": "Английский",
        "hy": "Անգլերեն"
       },
       "score": 0
      },
      {
       "value": "other",
       "label": {
        "en": "Other",
        "ru": "Другой",
        "hy": "Այլ"
       },
       "score": 0
      }
     ],
     "selfAssessment": true
    }
   ]
  },
  {
   "id": "mobility_transport",
   "category": "employment",
   "title": {
    "en": "Mobility and transport",
    "ru": "Мобильность и транспорт",
    "hy": "Տեղաշարժ և տրանսպորտ"
   },
   "questions": [
    {
     "id": "mb_travel",
     "type": "single_choice",
     "text": {
      "en": "How far could you travel to work each day?",
      "ru": "Как далеко вы могли бы ежедневно ездить на работу?",
      "hy": "Որքա՞ն հեռու կարող եք ամեն օր երթևեկել աշխատանքի։"
     },
     "options": [
      {
       "value": "local_only",
       "label": {
        "en": "Only within my town or village",
        "ru": "Только в пределах своего города или села",
        "hy": "Միայն իմ քաղաքի կամ գյուղի սահմաններում"
       },
       "score": 2
      },
      {
       "value": "up_to_30_min",
       "label": {
        "en": "Up to 30 minutes",
        "ru": "До 30 минут",
        "hy": "Մինչև 30 րոպե"
       },
       "score": 1
      },
      {
       "value": "up_to_60_min",
       "label": {
        "en": "Up to an hour",
        "ru": "До часа",
        "hy": "Մինչև մեկ ժամ"
       },
       "score": 0
      },
      {
       "value": "over_60_min",
       "label": {
        "en": "More than an hour",
        "ru": "Более часа",
        "hy": "Մեկ ժամից ավելի"
       },
       "score": 0
      }
     ],
     "required": true,
     "selfAssessment": true,
     "barriers": [
      {
       "barrier": "limited_mobility",
       "severity": "medium",
       "when": {
        "anyOf": [
         "local_only"
        ]
       }
      }
     ]
    },
    {
     "id": "mb_transport",
     "type": "yes_no",
     "text": {
      "en": "Is there public or other transport you can use to get to work?",
      "ru": "Есть ли общественный или другой транспорт, которым вы можете добираться до работы?",
      "hy": "Կա՞ հասարակական կամ այլ տրանսպորտ, որով կարող եք հասնել աշխատանքի։"
     },
     "required": true,
     "selfAssessment": true,
     "scoreNo": 2,
     "barriers": [
      {
       "barrier": "no_transport",
       "severity": "medium",
       "when": {
        "equals": false
       }
      }
     ]
    },
    {
     "id": "mb_licence",
     "type": "yes_no",
     "text": {
      "en": "Do you have a driving licence?",
      "ru": "Есть ли у вас водительские права?",
      "hy": "Ունե՞ք վարորդական իրավունք։"
     },
     "selfAssessment": true
    }
   ]
  },
  {
   "id": "social_network",
   "category": "identity",
   "title": {
    "en": "Social network",
    "ru": "Социальные связи",
    "hy": "Սոցիալական կապեր"
   },
   "questions": [
    {
     "id": "sn_support",
     "type": "single_choice",
     "text": {
      "en": "Who can you count on for practical help?",
      "ru": "На чью практическую помощь вы можете рассчитывать?",
      "hy": "Ո՞ւմ գործնական օգնության վրա կարող եք հույս դնել։"
     },
     "options": [
      {
       "value": "many",
       "label": {
        "en": "Family and friends",
        "ru": "Семья и друзья",
        "hy": "Ընտանիք և ընկերներ"
       },
       "score": 0
      },
      {
       "value": "few",
       "label": {
        "en": "One or two people",
        "ru": "Один-два человека",
        "hy": "Մեկ-երկու մարդ"
       },
       "score": 1
      },
      {
       "value": "nobody",
       "label": {
        "en": "Nobody",
        "ru": "Ни на кого",
        "hy": "Ոչ ոքի"
       },
       "score": 3
      }
     ],
     "required": true,
     "selfAssessment": true,
     "barriers": [
      {
       "barrier": "social_isolation",
       "severity": "medium",
       "when": {
        "anyOf": [
         "nobody"
        ]
       }
      }
     ]
    },
    {
     "id": "sn_job_contacts",
     "type": "yes_no",
     "text": {
      "en": "Do you know people who could help you find work?",
      "ru": "Знаете ли вы людей, которые могли бы помочь вам найти работу?",
      "hy": "Ճանաչո՞ւմ եք մարդկանց, ովքեր կարող են օգնել ձեզ աշխատանք գտնել։"
     },
     "selfAssessment": true,
     "scoreNo": 1
    }
   ]
  },
  {
   "id": "legal_issues",
   "category": "criminal_record",
   "title": {
    "en": "Legal issues",
    "ru": "Правовые вопросы",
    "hy": "Իրավական հարցեր"
   },
   "questions": [
    {
     "id": "lgl_record",
     "type": "yes_no",
     "text": {
      "en": "Does the client have a criminal record that employers may ask about?",
      "ru": "Есть ли у клиента судимость, о которой могут спросить работодатели?",
      "hy": "Հաճախորդն ունի՞ դատվածություն, որի մասին կարող են հարցնել գործատուները։"
     },
     "scoreYes": 2,
     "barriers": [
      {
       "barrier": "criminal_record",
       "severity": "medium",
       "when": {
        "equals": true
       }
      }
     ]
    },
    {
     "id": "lgl_proceedings",
     "type": "yes_no",
     "text": {
      "en": "Is the client involved in ongoing court proceedings or on probation?",
      "ru": "Участвует ли клиент в текущем судебном разбирательстве или находится ли он на пробации?",
      "hy": "Հաճախորդը ներգրավվա՞ծ է ընթացիկ դատական գործընթացում, կամ գտնվո՞ւմ է պրոբացիայի ներքո։"
     },
     "scoreYes": 2,
     "barriers": [
      {
       "barrier": "legal_proceedings",
       "severity": "medium",
       "when": {
        "equals": true
       }
      }
     ]
    }
   ]
  },
  {
   "id": "psychological",
   "category": "health",
   "specialist": true,
   "title": {
    "en": "Psychological assessment (specialist)",
    "ru": "Психологическая оценка (специалист)",
    "hy": "Հոգեբանական գնահատում (մասնագետ)"
   },
   "questions": [
    {
     "id": "ps_wellbeing",
     "type": "single_choice",
     "text": {
      "en": "Psychologist's assessment of the client's psychological well-being",
      "ru": "Оценка психологом психологического благополучия клиента",
      "hy": "Հոգեբանի գնահատականը հաճախորդի հոգեբանական բարեկեցության վերաբերյալ"
     },
     "options": [
      {
       "value": "good",
       "label": {
        "en": "No significant difficulties",
        "ru": "Без существенных трудностей",
        "hy": "Էական դժվարություններ չկան"
       },
       "score": 0
      },
      {
       "value": "moderate",
       "label": {
        "en": "Moderate difficulties",
        "ru": "Умеренные трудности",
        "hy": "Չափավոր դժվարություններ"
       },
       "score": 2
      },
      {
       "value": "serious",
       "label": {
        "en": "Serious difficulties",
        "ru": "Серьёзные трудности",
        "hy": "Լուրջ դժվարություններ"
       },
       "score": 4
      }
     ],
     "barriers": [
      {
       "barrier": "psychological_difficulties",
       "severity": "medium",
       "when": {
        "anyOf": [
         "moderate"
        ]
       }
      },
      {
       "barrier": "psychological_difficulties",
       "severity": "high",
       "when": {
        "anyOf": [
         "serious"
        ]
       }
      }
     ]
    },
    {
     "id": "ps_support_recommended",
     "type": "yes_no",
     "text": {
      "en": "Is psychological support recommended as part of the plan?",
      "ru": "Рекомендуется ли включить психологическую поддержку в план?",
      "hy": "Խորհուրդ է տրվո՞ւմ հոգեբանական աջակցությունը ներառել ծրագրում։"
     }
    },
    {
     "id": "ps_notes",
     "type": "text",
     "text": {
      "en": "Specialist's notes",
      "ru": "Заметки специалиста",
      "hy": "Մասնագետի նշումներ"
     }
    }
   ]
  }
 ],
 "barriers": [
  {
   "code": "no_work_experience",
   "label": {
    "en": "No work experience",
    "ru": "Нет опыта работы",
    "hy": "Աշխատանքային փորձի բացակայություն"
   }
  },
  {
   "code": "long_absence_from_work",
   "label": {
    "en": "Long absence from work",
    "ru": "Длительный перерыв в работе",
    "hy": "Աշխատանքից երկար բացակայություն"
   }
  },
  {
   "code": "low_education",
   "label": {
    "en": "Low level of education",
    "ru": "Низкий уровень образования",
    "hy": "Կրթության ցածր մակարդակ"
   }
  },
  {
   "code": "no_qualification",
   "label": {
    "en": "No recognised vocational qualification",
    "ru": "Нет признанной профессиональной квалификации",
    "hy": "Ճանաչված մասնագիտական որակավորման բացակայություն"
   }
  },
  {
   "code": "low_digital_skills",
   "label": {
    "en": "Low digital skills",
    "ru": "Слабые цифровые навыки",
    "hy": "Թվային հմտությունների ցածր մակարդակ"
   }
  },
  {
   "code": "low_motivation",
   "label": {
    "en": "Low motivation to work now",
    "ru": "Низкая мотивация к работе",
    "hy": "Աշխատելու ցածր մոտիվացիա"
   }
  },
  {
   "code": "low_confidence",
   "label": {
    "en": "Low confidence in finding work",
    "ru": "Неуверенность в поиске работы",
    "hy": "Աշխատանք գտնելու հարցում ցածր ինքնավստահություն"
   }
  },
  {
   "code": "low_work_readiness",
   "label": {
    "en": "Not yet ready for work",
    "ru": "Пока не готов(а) к работе",
    "hy": "Դեռևս պատրաստ չէ աշխատանքի"
   }
  },
  {
   "code": "health_limitation",
   "label": {
    "en": "Health problem limiting work",
    "ru": "Проблема со здоровьем, ограничивающая работу",
    "hy": "Աշխատանքը սահմանափակող առողջական խնդիր"
   }
  },
  {
   "code": "needs_workplace_adaptation",
   "label": {
    "en": "Needs workplace adaptations",
    "ru": "Нуждается в адаптации рабочего места",
    "hy": "Աշխատավայրի հարմարեցման կարիք"
   }
  },
  {
   "code": "treatment_limits_availability",
   "label": {
    "en": "Treatment limits availability for work",
    "ru": "Лечение ограничивает доступность для работы",
    "hy": "Բուժումը սահմանափակում է աշխատանքի հասանելիությունը"
   }
  },
  {
   "code": "housing_insecurity",
   "label": {
    "en": "Insecure housing",
    "ru": "Ненадёжное жильё",
    "hy": "Բնակարանային անապահովություն"
   }
  },
  {
   "code": "homelessness",
   "label": {
    "en": "Homelessness",
    "ru": "Отсутствие жилья",
    "hy": "Անօթևանություն"
   }
  },
  {
   "code": "debt_problems",
   "label": {
    "en": "Problem debt",
    "ru": "Проблемная задолженность",
    "hy": "Խնդրահարույց պարտքեր"
   }
  },
  {
   "code": "debt_enforcement",
   "label": {
    "en": "Debt enforcement (bailiff or court)",
    "ru": "Принудительное взыскание долга (судебные исполнители или суд)",
    "hy": "Պարտքի հարկադիր գանձում (հարկադիր կատարող կամ դատարան)"
   }
  },
  {
   "code": "no_childcare",
   "label": {
    "en": "No childcare arranged",
    "ru": "Не организован уход за детьми",
    "hy": "Երեխաների խնամքը կազմակերպված չէ"
   }
  },
  {
   "code": "care_duties",
   "label": {
    "en": "Care duties for a family member",
    "ru": "Уход за членом семьи",
    "hy": "Ընտանիքի անդամի խնամքի պարտականություններ"
   }
  },
  {
   "code": "language_barrier",
   "label": {
    "en": "Language barrier",
    "ru": "Языковой барьер",
    "hy": "Լեզվական խոչընդոտ"
   }
  },
  {
   "code": "literacy",
   "label": {
    "en": "Reading and writing difficulties",
    "ru": "Трудности с чтением и письмом",
    "hy": "Կարդալու և գրելու դժվարություններ"
   }
  },
  {
   "code": "limited_mobility",
   "label": {
    "en": "Can only work locally",
    "ru": "Может работать только по месту жительства",
    "hy": "Կարող է աշխատել միայն բնակության վայրում"
   }
  },
  {
   "code": "no_transport",
   "label": {
    "en": "No transport to work",
    "ru": "Нет транспорта до работы",
    "hy": "Աշխատանքի հասնելու տրանսպորտի բացակայություն"
   }
  },
  {
   "code": "social_isolation",
   "label": {
    "en": "Social isolation",
    "ru": "Социальная изоляция",
    "hy": "Սոցիալական մեկուսացում"
   }
  },
  {
   "code": "criminal_record",
   "label": {
    "en": "Criminal record",
    "ru": "Судимость",
    "hy": "Դատվածություն"
   }
  },
  {
   "code": "legal_proceedings",
   "label": {
    "en": "Ongoing court proceedings or probation",
    "ru": "Текущее судебное разбирательство или пробация",
    "hy": "Ընթացիկ դատական գործընթաց կամ պրոբացիա"
   }
  },
  {
   "code": "psychological_difficulties",
   "label": {
    "en": "Psychological difficulties",
    "ru": "Психологические трудности",
    "hy": "Հոգեբանական դժվարություններ"
   }
  }
 ]
}$def$::jsonb, now());

INSERT INTO assessment_definition (kind, number, status, definition, published_at)
VALUES ('segment_rules', 1, 'published', $def${
 "rules": [
  {
   "id": "multiple_serious_barriers",
   "segment": "specialist",
   "label": {
    "en": "Two or more serious barriers: support from specialist partners is needed",
    "ru": "Два или более серьёзных барьера: нужна помощь специализированных партнёров",
    "hy": "Երկու կամ ավելի լուրջ խոչընդոտ. անհրաժեշտ է մասնագիտացված գործընկերների աջակցություն"
   },
   "all": [
    {
     "fact": "barrier_count",
     "minSeverity": "high",
     "op": "gte",
     "value": 2
    }
   ]
  },
  {
   "id": "homelessness",
   "segment": "specialist",
   "label": {
    "en": "Homelessness: housing support comes first",
    "ru": "Отсутствие жилья: в первую очередь нужна помощь с жильём",
    "hy": "Անօթևանություն. առաջնահերթ է բնակարանային աջակցությունը"
   },
   "all": [
    {
     "fact": "has_barrier",
     "barrier": "homelessness"
    }
   ]
  },
  {
   "id": "long_term_unemployed_with_barrier",
   "segment": "intensive",
   "label": {
    "en": "Unemployed 12 months or more, with at least one barrier",
    "ru": "Безработный 12 месяцев и более, есть хотя бы один барьер",
    "hy": "Գործազուրկ է 12 ամիս և ավելի, ունի առնվազն մեկ խոչընդոտ"
   },
   "all": [
    {
     "fact": "unemployment_months",
     "op": "gte",
     "value": 12
    },
    {
     "fact": "barrier_count",
     "minSeverity": "medium",
     "op": "gte",
     "value": 1
    }
   ]
  },
  {
   "id": "serious_barrier",
   "segment": "intensive",
   "label": {
    "en": "A serious barrier to work",
    "ru": "Серьёзный барьер для трудоустройства",
    "hy": "Աշխատանքի լուրջ խոչընդոտ"
   },
   "all": [
    {
     "fact": "barrier_count",
     "minSeverity": "high",
     "op": "gte",
     "value": 1
    }
   ]
  },
  {
   "id": "young_unemployed",
   "segment": "intensive",
   "label": {
    "en": "Young person (under 25) unemployed four months or more",
    "ru": "Молодой человек (до 25 лет), безработный четыре месяца и более",
    "hy": "Երիտասարդ (մինչև 25 տարեկան)՝ չորս ամիս և ավելի գործազուրկ"
   },
   "all": [
    {
     "fact": "age",
     "op": "lt",
     "value": 25
    },
    {
     "fact": "unemployment_months",
     "op": "gte",
     "value": 4
    }
   ]
  },
  {
   "id": "long_term_unemployed_on_benefit",
   "segment": "intensive",
   "label": {
    "en": "Unemployed 12 months or more and receiving benefits",
    "ru": "Безработный 12 месяцев и более, получает пособие",
    "hy": "Գործազուրկ է 12 ամիս և ավելի և նպաստ է ստանում"
   },
   "all": [
    {
     "fact": "unemployment_months",
     "op": "gte",
     "value": 12
    },
    {
     "fact": "receives_benefit",
     "value": true
    }
   ]
  },
  {
   "id": "job_ready",
   "segment": "self_service",
   "label": {
    "en": "Unemployed less than six months, no significant barriers",
    "ru": "Безработный менее шести месяцев, без существенных барьеров",
    "hy": "Գործազուրկ է վեց ամսից պակաս, էական խոչընդոտներ չունի"
   },
   "all": [
    {
     "fact": "unemployment_months",
     "op": "lt",
     "value": 6
    },
    {
     "fact": "barrier_count",
     "minSeverity": "medium",
     "op": "eq",
     "value": 0
    }
   ]
  }
 ],
 "defaultSegment": "standard",
 "defaultLabel": {
  "en": "Neither intensive support nor self-service applies: standard support",
  "ru": "Не подходит ни интенсивная поддержка, ни самообслуживание: стандартная поддержка",
  "hy": "Ոչ ինտենսիվ աջակցությունը, ոչ ինքնասպասարկումը չեն համապատասխանում. ստանդարտ աջակցություն"
 },
 "reassessmentMonths": {
  "self_service": 12,
  "standard": 12,
  "intensive": 6,
  "specialist": 12
 }
}$def$::jsonb, now());
