import type { SeedCitation, SeedData } from './types.js';

const SOURCE = 'al-manar-moscow-consultations';

const cite = (paragraph: number, excerpt: string): SeedCitation => ({
  source: SOURCE,
  excerpt,
  excerptLang: 'ar',
  locator: `paragraph ${paragraph}`,
});

const MEETING_SENTENCE =
  'التقى مساعد وزير الخارجية الايرانية للشرق الأوسط حسين جابري أنصاري الذي يزور العاصمة الروسية موسكو بنظيره سيرغي فيرشينين بحضور مبعوث الرئيس الروسي الخاص لسوريا الكسندر لافرينتييف';
const SMALL_GROUP_LIST =
  'المجموعة المصغرة ( بريطانيا- ألمانيا- فرنسا- الولايات المتحدة- السعودية والاْردن)';
const COMMITTEE_AGREED = 'اللجنة الدستورية المتفق عليها روسياً ايرانياً و تركياً';
const TRILATERAL_ASTANA = 'تعاون الثلاثي الروسي الإيراني التركي ضمن مسار أستانا';
const MILESTONES_IDLIB = 'في وقت يشهد الملف السوري استحقاقات ابرزها الوضع المعقد في إدلب';
const MILESTONES_WITHDRAWAL =
  'في وقت يشهد الملف السوري استحقاقات ابرزها الوضع المعقد في إدلب و الانسحاب الاميركي المبهم';
const SMALL_GROUP_OBSTRUCTS =
  'دول المجموعة المصغرة حول سوريا تحاول عرقلة تشكيل اللجنة الدستورية بهدف تغيير تركيبتها';
const RYABKOV_EARLIER = 'كما و صرح في وقت سابق نائب وزير الخارجية الروسية سيرغي ريابكوف';

const VERSHININ_QUOTE =
  'الحديث يدور حول قضايا موضوعة على جدول أعمال مجلس الأمن تهدد منطقة الشرق الأوسط و هي ذات أهمية لإيران و روسيا على حد سواء، دون أدنى شك نولي إهتماماً بالغاً بالوضع في سوريا و نقوم بذلك في إطار تعاوننا الثنائي و مع إيران كذلك كشريط في مسار أستانا';
const ANSARI_AGENDA_QUOTE =
  'سنناقش خلال هذه المشاورات التحولات في سوريا وفي اليمن والتحولات الإقليمية و الدولية. انها مباحثات ثنائية ولكن يمكن مقاربتها ضمن الجهود المشتركة التي نقوم بها مع شركائنا الأتراك في مسار عملية أستانا.';
const ANSARI_FRUITFUL_QUOTE =
  'انا متأكد أن مشاوراتنا اليوم سوف تكون مثمرة و مفيدة للغاية و تساهم في تقدم كافة المسارات التي يجري العمل عليها في المنطقة. و نلاحظ أن العلاقات و الروابط على كافة المستويات و المجالات بين روسيا و إيران اليوم تتطور بإستمرار.';
const ANSARI_TRILATERAL =
  'واكد انصاري ان سوريا هي إحدى مجالات التعاون بين إيران و روسيا، والتي حققت نتائج إيجابية هامة في محاربة الإرهاب و تعزيز الأمن و الإستقرار في هذا البلد. ولفت ان تعاون الثلاثي الروسي الإيراني التركي ضمن مسار أستانا كان مفيداً للغاية كما أثبتت التجربة خلال السنوات الماضية.';
const RYABKOV_STATEMENT =
  'كما و صرح في وقت سابق نائب وزير الخارجية الروسية سيرغي ريابكوف أن دول المجموعة المصغرة حول سوريا تحاول عرقلة تشكيل اللجنة الدستورية بهدف تغيير تركيبتها و أضاف أن الإخفاق في تشكيل اللجنة يجعل عملية التسوية السياسية مستحيلة في سوريا.';

export const articleSeed: SeedData = {
  sources: [
    {
      slug: SOURCE,
      kind: 'article',
      title: { en: 'Russian–Iranian consultations in Moscow on Syria (Al-Manar report)' },
      publisher: { ar: 'موقع المنار', en: 'Al-Manar website' },
      lang: 'ar',
      published: '2019-01~',
    },
  ],

  places: [
    {
      slug: 'russia',
      kind: 'country',
      name: { ar: 'روسيا', en: 'Russia' },
      wikidataId: 'Q159',
    },
    {
      slug: 'moscow',
      kind: 'city',
      name: { ar: 'موسكو', en: 'Moscow' },
      parent: 'russia',
      latitude: 55.7558,
      longitude: 37.6173,
      wikidataId: 'Q649',
    },
    {
      slug: 'syria',
      kind: 'country',
      name: { ar: 'سوريا', en: 'Syria' },
      wikidataId: 'Q858',
    },
    {
      slug: 'idlib',
      kind: 'region',
      name: { ar: 'إدلب', en: 'Idlib' },
      parent: 'syria',
      latitude: 35.93,
      longitude: 36.63,
    },
    {
      slug: 'yemen',
      kind: 'country',
      name: { ar: 'اليمن', en: 'Yemen' },
      wikidataId: 'Q805',
    },
    {
      slug: 'middle-east',
      kind: 'region',
      name: { ar: 'الشرق الأوسط', en: 'Middle East' },
      wikidataId: 'Q7204',
    },
  ],

  topics: [
    { slug: 'syria', name: { ar: 'سوريا', en: 'Syria' } },
    { slug: 'idlib', name: { ar: 'إدلب', en: 'Idlib' } },
    { slug: 'yemen', name: { ar: 'اليمن', en: 'Yemen' } },
    { slug: 'astana-process', name: { ar: 'مسار أستانا', en: 'Astana process' } },
    {
      slug: 'constitutional-committee',
      name: { ar: 'اللجنة الدستورية السورية', en: 'Syrian Constitutional Committee' },
    },
    { slug: 'counter-terrorism', name: { ar: 'محاربة الإرهاب', en: 'Counter-terrorism' } },
    { slug: 'russia-iran-relations', name: { ar: 'العلاقات الروسية الإيرانية', en: 'Russia–Iran relations' } },
    {
      slug: 'regional-and-international-developments',
      name: { ar: 'التحولات الإقليمية والدولية', en: 'Regional and international developments' },
    },
    { slug: 'us-withdrawal-from-syria', name: { ar: 'الانسحاب الأميركي من سوريا', en: 'US withdrawal from Syria' } },
  ],

  actors: [
    {
      slug: 'hossein-jaberi-ansari',
      kind: 'person',
      name: { ar: 'حسين جابري أنصاري', en: 'Hossein Jaberi Ansari' },
      aliases: {
        ar: ['حسين جابري انصاري', 'جابري أنصاري', 'انصاري', 'أنصاري'],
        en: ['Hossein Jaberi-Ansari', 'Jaberi Ansari', 'Hussein Jaberi Ansari', 'Ansari'],
      },
    },
    {
      slug: 'sergei-vershinin',
      kind: 'person',
      name: { ar: 'سيرغي فيرشينين', en: 'Sergei Vershinin' },
      aliases: {
        ar: ['فيرشينين', 'سيرجي فيرشينين'],
        en: ['Sergey Vershinin', 'Vershinin'],
      },
    },
    {
      slug: 'alexander-lavrentiev',
      kind: 'person',
      name: { ar: 'الكسندر لافرينتييف', en: 'Alexander Lavrentiev' },
      aliases: {
        ar: ['لافرنتييف', 'لافرونتيف', 'ألكسندر لافرنتييف', 'لافرينتييف'],
        en: ['Alexander Lavrentyev', 'Aleksandr Lavrentyev', 'Alexander Lavrentev', 'Lavrentiev', 'Lavrentyev'],
      },
    },
    {
      slug: 'sergei-ryabkov',
      kind: 'person',
      name: { ar: 'سيرغي ريابكوف', en: 'Sergei Ryabkov' },
      aliases: {
        ar: ['ريابكوف', 'سيرجي ريابكوف'],
        en: ['Sergey Ryabkov', 'Ryabkov'],
      },
    },
    {
      slug: 'iran',
      kind: 'state',
      name: { ar: 'إيران', en: 'Iran' },
      aliases: {
        ar: ['ايران', 'الجمهورية الإسلامية الإيرانية'],
        en: ['Islamic Republic of Iran'],
      },
      wikidataId: 'Q794',
    },
    {
      slug: 'russia',
      kind: 'state',
      name: { ar: 'روسيا', en: 'Russia' },
      aliases: {
        ar: ['روسيا الاتحادية', 'الاتحاد الروسي'],
        en: ['Russian Federation'],
      },
      wikidataId: 'Q159',
    },
    {
      slug: 'turkey',
      kind: 'state',
      name: { ar: 'تركيا', en: 'Turkey' },
      aliases: {
        ar: ['الجمهورية التركية'],
        en: ['Türkiye', 'Republic of Turkey'],
      },
      wikidataId: 'Q43',
    },
    {
      slug: 'united-kingdom',
      kind: 'state',
      name: { ar: 'بريطانيا', en: 'United Kingdom' },
      aliases: {
        ar: ['المملكة المتحدة'],
        en: ['Britain', 'Great Britain', 'UK'],
      },
      wikidataId: 'Q145',
    },
    {
      slug: 'germany',
      kind: 'state',
      name: { ar: 'ألمانيا', en: 'Germany' },
      aliases: {
        ar: ['المانيا'],
        en: ['Federal Republic of Germany'],
      },
      wikidataId: 'Q183',
    },
    {
      slug: 'france',
      kind: 'state',
      name: { ar: 'فرنسا', en: 'France' },
      aliases: {
        en: ['French Republic'],
      },
      wikidataId: 'Q142',
    },
    {
      slug: 'united-states',
      kind: 'state',
      name: { ar: 'الولايات المتحدة', en: 'United States' },
      aliases: {
        ar: ['الولايات المتحدة الأمريكية', 'أمريكا', 'أميركا'],
        en: ['United States of America', 'US', 'USA'],
      },
      wikidataId: 'Q30',
    },
    {
      slug: 'saudi-arabia',
      kind: 'state',
      name: { ar: 'السعودية', en: 'Saudi Arabia' },
      aliases: {
        ar: ['المملكة العربية السعودية'],
        en: ['Kingdom of Saudi Arabia'],
      },
      wikidataId: 'Q851',
    },
    {
      slug: 'jordan',
      kind: 'state',
      name: { ar: 'الأردن', en: 'Jordan' },
      aliases: {
        ar: ['الاْردن', 'الاردن', 'المملكة الأردنية الهاشمية'],
        en: ['Hashemite Kingdom of Jordan'],
      },
      wikidataId: 'Q810',
    },
    {
      slug: 'astana-group',
      kind: 'coalition',
      name: { ar: 'مجموعة استانا', en: 'Astana group' },
      aliases: {
        ar: ['مجموعة أستانا', 'الدول الضامنة لمسار أستانا'],
        en: ['Astana guarantors', 'Astana format', 'Astana troika'],
      },
      description: {
        ar: 'روسيا وإيران وتركيا، الدول الراعية لمسار أستانا بشأن سوريا.',
        en: 'Russia, Iran and Turkey, the states sponsoring the Astana process on Syria.',
      },
    },
    {
      slug: 'small-group',
      kind: 'coalition',
      name: { ar: 'المجموعة المصغرة', en: 'Small Group on Syria' },
      aliases: {
        ar: ['المجموعة المصغرة حول سوريا'],
        en: ['The Small Group', 'Small Group'],
      },
      description: {
        ar: 'مجموعة من الدول تنسق مواقفها بشأن سوريا، يذكر المقال منها بريطانيا وألمانيا وفرنسا والولايات المتحدة والسعودية والأردن.',
        en: 'A group of states coordinating on Syria; the article names Britain, Germany, France, the United States, Saudi Arabia and Jordan.',
      },
    },
    {
      slug: 'un-security-council',
      kind: 'organisation',
      name: { ar: 'مجلس الأمن', en: 'UN Security Council' },
      aliases: {
        ar: ['مجلس الأمن الدولي', 'مجلس الأمن التابع للأمم المتحدة'],
        en: ['United Nations Security Council', 'Security Council', 'UNSC'],
      },
      wikidataId: 'Q37470',
    },
  ],

  memberships: [
    {
      key: 'ansari-iran-post',
      kind: 'post',
      member: 'hossein-jaberi-ansari',
      organization: 'iran',
      role: { ar: 'مساعد وزير الخارجية الايرانية للشرق الأوسط', en: 'Assistant Foreign Minister for the Middle East' },
      citations: [cite(1, 'مساعد وزير الخارجية الايرانية للشرق الأوسط حسين جابري أنصاري')],
    },
    {
      key: 'vershinin-russia-post',
      kind: 'post',
      member: 'sergei-vershinin',
      organization: 'russia',
      role: { ar: 'نائب وزير الخارجية', en: 'Deputy Foreign Minister' },
      citations: [cite(1, 'بنظيره سيرغي فيرشينين')],
    },
    {
      key: 'lavrentiev-russia-post',
      kind: 'post',
      member: 'alexander-lavrentiev',
      organization: 'russia',
      role: { ar: 'مبعوث الرئيس الروسي الخاص لسوريا', en: 'Special Envoy of the President of Russia for Syria' },
      citations: [cite(1, 'مبعوث الرئيس الروسي الخاص لسوريا الكسندر لافرينتييف')],
    },
    {
      key: 'ryabkov-russia-post',
      kind: 'post',
      member: 'sergei-ryabkov',
      organization: 'russia',
      role: { ar: 'نائب وزير الخارجية الروسية', en: 'Deputy Foreign Minister' },
      citations: [cite(6, 'نائب وزير الخارجية الروسية سيرغي ريابكوف')],
    },
    {
      key: 'small-group-united-kingdom',
      kind: 'member',
      member: 'united-kingdom',
      organization: 'small-group',
      citations: [cite(2, SMALL_GROUP_LIST)],
    },
    {
      key: 'small-group-germany',
      kind: 'member',
      member: 'germany',
      organization: 'small-group',
      citations: [cite(2, SMALL_GROUP_LIST)],
    },
    {
      key: 'small-group-france',
      kind: 'member',
      member: 'france',
      organization: 'small-group',
      citations: [cite(2, SMALL_GROUP_LIST)],
    },
    {
      key: 'small-group-united-states',
      kind: 'member',
      member: 'united-states',
      organization: 'small-group',
      citations: [cite(2, SMALL_GROUP_LIST)],
    },
    {
      key: 'small-group-saudi-arabia',
      kind: 'member',
      member: 'saudi-arabia',
      organization: 'small-group',
      citations: [cite(2, SMALL_GROUP_LIST)],
    },
    {
      key: 'small-group-jordan',
      kind: 'member',
      member: 'jordan',
      organization: 'small-group',
      citations: [cite(2, SMALL_GROUP_LIST)],
    },
    {
      key: 'astana-group-iran',
      kind: 'member',
      member: 'iran',
      organization: 'astana-group',
      citations: [cite(3, 'مع إيران كذلك كشريط في مسار أستانا'), cite(5, TRILATERAL_ASTANA)],
    },
    {
      key: 'astana-group-russia',
      kind: 'member',
      member: 'russia',
      organization: 'astana-group',
      citations: [cite(5, TRILATERAL_ASTANA)],
    },
    {
      key: 'astana-group-turkey',
      kind: 'member',
      member: 'turkey',
      organization: 'astana-group',
      citations: [cite(4, 'مع شركائنا الأتراك في مسار عملية أستانا'), cite(5, TRILATERAL_ASTANA)],
    },
  ],

  events: [
    {
      slug: 'moscow-consultations-2019',
      kind: 'consultation',
      status: 'concluded',
      title: {
        ar: 'المشاورات الروسية الإيرانية في موسكو حول سوريا',
        en: 'Russian–Iranian consultations in Moscow on Syria',
      },
      summary: {
        ar: 'التقى مساعد وزير الخارجية الإيرانية للشرق الأوسط حسين جابري أنصاري، خلال زيارته موسكو، نظيره الروسي سيرغي فيرشينين بحضور مبعوث الرئيس الروسي الخاص لسوريا الكسندر لافرينتييف، وتناولت المشاورات التحولات في سوريا واليمن والتحولات الإقليمية والدولية. وصف فيرشينين المشاورات بأنها دورية، وقدّمها المقال على أنها استكمال لجهود مجموعة أستانا. المقال غير مؤرخ، وتاريخ اللقاء غير مؤكد: بين 19 كانون الأول/ديسمبر 2018 (إعلان الانسحاب الأميركي الذي يذكره المقال) و23 أيلول/سبتمبر 2019 (الإعلان عن تشكيل اللجنة الدستورية التي لم تكن قد شُكّلت بعد في المقال)، والأرجح في كانون الثاني/يناير 2019.',
        en: "Iran's Assistant Foreign Minister for the Middle East, Hossein Jaberi Ansari, visiting Moscow, held consultations with his Russian counterpart Sergei Vershinin, in the presence of the Russian President's special envoy for Syria, Alexander Lavrentiev, on developments in Syria and Yemen and on regional and international developments. Vershinin described the consultations as periodic, and the article presents the meeting as a continuation of the Astana group's efforts. The article is undated and the date is uncertain: between 19 December 2018 (the US withdrawal announcement it mentions) and 23 September 2019 (the announcement of the constitutional committee, not yet formed in the article), most likely January 2019.",
      },
      date: '2019-01~',
      place: 'moscow',
      topics: [
        'syria',
        'yemen',
        'astana-process',
        'russia-iran-relations',
        'regional-and-international-developments',
        'constitutional-committee',
      ],
      participants: [
        {
          actor: 'hossein-jaberi-ansari',
          role: 'visitor',
          note: { en: "Iran's side" },
          citations: [cite(1, 'حسين جابري أنصاري الذي يزور العاصمة الروسية موسكو')],
        },
        {
          actor: 'sergei-vershinin',
          role: 'host',
          note: { en: "Russia's side" },
          citations: [cite(1, 'الذي يزور العاصمة الروسية موسكو بنظيره سيرغي فيرشينين')],
        },
        {
          actor: 'alexander-lavrentiev',
          role: 'attendee',
          citations: [cite(1, 'بحضور مبعوث الرئيس الروسي الخاص لسوريا الكسندر لافرينتييف')],
        },
      ],
      citations: [
        cite(1, MEETING_SENTENCE),
        cite(2, 'الجانبان أجريا مباحثات وصفوها بالهامة في مرحلة حساسة تناولت قضايا المنطقة'),
        cite(3, 'فيرشينين ذكر أن المشاورات دورية'),
        cite(4, 'انصاري إعتبر المحادثات نموذجا للتعاون الوثيق بين إيران و روسيا'),
        cite(4, 'سنناقش خلال هذه المشاورات التحولات في سوريا وفي اليمن والتحولات الإقليمية و الدولية'),
      ],
    },
    {
      slug: 'astana-process',
      kind: 'process',
      status: 'ongoing',
      title: { ar: 'مسار أستانا', en: 'Astana process' },
      summary: {
        ar: 'المسار الدبلوماسي الخاص بسوريا الذي تتعاون فيه روسيا وإيران وتركيا (مجموعة أستانا). يكتفي المقال بالقول إن التعاون الثلاثي ضمن المسار أثبت فائدته «خلال السنوات الماضية»؛ أما تاريخ البدء (الجولة الأولى في كانون الثاني/يناير 2017) فمأخوذ من السجل العام لا من المقال.',
        en: 'The diplomatic track on Syria in which Russia, Iran and Turkey (the Astana group) cooperate. The article only says that the trilateral cooperation within the track has proved useful "over past years"; the start date (its first round, in January 2017) is from the public record, not from the article.',
      },
      date: '2017-01/..',
      topics: ['syria', 'astana-process'],
      participants: [
        { actor: 'iran', role: 'guarantor', citations: [cite(5, TRILATERAL_ASTANA)] },
        { actor: 'russia', role: 'guarantor', citations: [cite(5, TRILATERAL_ASTANA)] },
        { actor: 'turkey', role: 'guarantor', citations: [cite(5, TRILATERAL_ASTANA)] },
      ],
      citations: [
        cite(2, 'لجهود مجموعة استانا'),
        cite(
          5,
          'تعاون الثلاثي الروسي الإيراني التركي ضمن مسار أستانا كان مفيداً للغاية كما أثبتت التجربة خلال السنوات الماضية',
        ),
      ],
    },
    {
      slug: 'constitutional-committee-dispute',
      kind: 'dispute',
      status: 'ongoing',
      title: {
        ar: 'الخلاف حول تشكيل اللجنة الدستورية السورية',
        en: 'Dispute over the formation of the Syrian Constitutional Committee',
      },
      summary: {
        ar: 'لم تكن اللجنة الدستورية المتفق عليها بين روسيا وإيران وتركيا قد شُكّلت وقت المقال. وبحسب المقال، تعرقل دول ما يسمى المجموعة المصغرة (بريطانيا وألمانيا وفرنسا والولايات المتحدة والسعودية والأردن) تشكيلها وإطلاق عملها بهدف تغيير تركيبتها، فيما تسعى روسيا وإيران بالتعاون مع تركيا إلى تخطي هذه العرقلة. تاريخ البدء التقريبي (2018) مأخوذ من السجل العام لا من المقال، الذي يصف الخلاف بأنه قائم.',
        en: 'The constitutional committee agreed on by Russia, Iran and Turkey had not been formed at the time of the article. According to the article, the countries of the so-called Small Group (Britain, Germany, France, the United States, Saudi Arabia and Jordan) were obstructing its formation and the launch of its work in order to change its composition, while Russia and Iran, with Turkey, sought to overcome the obstruction. The approximate start (2018) is from the public record, not from the article, which describes the dispute as ongoing.',
      },
      date: '2018~/..',
      topics: ['syria', 'constitutional-committee'],
      participants: [
        {
          actor: 'small-group',
          role: 'obstructing_party',
          citations: [cite(2, 'عرقلة دول ما يسمى المجموعة المصغرة'), cite(6, SMALL_GROUP_OBSTRUCTS)],
        },
        { actor: 'russia', role: 'proponent', citations: [cite(2, COMMITTEE_AGREED)] },
        { actor: 'iran', role: 'proponent', citations: [cite(2, COMMITTEE_AGREED)] },
        { actor: 'turkey', role: 'proponent', citations: [cite(2, COMMITTEE_AGREED)] },
      ],
      citations: [
        cite(2, `عرقلة دول ما يسمى ${SMALL_GROUP_LIST} تشكيل ${COMMITTEE_AGREED} و إطلاق عملها`),
        cite(6, SMALL_GROUP_OBSTRUCTS),
      ],
    },
    {
      slug: 'idlib-situation',
      kind: 'situation',
      status: 'ongoing',
      title: { ar: 'الوضع في إدلب', en: 'The situation in Idlib' },
      summary: {
        ar: 'الوضع في إدلب، الذي يصفه المقال بالمعقد ويعدّه من أبرز الاستحقاقات التي يشهدها الملف السوري وقت المشاورات. تاريخ البدء التقريبي (2018) مأخوذ من السجل العام لا من المقال.',
        en: 'The situation in Idlib, which the article describes as complex and counts among the most prominent milestones facing the Syrian file at the time of the consultations. The approximate start (2018) is from the public record, not from the article.',
      },
      date: '2018~/..',
      place: 'idlib',
      topics: ['syria', 'idlib'],
      participants: [],
      citations: [cite(2, MILESTONES_IDLIB)],
    },
    {
      slug: 'us-withdrawal-from-syria',
      kind: 'announcement',
      status: 'concluded',
      title: { ar: 'إعلان الانسحاب الأميركي من سوريا', en: 'US announcement of withdrawal from Syria' },
      summary: {
        ar: 'أعلنت الولايات المتحدة في 19 كانون الأول/ديسمبر 2018 انسحاب قواتها من سوريا (التاريخ من السجل العام). يصف المقال الانسحاب بـ«المبهم» ويعدّه من أبرز الاستحقاقات التي يشهدها الملف السوري.',
        en: 'The United States announced on 19 December 2018 the withdrawal of its troops from Syria (the date is from the public record). The article calls the withdrawal ambiguous (المبهم) and counts it among the most prominent milestones facing the Syrian file.',
      },
      date: '2018-12-19',
      place: 'syria',
      topics: ['syria', 'us-withdrawal-from-syria'],
      participants: [
        { actor: 'united-states', role: 'initiator', citations: [cite(2, 'الانسحاب الاميركي المبهم')] },
      ],
      citations: [cite(2, 'الانسحاب الاميركي المبهم')],
    },
    {
      slug: 'ryabkov-statement-small-group',
      kind: 'statement',
      status: 'concluded',
      title: {
        ar: 'تصريح ريابكوف حول المجموعة المصغرة واللجنة الدستورية',
        en: "Ryabkov's statement on the Small Group and the constitutional committee",
      },
      summary: {
        ar: 'صرّح نائب وزير الخارجية الروسية سيرغي ريابكوف، في وقت سابق للمشاورات الروسية الإيرانية في موسكو، بأن دول المجموعة المصغرة حول سوريا تحاول عرقلة تشكيل اللجنة الدستورية بهدف تغيير تركيبتها، وبأن الإخفاق في تشكيل اللجنة يجعل عملية التسوية السياسية في سوريا مستحيلة. لا يذكر المقال تاريخ التصريح: قبل المشاورات، في كانون الثاني/يناير 2019 أو قبله.',
        en: 'Russian Deputy Foreign Minister Sergei Ryabkov stated, earlier than the Russian–Iranian consultations in Moscow, that the Small Group countries on Syria were trying to obstruct the formation of the constitutional committee in order to change its composition, and that failing to form the committee makes the political settlement process in Syria impossible. The article does not date the statement: it was made before the consultations, in January 2019 or earlier.',
      },
      date: '[..2019-01]',
      topics: ['syria', 'constitutional-committee'],
      participants: [
        { actor: 'sergei-ryabkov', role: 'speaker', citations: [cite(6, RYABKOV_EARLIER)] },
        { actor: 'small-group', role: 'subject', citations: [cite(6, SMALL_GROUP_OBSTRUCTS)] },
      ],
      citations: [cite(6, RYABKOV_STATEMENT)],
    },
  ],

  relations: [
    {
      subject: 'moscow-consultations-2019',
      type: 'continues',
      object: 'astana-process',
      citations: [cite(2, 'اللقاء الروسي الايراني أتى استكمالاً لجهود مجموعة استانا')],
    },
    {
      subject: 'moscow-consultations-2019',
      type: 'part_of',
      object: 'astana-process',
      citations: [
        cite(4, 'يمكن مقاربتها ضمن الجهود المشتركة التي نقوم بها مع شركائنا الأتراك في مسار عملية أستانا'),
      ],
    },
    {
      subject: 'ryabkov-statement-small-group',
      type: 'precedes',
      object: 'moscow-consultations-2019',
      citations: [cite(6, RYABKOV_EARLIER)],
    },
    {
      subject: 'ryabkov-statement-small-group',
      type: 'concerns',
      object: 'constitutional-committee-dispute',
      citations: [cite(6, SMALL_GROUP_OBSTRUCTS)],
    },
    {
      subject: 'moscow-consultations-2019',
      type: 'responds_to',
      object: 'constitutional-committee-dispute',
      citations: [
        cite(
          2,
          'كما تهدف المساعي الروسية الايرانية المشتركة بالتعاون مع الجانب التركي لتخطي عرقلة دول ما يسمى المجموعة المصغرة',
        ),
      ],
    },
    {
      subject: 'moscow-consultations-2019',
      type: 'contemporaneous_with',
      object: 'idlib-situation',
      citations: [cite(2, MILESTONES_IDLIB)],
    },
    {
      subject: 'moscow-consultations-2019',
      type: 'contemporaneous_with',
      object: 'us-withdrawal-from-syria',
      citations: [cite(2, MILESTONES_WITHDRAWAL)],
    },
  ],

  statements: [
    {
      key: 'vershinin-security-council-agenda',
      kind: 'direct_quote',
      speaker: 'sergei-vershinin',
      event: 'moscow-consultations-2019',
      originalText: VERSHININ_QUOTE,
      originalLang: 'ar',
      translations: {
        en: "The talk is about issues on the Security Council's agenda that threaten the Middle East region and that matter to Iran and Russia alike. Without the least doubt we pay great attention to the situation in Syria, and we do so within our bilateral cooperation and with Iran as a partner in the Astana track.",
      },
      date: '2019-01~',
      citations: [cite(3, `وقال: “${VERSHININ_QUOTE}”`)],
    },
    {
      key: 'ansari-consultations-agenda',
      kind: 'direct_quote',
      speaker: 'hossein-jaberi-ansari',
      event: 'moscow-consultations-2019',
      originalText: ANSARI_AGENDA_QUOTE,
      originalLang: 'ar',
      translations: {
        en: 'During these consultations we will discuss the developments in Syria and in Yemen, and regional and international developments. These are bilateral talks, but they can be seen within the joint efforts we make with our Turkish partners in the Astana process.',
      },
      date: '2019-01~',
      citations: [cite(4, `وقال :”${ANSARI_AGENDA_QUOTE}`)],
    },
    {
      key: 'ansari-fruitful-consultations',
      kind: 'direct_quote',
      speaker: 'hossein-jaberi-ansari',
      event: 'moscow-consultations-2019',
      originalText: ANSARI_FRUITFUL_QUOTE,
      originalLang: 'ar',
      translations: {
        en: 'I am sure our consultations today will be fruitful and very useful, and will contribute to progress on all the tracks being worked on in the region. And we note that the relations and ties at all levels and in all fields between Russia and Iran today are developing continuously.',
      },
      date: '2019-01~',
      citations: [cite(4, `واضاف: ${ANSARI_FRUITFUL_QUOTE}`)],
    },
    {
      key: 'ansari-trilateral-cooperation',
      kind: 'reported_speech',
      speaker: 'hossein-jaberi-ansari',
      event: 'moscow-consultations-2019',
      originalText: ANSARI_TRILATERAL,
      originalLang: 'ar',
      translations: {
        en: 'Ansari affirmed that Syria is one of the fields of cooperation between Iran and Russia, one that has achieved important positive results in fighting terrorism and strengthening security and stability in that country. He noted that the trilateral Russian–Iranian–Turkish cooperation within the Astana track has been very useful, as experience over past years has shown.',
      },
      date: '2019-01~',
      citations: [cite(5, ANSARI_TRILATERAL)],
    },
    {
      key: 'ryabkov-small-group-obstruction',
      kind: 'reported_speech',
      speaker: 'sergei-ryabkov',
      event: 'ryabkov-statement-small-group',
      originalText: RYABKOV_STATEMENT,
      originalLang: 'ar',
      translations: {
        en: 'Earlier, Russian Deputy Foreign Minister Sergei Ryabkov had also stated that the Small Group countries on Syria are trying to obstruct the formation of the constitutional committee in order to change its composition, and added that failing to form the committee makes the political settlement process in Syria impossible.',
      },
      date: '[..2019-01]',
      citations: [cite(6, RYABKOV_STATEMENT)],
    },
  ],
};
