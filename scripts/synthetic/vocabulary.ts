/**
 * Word lists for the synthetic data, in English and Arabic: countries and cities with
 * coordinates, personal names with their transliteration variants, organisations, topics,
 * outlets and the sentence templates that titles, summaries, statements and excerpts are built
 * from. Arabic spellings vary on purpose (with and without hamza or diacritics), as they do in
 * the press.
 */
import type { EventKind, RelationType, SourceKind } from '../../src/domain/enums.js';

export interface Bilingual {
  en: string;
  ar: string;
}

export interface City {
  slug: string;
  en: string;
  ar: string;
  lat: number;
  lon: number;
  /** Alternative spellings, used as aliases of the organisations named after the city. */
  arAlt?: string[];
}

export type NamePool = 'ru' | 'fa' | 'tr' | 'ar' | 'west' | 'zh';

export interface Country {
  slug: string;
  en: string;
  ar: string;
  /** Takes "the" in running English text: "the United States". */
  the?: boolean;
  enAlt: string[];
  arAlt: string[];
  /** English adjective: "Russian". */
  adj: string;
  /** Arabic adjective, definite, masculine and feminine: الروسي / الروسية. */
  adjM: string;
  adjF: string;
  lat: number;
  lon: number;
  wikidataId?: string;
  names: NamePool;
  /** Arabic-speaking: synthetic towns get Arabic place names. */
  arabic?: boolean;
  /** Grammatically masculine in Arabic (العراق, لبنان); most country names are feminine. */
  arMasculine?: boolean;
  /** The first city is the capital. */
  cities: City[];
}

const c = (slug: string, en: string, ar: string, lat: number, lon: number, arAlt?: string[]): City =>
  arAlt ? { slug, en, ar, lat, lon, arAlt } : { slug, en, ar, lat, lon };

export const COUNTRIES: Country[] = [
  {
    slug: 'russia', en: 'Russia', ar: 'روسيا',
    enAlt: ['Russian Federation'],
    arAlt: ['روسيا الاتحادية'],
    adj: 'Russian', adjM: 'الروسي', adjF: 'الروسية',
    lat: 61.5, lon: 105.3, wikidataId: 'Q159', names: 'ru',
    cities: [
      c('moscow', 'Moscow', 'موسكو', 55.7558, 37.6173),
      c('saint-petersburg', 'Saint Petersburg', 'سان بطرسبرغ', 59.9343, 30.3351, ['سانت بطرسبرغ']),
      c('sochi', 'Sochi', 'سوتشي', 43.6028, 39.7342),
      c('kazan', 'Kazan', 'قازان', 55.7961, 49.1064),
    ],
  },
  {
    slug: 'iran', en: 'Iran', ar: 'إيران',
    enAlt: ['Islamic Republic of Iran'],
    arAlt: ['ايران', 'الجمهورية الإسلامية الإيرانية'],
    adj: 'Iranian', adjM: 'الإيراني', adjF: 'الإيرانية',
    lat: 32.4, lon: 53.7, wikidataId: 'Q794', names: 'fa',
    cities: [
      c('tehran', 'Tehran', 'طهران', 35.6892, 51.389),
      c('isfahan', 'Isfahan', 'أصفهان', 32.6546, 51.668, ['اصفهان']),
      c('mashhad', 'Mashhad', 'مشهد', 36.2605, 59.6168),
    ],
  },
  {
    slug: 'turkey', en: 'Turkey', ar: 'تركيا',
    enAlt: ['Türkiye', 'Republic of Turkey'],
    arAlt: ['الجمهورية التركية'],
    adj: 'Turkish', adjM: 'التركي', adjF: 'التركية',
    lat: 38.96, lon: 35.24, wikidataId: 'Q43', names: 'tr',
    cities: [
      c('ankara', 'Ankara', 'أنقرة', 39.9334, 32.8597, ['انقرة']),
      c('istanbul', 'Istanbul', 'إسطنبول', 41.0082, 28.9784, ['اسطنبول', 'إستانبول']),
      c('gaziantep', 'Gaziantep', 'غازي عنتاب', 37.0662, 37.3833),
    ],
  },
  {
    slug: 'syria', en: 'Syria', ar: 'سوريا',
    enAlt: ['Syrian Arab Republic'],
    arAlt: ['سورية', 'الجمهورية العربية السورية'],
    adj: 'Syrian', adjM: 'السوري', adjF: 'السورية',
    lat: 34.8, lon: 38.99, wikidataId: 'Q858', names: 'ar', arabic: true,
    cities: [
      c('damascus', 'Damascus', 'دمشق', 33.5138, 36.2765),
      c('aleppo', 'Aleppo', 'حلب', 36.2021, 37.1343),
      c('homs', 'Homs', 'حمص', 34.7324, 36.7137),
      c('idlib', 'Idlib', 'إدلب', 35.9306, 36.6339, ['ادلب']),
      c('latakia', 'Latakia', 'اللاذقية', 35.5317, 35.7901),
      c('deir-ez-zor', 'Deir ez-Zor', 'دير الزور', 35.3359, 40.1408),
      c('raqqa', 'Raqqa', 'الرقة', 35.9594, 39.0079),
    ],
  },
  {
    slug: 'lebanon', arMasculine: true, en: 'Lebanon', ar: 'لبنان',
    enAlt: ['Lebanese Republic'],
    arAlt: ['الجمهورية اللبنانية'],
    adj: 'Lebanese', adjM: 'اللبناني', adjF: 'اللبنانية',
    lat: 33.85, lon: 35.86, wikidataId: 'Q822', names: 'ar', arabic: true,
    cities: [
      c('beirut', 'Beirut', 'بيروت', 33.8938, 35.5018),
      c('tripoli-lebanon', 'Tripoli', 'طرابلس', 34.4367, 35.8497),
      c('sidon', 'Sidon', 'صيدا', 33.5571, 35.3729),
    ],
  },
  {
    slug: 'iraq', arMasculine: true, en: 'Iraq', ar: 'العراق',
    enAlt: ['Republic of Iraq'],
    arAlt: ['جمهورية العراق'],
    adj: 'Iraqi', adjM: 'العراقي', adjF: 'العراقية',
    lat: 33.22, lon: 43.68, wikidataId: 'Q796', names: 'ar', arabic: true,
    cities: [
      c('baghdad', 'Baghdad', 'بغداد', 33.3152, 44.3661),
      c('basra', 'Basra', 'البصرة', 30.5085, 47.7804),
      c('erbil', 'Erbil', 'أربيل', 36.1901, 44.0091, ['اربيل']),
      c('mosul', 'Mosul', 'الموصل', 36.34, 43.13),
    ],
  },
  {
    slug: 'jordan', arMasculine: true, en: 'Jordan', ar: 'الأردن',
    enAlt: ['Hashemite Kingdom of Jordan'],
    arAlt: ['الاردن', 'المملكة الأردنية الهاشمية'],
    adj: 'Jordanian', adjM: 'الأردني', adjF: 'الأردنية',
    lat: 30.59, lon: 36.24, wikidataId: 'Q810', names: 'ar', arabic: true,
    cities: [c('amman', 'Amman', 'عمّان', 31.9454, 35.9284, ['عمان'])],
  },
  {
    slug: 'egypt', en: 'Egypt', ar: 'مصر',
    enAlt: ['Arab Republic of Egypt'],
    arAlt: ['جمهورية مصر العربية'],
    adj: 'Egyptian', adjM: 'المصري', adjF: 'المصرية',
    lat: 26.82, lon: 30.8, wikidataId: 'Q79', names: 'ar', arabic: true,
    cities: [
      c('cairo', 'Cairo', 'القاهرة', 30.0444, 31.2357),
      c('alexandria', 'Alexandria', 'الإسكندرية', 31.2001, 29.9187, ['الاسكندرية']),
      c('sharm-el-sheikh', 'Sharm el-Sheikh', 'شرم الشيخ', 27.9158, 34.33),
    ],
  },
  {
    slug: 'saudi-arabia', en: 'Saudi Arabia', ar: 'السعودية',
    enAlt: ['Kingdom of Saudi Arabia', 'KSA'],
    arAlt: ['المملكة العربية السعودية'],
    adj: 'Saudi', adjM: 'السعودي', adjF: 'السعودية',
    lat: 23.89, lon: 45.08, wikidataId: 'Q851', names: 'ar', arabic: true,
    cities: [
      c('riyadh', 'Riyadh', 'الرياض', 24.7136, 46.6753),
      c('jeddah', 'Jeddah', 'جدة', 21.4858, 39.1925, ['جدّة']),
    ],
  },
  {
    slug: 'qatar', en: 'Qatar', ar: 'قطر',
    enAlt: ['State of Qatar'],
    arAlt: ['دولة قطر'],
    adj: 'Qatari', adjM: 'القطري', adjF: 'القطرية',
    lat: 25.35, lon: 51.18, wikidataId: 'Q846', names: 'ar', arabic: true,
    cities: [c('doha', 'Doha', 'الدوحة', 25.2854, 51.531)],
  },
  {
    slug: 'united-arab-emirates', en: 'United Arab Emirates', ar: 'الإمارات', the: true,
    enAlt: ['UAE', 'Emirates'],
    arAlt: ['الامارات', 'الإمارات العربية المتحدة'],
    adj: 'Emirati', adjM: 'الإماراتي', adjF: 'الإماراتية',
    lat: 23.42, lon: 53.85, wikidataId: 'Q878', names: 'ar', arabic: true,
    cities: [
      c('abu-dhabi', 'Abu Dhabi', 'أبوظبي', 24.4539, 54.3773, ['أبو ظبي', 'ابوظبي']),
      c('dubai', 'Dubai', 'دبي', 25.2048, 55.2708),
    ],
  },
  {
    slug: 'kuwait', en: 'Kuwait', ar: 'الكويت',
    enAlt: ['State of Kuwait'],
    arAlt: ['دولة الكويت'],
    adj: 'Kuwaiti', adjM: 'الكويتي', adjF: 'الكويتية',
    lat: 29.31, lon: 47.48, wikidataId: 'Q817', names: 'ar', arabic: true,
    cities: [c('kuwait-city', 'Kuwait City', 'مدينة الكويت', 29.3759, 47.9774)],
  },
  {
    slug: 'oman', en: 'Oman', ar: 'عُمان',
    enAlt: ['Sultanate of Oman'],
    arAlt: ['عمان', 'سلطنة عمان'],
    adj: 'Omani', adjM: 'العماني', adjF: 'العمانية',
    lat: 21.47, lon: 55.98, wikidataId: 'Q842', names: 'ar', arabic: true,
    cities: [c('muscat', 'Muscat', 'مسقط', 23.588, 58.3829)],
  },
  {
    slug: 'bahrain', en: 'Bahrain', ar: 'البحرين',
    enAlt: ['Kingdom of Bahrain'],
    arAlt: ['مملكة البحرين'],
    adj: 'Bahraini', adjM: 'البحريني', adjF: 'البحرينية',
    lat: 26.07, lon: 50.56, wikidataId: 'Q398', names: 'ar', arabic: true,
    cities: [c('manama', 'Manama', 'المنامة', 26.2285, 50.586)],
  },
  {
    slug: 'yemen', arMasculine: true, en: 'Yemen', ar: 'اليمن',
    enAlt: ['Republic of Yemen'],
    arAlt: ['الجمهورية اليمنية'],
    adj: 'Yemeni', adjM: 'اليمني', adjF: 'اليمنية',
    lat: 15.55, lon: 48.52, wikidataId: 'Q805', names: 'ar', arabic: true,
    cities: [
      c('sanaa', "Sana'a", 'صنعاء', 15.3694, 44.191),
      c('aden', 'Aden', 'عدن', 12.7855, 45.0187),
      c('hodeidah', 'Hodeidah', 'الحديدة', 14.7978, 42.9545),
    ],
  },
  {
    slug: 'palestine', en: 'Palestine', ar: 'فلسطين',
    enAlt: ['State of Palestine'],
    arAlt: ['دولة فلسطين'],
    adj: 'Palestinian', adjM: 'الفلسطيني', adjF: 'الفلسطينية',
    lat: 31.95, lon: 35.23, wikidataId: 'Q219060', names: 'ar', arabic: true,
    cities: [
      c('ramallah', 'Ramallah', 'رام الله', 31.9038, 35.2034),
      c('gaza', 'Gaza', 'غزة', 31.5017, 34.4668, ['غزّة']),
    ],
  },
  {
    slug: 'israel', en: 'Israel', ar: 'إسرائيل',
    enAlt: ['State of Israel'],
    arAlt: ['اسرائيل'],
    adj: 'Israeli', adjM: 'الإسرائيلي', adjF: 'الإسرائيلية',
    lat: 31.05, lon: 34.85, wikidataId: 'Q801', names: 'west',
    cities: [c('tel-aviv', 'Tel Aviv', 'تل أبيب', 32.0853, 34.7818, ['تل ابيب'])],
  },
  {
    slug: 'libya', en: 'Libya', ar: 'ليبيا',
    enAlt: ['State of Libya'],
    arAlt: ['دولة ليبيا'],
    adj: 'Libyan', adjM: 'الليبي', adjF: 'الليبية',
    lat: 26.34, lon: 17.23, wikidataId: 'Q1016', names: 'ar', arabic: true,
    cities: [
      c('tripoli-libya', 'Tripoli', 'طرابلس', 32.8872, 13.1913, ['طرابلس الغرب']),
      c('benghazi', 'Benghazi', 'بنغازي', 32.1167, 20.0667),
    ],
  },
  {
    slug: 'tunisia', en: 'Tunisia', ar: 'تونس',
    enAlt: ['Republic of Tunisia'],
    arAlt: ['الجمهورية التونسية'],
    adj: 'Tunisian', adjM: 'التونسي', adjF: 'التونسية',
    lat: 33.89, lon: 9.54, wikidataId: 'Q948', names: 'ar', arabic: true,
    cities: [c('tunis', 'Tunis', 'تونس العاصمة', 36.8065, 10.1815)],
  },
  {
    slug: 'algeria', en: 'Algeria', ar: 'الجزائر',
    enAlt: ["People's Democratic Republic of Algeria"],
    arAlt: ['الجمهورية الجزائرية'],
    adj: 'Algerian', adjM: 'الجزائري', adjF: 'الجزائرية',
    lat: 28.03, lon: 1.66, wikidataId: 'Q262', names: 'ar', arabic: true,
    cities: [c('algiers', 'Algiers', 'الجزائر العاصمة', 36.7538, 3.0588)],
  },
  {
    slug: 'morocco', arMasculine: true, en: 'Morocco', ar: 'المغرب',
    enAlt: ['Kingdom of Morocco'],
    arAlt: ['المملكة المغربية'],
    adj: 'Moroccan', adjM: 'المغربي', adjF: 'المغربية',
    lat: 31.79, lon: -7.09, wikidataId: 'Q1028', names: 'ar', arabic: true,
    cities: [
      c('rabat', 'Rabat', 'الرباط', 34.0209, -6.8416),
      c('marrakesh', 'Marrakesh', 'مراكش', 31.6295, -7.9811, ['مراكش الحمراء']),
    ],
  },
  {
    slug: 'sudan', arMasculine: true, en: 'Sudan', ar: 'السودان', the: false,
    enAlt: ['Republic of the Sudan', 'the Sudan'],
    arAlt: ['جمهورية السودان'],
    adj: 'Sudanese', adjM: 'السوداني', adjF: 'السودانية',
    lat: 12.86, lon: 30.22, wikidataId: 'Q1049', names: 'ar', arabic: true,
    cities: [c('khartoum', 'Khartoum', 'الخرطوم', 15.5007, 32.5599)],
  },
  {
    slug: 'united-states', en: 'United States', ar: 'الولايات المتحدة', the: true,
    enAlt: ['USA', 'US', 'United States of America'],
    arAlt: ['الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا'],
    adj: 'American', adjM: 'الأمريكي', adjF: 'الأمريكية',
    lat: 38.9, lon: -97.0, wikidataId: 'Q30', names: 'west',
    cities: [
      c('washington', 'Washington', 'واشنطن', 38.9072, -77.0369),
      c('new-york', 'New York', 'نيويورك', 40.7128, -74.006),
    ],
  },
  {
    slug: 'united-kingdom', en: 'United Kingdom', ar: 'بريطانيا', the: true,
    enAlt: ['UK', 'Britain', 'Great Britain'],
    arAlt: ['المملكة المتحدة', 'بريطانيا العظمى'],
    adj: 'British', adjM: 'البريطاني', adjF: 'البريطانية',
    lat: 54.0, lon: -2.0, wikidataId: 'Q145', names: 'west',
    cities: [c('london', 'London', 'لندن', 51.5074, -0.1278)],
  },
  {
    slug: 'france', en: 'France', ar: 'فرنسا',
    enAlt: ['French Republic'],
    arAlt: ['الجمهورية الفرنسية'],
    adj: 'French', adjM: 'الفرنسي', adjF: 'الفرنسية',
    lat: 46.6, lon: 1.89, wikidataId: 'Q142', names: 'west',
    cities: [c('paris', 'Paris', 'باريس', 48.8566, 2.3522)],
  },
  {
    slug: 'germany', en: 'Germany', ar: 'ألمانيا',
    enAlt: ['Federal Republic of Germany'],
    arAlt: ['المانيا', 'جمهورية ألمانيا الاتحادية'],
    adj: 'German', adjM: 'الألماني', adjF: 'الألمانية',
    lat: 51.17, lon: 10.45, wikidataId: 'Q183', names: 'west',
    cities: [
      c('berlin', 'Berlin', 'برلين', 52.52, 13.405),
      c('munich', 'Munich', 'ميونخ', 48.1351, 11.582, ['ميونيخ']),
    ],
  },
  {
    slug: 'switzerland', en: 'Switzerland', ar: 'سويسرا',
    enAlt: ['Swiss Confederation'],
    arAlt: ['الاتحاد السويسري'],
    adj: 'Swiss', adjM: 'السويسري', adjF: 'السويسرية',
    lat: 46.82, lon: 8.23, wikidataId: 'Q39', names: 'west',
    cities: [
      c('bern', 'Bern', 'برن', 46.948, 7.4474),
      c('geneva', 'Geneva', 'جنيف', 46.2044, 6.1432),
      c('lausanne', 'Lausanne', 'لوزان', 46.5197, 6.6323),
    ],
  },
  {
    slug: 'austria', en: 'Austria', ar: 'النمسا',
    enAlt: ['Republic of Austria'],
    arAlt: ['جمهورية النمسا'],
    adj: 'Austrian', adjM: 'النمساوي', adjF: 'النمساوية',
    lat: 47.52, lon: 14.55, wikidataId: 'Q40', names: 'west',
    cities: [c('vienna', 'Vienna', 'فيينا', 48.2082, 16.3738)],
  },
  {
    slug: 'italy', en: 'Italy', ar: 'إيطاليا',
    enAlt: ['Italian Republic'],
    arAlt: ['ايطاليا'],
    adj: 'Italian', adjM: 'الإيطالي', adjF: 'الإيطالية',
    lat: 41.87, lon: 12.57, wikidataId: 'Q38', names: 'west',
    cities: [c('rome', 'Rome', 'روما', 41.9028, 12.4964)],
  },
  {
    slug: 'spain', en: 'Spain', ar: 'إسبانيا',
    enAlt: ['Kingdom of Spain'],
    arAlt: ['اسبانيا'],
    adj: 'Spanish', adjM: 'الإسباني', adjF: 'الإسبانية',
    lat: 40.46, lon: -3.75, wikidataId: 'Q29', names: 'west',
    cities: [c('madrid', 'Madrid', 'مدريد', 40.4168, -3.7038)],
  },
  {
    slug: 'china', en: 'China', ar: 'الصين',
    enAlt: ["People's Republic of China", 'PRC'],
    arAlt: ['جمهورية الصين الشعبية'],
    adj: 'Chinese', adjM: 'الصيني', adjF: 'الصينية',
    lat: 35.86, lon: 104.2, wikidataId: 'Q148', names: 'zh',
    cities: [c('beijing', 'Beijing', 'بكين', 39.9042, 116.4074, ['بيجين'])],
  },
  {
    slug: 'japan', en: 'Japan', ar: 'اليابان',
    enAlt: ['Nippon'],
    arAlt: ['دولة اليابان'],
    adj: 'Japanese', adjM: 'الياباني', adjF: 'اليابانية',
    lat: 36.2, lon: 138.25, wikidataId: 'Q17', names: 'west',
    cities: [c('tokyo', 'Tokyo', 'طوكيو', 35.6762, 139.6503)],
  },
  {
    slug: 'india', en: 'India', ar: 'الهند',
    enAlt: ['Republic of India', 'Bharat'],
    arAlt: ['جمهورية الهند'],
    adj: 'Indian', adjM: 'الهندي', adjF: 'الهندية',
    lat: 20.59, lon: 78.96, wikidataId: 'Q668', names: 'west',
    cities: [c('new-delhi', 'New Delhi', 'نيودلهي', 28.6139, 77.209, ['نيو دلهي'])],
  },
  {
    slug: 'pakistan', en: 'Pakistan', ar: 'باكستان',
    enAlt: ['Islamic Republic of Pakistan'],
    arAlt: ['جمهورية باكستان الإسلامية'],
    adj: 'Pakistani', adjM: 'الباكستاني', adjF: 'الباكستانية',
    lat: 30.38, lon: 69.35, wikidataId: 'Q843', names: 'ar',
    cities: [c('islamabad', 'Islamabad', 'إسلام آباد', 33.6844, 73.0479, ['اسلام اباد'])],
  },
  {
    slug: 'afghanistan', en: 'Afghanistan', ar: 'أفغانستان',
    enAlt: ['Islamic Emirate of Afghanistan'],
    arAlt: ['افغانستان'],
    adj: 'Afghan', adjM: 'الأفغاني', adjF: 'الأفغانية',
    lat: 33.94, lon: 67.71, wikidataId: 'Q889', names: 'fa',
    cities: [c('kabul', 'Kabul', 'كابول', 34.5553, 69.2075, ['كابل'])],
  },
  {
    slug: 'kazakhstan', en: 'Kazakhstan', ar: 'كازاخستان',
    enAlt: ['Republic of Kazakhstan'],
    arAlt: ['قازاقستان'],
    adj: 'Kazakh', adjM: 'الكازاخستاني', adjF: 'الكازاخستانية',
    lat: 48.02, lon: 66.92, wikidataId: 'Q232', names: 'ru',
    cities: [
      c('astana', 'Astana', 'أستانا', 51.1694, 71.4491, ['استانا', 'نور سلطان']),
      c('almaty', 'Almaty', 'ألماتي', 43.222, 76.8512),
    ],
  },
  {
    slug: 'azerbaijan', en: 'Azerbaijan', ar: 'أذربيجان',
    enAlt: ['Republic of Azerbaijan'],
    arAlt: ['اذربيجان'],
    adj: 'Azerbaijani', adjM: 'الأذربيجاني', adjF: 'الأذربيجانية',
    lat: 40.14, lon: 47.58, wikidataId: 'Q227', names: 'tr',
    cities: [c('baku', 'Baku', 'باكو', 40.4093, 49.8671)],
  },
  {
    slug: 'armenia', en: 'Armenia', ar: 'أرمينيا',
    enAlt: ['Republic of Armenia'],
    arAlt: ['ارمينيا'],
    adj: 'Armenian', adjM: 'الأرميني', adjF: 'الأرمينية',
    lat: 40.07, lon: 45.04, wikidataId: 'Q399', names: 'ru',
    cities: [c('yerevan', 'Yerevan', 'يريفان', 40.1792, 44.4991)],
  },
  {
    slug: 'norway', en: 'Norway', ar: 'النرويج',
    enAlt: ['Kingdom of Norway'],
    arAlt: ['مملكة النرويج'],
    adj: 'Norwegian', adjM: 'النرويجي', adjF: 'النرويجية',
    lat: 60.47, lon: 8.47, wikidataId: 'Q20', names: 'west',
    cities: [c('oslo', 'Oslo', 'أوسلو', 59.9139, 10.7522, ['اوسلو'])],
  },
  {
    slug: 'sweden', en: 'Sweden', ar: 'السويد',
    enAlt: ['Kingdom of Sweden'],
    arAlt: ['مملكة السويد'],
    adj: 'Swedish', adjM: 'السويدي', adjF: 'السويدية',
    lat: 60.13, lon: 18.64, wikidataId: 'Q34', names: 'west',
    cities: [c('stockholm', 'Stockholm', 'ستوكهولم', 59.3293, 18.0686)],
  },
  {
    slug: 'belgium', en: 'Belgium', ar: 'بلجيكا',
    enAlt: ['Kingdom of Belgium'],
    arAlt: ['مملكة بلجيكا'],
    adj: 'Belgian', adjM: 'البلجيكي', adjF: 'البلجيكية',
    lat: 50.5, lon: 4.47, wikidataId: 'Q31', names: 'west',
    cities: [c('brussels', 'Brussels', 'بروكسل', 50.8503, 4.3517)],
  },
  {
    slug: 'netherlands', en: 'Netherlands', ar: 'هولندا', the: true,
    enAlt: ['Holland', 'Kingdom of the Netherlands'],
    arAlt: ['مملكة هولندا'],
    adj: 'Dutch', adjM: 'الهولندي', adjF: 'الهولندية',
    lat: 52.13, lon: 5.29, wikidataId: 'Q55', names: 'west',
    cities: [c('the-hague', 'The Hague', 'لاهاي', 52.0705, 4.3007)],
  },
  {
    slug: 'brazil', en: 'Brazil', ar: 'البرازيل',
    enAlt: ['Federative Republic of Brazil'],
    arAlt: ['جمهورية البرازيل'],
    adj: 'Brazilian', adjM: 'البرازيلي', adjF: 'البرازيلية',
    lat: -14.24, lon: -51.93, wikidataId: 'Q155', names: 'west',
    cities: [c('brasilia', 'Brasília', 'برازيليا', -15.7939, -47.8828)],
  },
  {
    slug: 'south-africa', en: 'South Africa', ar: 'جنوب أفريقيا',
    enAlt: ['Republic of South Africa', 'RSA'],
    arAlt: ['جنوب افريقيا'],
    adj: 'South African', adjM: 'الجنوب أفريقي', adjF: 'الجنوب أفريقية',
    lat: -30.56, lon: 22.94, wikidataId: 'Q258', names: 'west',
    cities: [c('pretoria', 'Pretoria', 'بريتوريا', -25.7479, 28.2293)],
  },
  {
    slug: 'ethiopia', en: 'Ethiopia', ar: 'إثيوبيا',
    enAlt: ['Federal Democratic Republic of Ethiopia'],
    arAlt: ['اثيوبيا'],
    adj: 'Ethiopian', adjM: 'الإثيوبي', adjF: 'الإثيوبية',
    lat: 9.15, lon: 40.49, wikidataId: 'Q115', names: 'west',
    cities: [c('addis-ababa', 'Addis Ababa', 'أديس أبابا', 9.0054, 38.7636, ['اديس ابابا'])],
  },
  {
    slug: 'somalia', arMasculine: true, en: 'Somalia', ar: 'الصومال',
    enAlt: ['Federal Republic of Somalia'],
    arAlt: ['جمهورية الصومال'],
    adj: 'Somali', adjM: 'الصومالي', adjF: 'الصومالية',
    lat: 5.15, lon: 46.2, wikidataId: 'Q1045', names: 'ar', arabic: true,
    cities: [c('mogadishu', 'Mogadishu', 'مقديشو', 2.0469, 45.3182)],
  },
  {
    slug: 'mauritania', en: 'Mauritania', ar: 'موريتانيا',
    enAlt: ['Islamic Republic of Mauritania'],
    arAlt: ['الجمهورية الإسلامية الموريتانية'],
    adj: 'Mauritanian', adjM: 'الموريتاني', adjF: 'الموريتانية',
    lat: 21.01, lon: -10.94, wikidataId: 'Q1025', names: 'ar', arabic: true,
    cities: [c('nouakchott', 'Nouakchott', 'نواكشوط', 18.0735, -15.9582)],
  },
  {
    slug: 'cyprus', en: 'Cyprus', ar: 'قبرص',
    enAlt: ['Republic of Cyprus'],
    arAlt: ['جمهورية قبرص'],
    adj: 'Cypriot', adjM: 'القبرصي', adjF: 'القبرصية',
    lat: 35.13, lon: 33.43, wikidataId: 'Q229', names: 'west',
    cities: [c('nicosia', 'Nicosia', 'نيقوسيا', 35.1856, 33.3823)],
  },
  {
    slug: 'greece', en: 'Greece', ar: 'اليونان',
    enAlt: ['Hellenic Republic'],
    arAlt: ['الجمهورية الهيلينية'],
    adj: 'Greek', adjM: 'اليوناني', adjF: 'اليونانية',
    lat: 39.07, lon: 21.82, wikidataId: 'Q41', names: 'west',
    cities: [c('athens', 'Athens', 'أثينا', 37.9838, 23.7275, ['اثينا'])],
  },
  {
    slug: 'ukraine', en: 'Ukraine', ar: 'أوكرانيا',
    enAlt: ['the Ukraine'],
    arAlt: ['اوكرانيا'],
    adj: 'Ukrainian', adjM: 'الأوكراني', adjF: 'الأوكرانية',
    lat: 48.38, lon: 31.17, wikidataId: 'Q212', names: 'ru',
    cities: [c('kyiv', 'Kyiv', 'كييف', 50.4501, 30.5234, ['كيف'])],
  },
  {
    slug: 'indonesia', en: 'Indonesia', ar: 'إندونيسيا',
    enAlt: ['Republic of Indonesia'],
    arAlt: ['اندونيسيا'],
    adj: 'Indonesian', adjM: 'الإندونيسي', adjF: 'الإندونيسية',
    lat: -0.79, lon: 113.92, wikidataId: 'Q252', names: 'ar',
    cities: [c('jakarta', 'Jakarta', 'جاكرتا', -6.2088, 106.8456)],
  },
  {
    slug: 'malaysia', en: 'Malaysia', ar: 'ماليزيا',
    enAlt: ['Federation of Malaysia'],
    arAlt: ['اتحاد ماليزيا'],
    adj: 'Malaysian', adjM: 'الماليزي', adjF: 'الماليزية',
    lat: 4.21, lon: 101.98, wikidataId: 'Q833', names: 'ar',
    cities: [c('kuala-lumpur', 'Kuala Lumpur', 'كوالالمبور', 3.139, 101.6869, ['كوالا لمبور'])],
  },
  {
    slug: 'venezuela', en: 'Venezuela', ar: 'فنزويلا',
    enAlt: ['Bolivarian Republic of Venezuela'],
    arAlt: ['جمهورية فنزويلا البوليفارية'],
    adj: 'Venezuelan', adjM: 'الفنزويلي', adjF: 'الفنزويلية',
    lat: 6.42, lon: -66.59, wikidataId: 'Q717', names: 'west',
    cities: [c('caracas', 'Caracas', 'كاراكاس', 10.4806, -66.9036)],
  },
  {
    slug: 'cuba', en: 'Cuba', ar: 'كوبا',
    enAlt: ['Republic of Cuba'],
    arAlt: ['جمهورية كوبا'],
    adj: 'Cuban', adjM: 'الكوبي', adjF: 'الكوبية',
    lat: 21.52, lon: -77.78, wikidataId: 'Q241', names: 'west',
    cities: [c('havana', 'Havana', 'هافانا', 23.1136, -82.3666)],
  },
  {
    slug: 'canada', en: 'Canada', ar: 'كندا',
    enAlt: ['Dominion of Canada'],
    arAlt: ['دولة كندا'],
    adj: 'Canadian', adjM: 'الكندي', adjF: 'الكندية',
    lat: 56.13, lon: -106.35, wikidataId: 'Q16', names: 'west',
    cities: [c('ottawa', 'Ottawa', 'أوتاوا', 45.4215, -75.6972, ['اوتاوا'])],
  },
  {
    slug: 'south-korea', en: 'South Korea', ar: 'كوريا الجنوبية',
    enAlt: ['Republic of Korea', 'ROK'],
    arAlt: ['جمهورية كوريا'],
    adj: 'South Korean', adjM: 'الكوري الجنوبي', adjF: 'الكورية الجنوبية',
    lat: 35.91, lon: 127.77, wikidataId: 'Q884', names: 'west',
    cities: [c('seoul', 'Seoul', 'سيول', 37.5665, 126.978, ['سول'])],
  },
];

/** Regions, areas and sites: the place kinds between a country and a city. */
export interface MinorPlace {
  slug: string;
  kind: 'region' | 'area' | 'site';
  en: string;
  /** Takes "the" in running English text. */
  the?: boolean;
  ar: string;
  /** A country slug or a city slug; none for areas across borders. */
  parent?: string;
  lat: number;
  lon: number;
}

export const MINOR_PLACES: MinorPlace[] = [
  {
    slug: 'kurdistan-region',
    the: true,
    kind: 'region',
    en: 'Kurdistan Region',
    ar: 'إقليم كردستان',
    parent: 'iraq',
    lat: 36.41,
    lon: 44.38,
  },
  {
    slug: 'idlib-governorate',
    kind: 'region',
    en: 'Idlib Governorate',
    ar: 'محافظة إدلب',
    parent: 'syria',
    lat: 35.83,
    lon: 36.67,
  },
  {
    slug: 'eastern-ghouta',
    kind: 'region',
    en: 'Eastern Ghouta',
    ar: 'الغوطة الشرقية',
    parent: 'syria',
    lat: 33.55,
    lon: 36.42,
  },
  {
    slug: 'sinai',
    the: true,
    kind: 'region',
    en: 'Sinai Peninsula',
    ar: 'شبه جزيرة سيناء',
    parent: 'egypt',
    lat: 29.5,
    lon: 33.8,
  },
  {
    slug: 'strait-of-hormuz',
    the: true,
    kind: 'area',
    en: 'Strait of Hormuz',
    ar: 'مضيق هرمز',
    lat: 26.57,
    lon: 56.25,
  },
  { slug: 'red-sea', the: true, kind: 'area', en: 'Red Sea', ar: 'البحر الأحمر', lat: 20.28, lon: 38.51 },
  {
    slug: 'eastern-mediterranean',
    the: true,
    kind: 'area',
    en: 'Eastern Mediterranean',
    ar: 'شرق المتوسط',
    lat: 34.0,
    lon: 32.0,
  },
  {
    slug: 'palais-des-nations',
    the: true,
    kind: 'site',
    en: 'Palais des Nations',
    ar: 'قصر الأمم',
    parent: 'geneva',
    lat: 46.2267,
    lon: 6.1406,
  },
  {
    slug: 'kremlin',
    the: true,
    kind: 'site',
    en: 'Kremlin',
    ar: 'الكرملين',
    parent: 'moscow',
    lat: 55.752,
    lon: 37.6175,
  },
  {
    slug: 'hmeimim-air-base',
    kind: 'site',
    en: 'Hmeimim Air Base',
    ar: 'قاعدة حميميم',
    parent: 'latakia',
    lat: 35.4108,
    lon: 35.9486,
  },
  {
    slug: 'elysee-palace',
    the: true,
    kind: 'site',
    en: 'Élysée Palace',
    ar: 'قصر الإليزيه',
    parent: 'paris',
    lat: 48.8704,
    lon: 2.3167,
  },
];

/** Synthetic town names: a prefix, a root and sometimes a direction, agreeing in gender in Arabic. */
export const TOWN_PREFIXES: { en: string; ar: string; feminine: boolean }[] = [
  { en: 'Tal', ar: 'تل', feminine: false },
  { en: 'Ain', ar: 'عين', feminine: true },
  { en: 'Deir', ar: 'دير', feminine: false },
  { en: 'Kafr', ar: 'كفر', feminine: false },
  { en: 'Beit', ar: 'بيت', feminine: false },
  { en: 'Jisr', ar: 'جسر', feminine: false },
  { en: 'Ras', ar: 'رأس', feminine: false },
  { en: 'Khan', ar: 'خان', feminine: false },
  { en: 'Bir', ar: 'بئر', feminine: true },
  { en: 'Qasr', ar: 'قصر', feminine: false },
  { en: 'Jabal', ar: 'جبل', feminine: false },
  { en: 'Wadi', ar: 'وادي', feminine: false },
  { en: 'Marj', ar: 'مرج', feminine: false },
  { en: 'Qalaat', ar: 'قلعة', feminine: true },
];

export const TOWN_ROOTS: Bilingual[] = [
  { en: 'al-Abyad', ar: 'الأبيض' },
  { en: 'al-Ahmar', ar: 'الأحمر' },
  { en: 'al-Zahra', ar: 'الزهراء' },
  { en: 'al-Nour', ar: 'النور' },
  { en: 'al-Salam', ar: 'السلام' },
  { en: 'al-Hamra', ar: 'الحمراء' },
  { en: 'al-Shams', ar: 'الشمس' },
  { en: 'al-Arab', ar: 'العرب' },
  { en: 'al-Zaytoun', ar: 'الزيتون' },
  { en: 'al-Tin', ar: 'التين' },
  { en: 'al-Rumman', ar: 'الرمان' },
  { en: 'al-Jawz', ar: 'الجوز' },
  { en: 'al-Nahr', ar: 'النهر' },
  { en: 'al-Bahr', ar: 'البحر' },
  { en: 'al-Qamar', ar: 'القمر' },
  { en: 'al-Sultan', ar: 'السلطان' },
  { en: 'al-Amir', ar: 'الأمير' },
  { en: 'al-Sheikh', ar: 'الشيخ' },
  { en: 'al-Hajar', ar: 'الحجر' },
  { en: 'al-Sakhr', ar: 'الصخر' },
  { en: 'al-Ward', ar: 'الورد' },
  { en: 'al-Nakhil', ar: 'النخيل' },
  { en: 'al-Ghazal', ar: 'الغزال' },
  { en: 'al-Asad', ar: 'الأسد' },
  { en: 'al-Dhahab', ar: 'الذهب' },
  { en: 'al-Milh', ar: 'الملح' },
  { en: 'al-Sukkar', ar: 'السكر' },
  { en: 'al-Qadim', ar: 'القديم' },
  { en: 'al-Jadid', ar: 'الجديد' },
  { en: 'al-Ma', ar: 'الماء' },
];

export const TOWN_SUFFIXES: { en: string; arM: string; arF: string }[] = [
  { en: '', arM: '', arF: '' },
  { en: 'al-Sharqi', arM: 'الشرقي', arF: 'الشرقية' },
  { en: 'al-Gharbi', arM: 'الغربي', arF: 'الغربية' },
  { en: 'al-Shamali', arM: 'الشمالي', arF: 'الشمالية' },
  { en: 'al-Janubi', arM: 'الجنوبي', arF: 'الجنوبية' },
  { en: 'al-Fawqani', arM: 'الفوقاني', arF: 'الفوقانية' },
  { en: 'al-Tahtani', arM: 'التحتاني', arF: 'التحتانية' },
];

/** A name part with its spelling variants in both scripts. */
export interface NamePart {
  en: string;
  ar: string;
  enAlt?: string[];
  arAlt?: string[];
  feminine?: boolean;
}

const n = (en: string, ar: string, enAlt?: string[], arAlt?: string[], feminine?: boolean): NamePart => ({
  en,
  ar,
  ...(enAlt?.length ? { enAlt } : {}),
  ...(arAlt?.length ? { arAlt } : {}),
  ...(feminine ? { feminine } : {}),
});
const f = (en: string, ar: string, enAlt?: string[], arAlt?: string[]) => n(en, ar, enAlt, arAlt, true);

export interface NamePoolParts {
  given: NamePart[];
  family: NamePart[];
  /** Family names take a feminine ending for women (Lavrentiev → Lavrentieva). */
  feminineEnding?: Bilingual;
  /** Family name first, as in Chinese. */
  familyFirst?: boolean;
  /** Two given names are common (Mohammad Javad). */
  doubleGiven?: boolean;
}

export const NAMES: Record<NamePool, NamePoolParts> = {
  ru: {
    feminineEnding: { en: 'a', ar: 'ا' },
    given: [
      n('Sergei', 'سيرغي', ['Sergey', 'Serguei'], ['سيرجي', 'سرغي']),
      n('Alexander', 'ألكسندر', ['Aleksandr', 'Alexandr'], ['الكسندر', 'ألكساندر']),
      n('Dmitry', 'دميتري', ['Dmitri', 'Dmitrii'], ['ديمتري']),
      n('Mikhail', 'ميخائيل', ['Mikhael'], ['ميخائيل', 'ميخايل']),
      n('Vladimir', 'فلاديمير', [], ['فلاديمر']),
      n('Andrei', 'أندريه', ['Andrey'], ['اندريه', 'أندري']),
      n('Yevgeny', 'يفغيني', ['Evgeny', 'Evgeniy'], ['يفجيني', 'إيفغيني']),
      n('Oleg', 'أوليغ', [], ['اوليغ', 'أوليج']),
      n('Nikolai', 'نيكولاي', ['Nikolay'], []),
      f('Maria', 'ماريا', ['Mariya'], ['ماريّا']),
      f('Anna', 'آنا', [], ['انا', 'أنّا']),
      f('Elena', 'يلينا', ['Yelena'], ['إيلينا', 'ايلينا']),
    ],
    family: [
      n('Lavrentiev', 'لافرنتييف', ['Lavrentyev', 'Lavrentev'], ['لافرينتييف', 'لافرنتيف']),
      n('Vershinin', 'فيرشينين', [], ['فرشينين']),
      n('Ryabkov', 'ريابكوف', [], ['ريابكوڤ']),
      n('Bogdanov', 'بوغدانوف', [], ['بوجدانوف']),
      n('Ivanov', 'إيفانوف', [], ['ايفانوف']),
      n('Petrov', 'بيتروف', [], ['بتروف']),
      n('Sokolov', 'سوكولوف', [], []),
      n('Kuznetsov', 'كوزنيتسوف', ['Kouznetsov'], ['كوزنتسوف']),
      n('Volkov', 'فولكوف', [], []),
      n('Morozov', 'موروزوف', [], []),
      n('Zakharov', 'زاخاروف', ['Zaharov'], []),
      n('Lebedev', 'ليبيديف', [], ['ليبيدييف']),
      n('Orlov', 'أورلوف', [], ['اورلوف']),
      n('Gusev', 'غوسيف', ['Guseev'], ['جوسيف']),
    ],
  },
  fa: {
    doubleGiven: true,
    given: [
      n('Hossein', 'حسين', ['Hussein', 'Hosein', 'Husayn'], ['حُسين']),
      n('Mohammad', 'محمد', ['Mohammed', 'Muhammad'], ['مُحمّد']),
      n('Ali', 'علي', [], ['عليّ']),
      n('Javad', 'جواد', ['Jawad'], []),
      n('Abbas', 'عباس', [], ['عبّاس']),
      n('Hassan', 'حسن', ['Hasan'], []),
      n('Mahmoud', 'محمود', ['Mahmud'], []),
      n('Saeed', 'سعيد', ['Said', 'Saeid'], []),
      n('Reza', 'رضا', [], []),
      f('Fatemeh', 'فاطمة', ['Fatima', 'Fatemah'], ['فاطمه']),
      f('Zahra', 'زهراء', [], ['زهرا']),
      f('Masoumeh', 'معصومة', ['Masoume'], ['معصومه']),
    ],
    family: [
      n('Jaberi Ansari', 'جابري أنصاري', ['Jaberi-Ansari', 'Jaberi Ansary'], ['جابري انصاري']),
      n('Zarif', 'ظريف', [], []),
      n('Araghchi', 'عراقجي', ['Araqchi', 'Araghchy'], ['عراقچي']),
      n('Velayati', 'ولايتي', ['Velayti'], []),
      n('Larijani', 'لاريجاني', [], []),
      n('Karimi', 'كريمي', [], []),
      n('Rezaei', 'رضائي', ['Rezai'], ['رضايي']),
      n('Mousavi', 'موسوي', ['Musavi', 'Moussavi'], []),
      n('Hosseini', 'حسيني', ['Husseini'], ['الحسيني']),
      n('Amir-Abdollahian', 'أمير عبد اللهيان', ['Amirabdollahian'], ['امير عبداللهيان']),
      n('Shamkhani', 'شمخاني', [], []),
      n('Kanani', 'كنعاني', [], ['كناني']),
      n('Baghaei', 'بقائي', ['Baghaie'], ['بقايي']),
      n('Salehi', 'صالحي', [], []),
    ],
  },
  tr: {
    given: [
      n('Mevlut', 'مولود', ['Mevlüt'], []),
      n('Hakan', 'هاكان', [], []),
      n('Ahmet', 'أحمد', ['Ahmed'], ['احمد']),
      n('Ibrahim', 'إبراهيم', ['İbrahim'], ['ابراهيم']),
      n('Mehmet', 'محمد', ['Mehmed'], []),
      n('Omer', 'عمر', ['Ömer'], []),
      n('Mustafa', 'مصطفى', [], ['مصطفي']),
      n('Yusuf', 'يوسف', [], []),
      f('Ayse', 'عائشة', ['Ayşe'], ['عايشة']),
      f('Elif', 'إليف', [], ['اليف']),
    ],
    family: [
      n('Cavusoglu', 'جاويش أوغلو', ['Çavuşoğlu', 'Chavushoglu'], ['تشاووش أوغلو', 'جاويش اوغلو']),
      n('Fidan', 'فيدان', [], []),
      n('Kalin', 'كالين', ['Kalın'], ['قالن']),
      n('Yildiz', 'يلدز', ['Yıldız'], ['يلديز']),
      n('Demir', 'دمير', [], ['دامير']),
      n('Celik', 'جليك', ['Çelik'], ['تشيليك']),
      n('Sahin', 'شاهين', ['Şahin'], []),
      n('Aydin', 'آيدين', ['Aydın'], ['ايدين']),
      n('Ozturk', 'أوزتورك', ['Öztürk'], ['اوزتورك']),
      n('Kaya', 'كايا', [], []),
      n('Onal', 'أونال', ['Önal'], ['اونال']),
    ],
  },
  ar: {
    doubleGiven: false,
    given: [
      n('Mohammed', 'محمد', ['Muhammad', 'Mohamed', 'Mohammad'], ['مُحَمَّد']),
      n('Ahmed', 'أحمد', ['Ahmad'], ['احمد', 'أَحْمَد']),
      n('Walid', 'وليد', ['Waleed'], []),
      n('Faisal', 'فيصل', ['Faysal', 'Feisal'], []),
      n('Abdullah', 'عبد الله', ['Abdallah', 'Abd Allah'], ['عبدالله']),
      n('Khaled', 'خالد', ['Khalid'], []),
      n('Youssef', 'يوسف', ['Yusuf', 'Yousef'], []),
      n('Ibrahim', 'إبراهيم', ['Ebrahim'], ['ابراهيم']),
      n('Omar', 'عمر', ['Umar'], ['عُمَر']),
      n('Nabil', 'نبيل', ['Nabeel'], []),
      n('Ayman', 'أيمن', [], ['ايمن']),
      n('Bassam', 'بسام', [], ['بسّام']),
      f('Fatima', 'فاطمة', ['Fatma'], ['فاطمه']),
      f('Zeinab', 'زينب', ['Zaynab', 'Zainab'], []),
      f('Leila', 'ليلى', ['Layla', 'Laila'], ['ليلي']),
      f('Rania', 'رانيا', [], []),
      f('Nour', 'نور', ['Noor', 'Nur'], []),
      f('Hala', 'هالة', [], ['هاله']),
      f('Amal', 'أمل', [], ['امل']),
      f('Mona', 'منى', ['Muna'], ['مني']),
    ],
    family: [
      n('al-Moualem', 'المعلم', ['al-Muallem', 'Muallem'], ['المُعلِّم']),
      n('al-Jaafari', 'الجعفري', ['Jaafari', "al-Ja'afari"], []),
      n('Mekdad', 'المقداد', ['Miqdad', 'al-Mekdad'], []),
      n('Shaaban', 'شعبان', ["Sha'ban"], []),
      n('Safadi', 'الصفدي', ['al-Safadi'], []),
      n('Aboul Gheit', 'أبو الغيط', ['Aboul-Gheit', 'Abul Gheit'], ['ابو الغيط']),
      n('al-Thani', 'آل ثاني', ['Al Thani'], ['ال ثاني']),
      n('bin Farhan', 'بن فرحان', ['Bin Farhan'], []),
      n('al-Jubeir', 'الجبير', ['Al-Jubair'], []),
      n('Shoukry', 'شكري', ['Shukri', 'Shoukri'], []),
      n('Haddad', 'حداد', [], ['حدّاد']),
      n('Khoury', 'الخوري', ['Khouri', 'el-Khoury'], []),
      n('Nasser', 'ناصر', ['Nasir', 'Nassar'], []),
      n('Mansour', 'منصور', ['Mansur'], []),
      n('Abdel Rahman', 'عبد الرحمن', ['Abdul Rahman', 'Abdelrahman'], ['عبدالرحمن']),
      n('Saleh', 'صالح', ['Salih'], []),
      n('Hamdan', 'حمدان', [], []),
      n('Qassem', 'قاسم', ['Qasim', 'Kassem'], []),
      n('Darwish', 'درويش', ['Darwich'], []),
      n('Othman', 'عثمان', ['Osman', 'Uthman'], []),
      n('al-Hashimi', 'الهاشمي', ['Hashemi'], []),
      n('Barakat', 'بركات', [], []),
      n('Azzam', 'عزام', [], ['عزّام']),
      n('al-Masri', 'المصري', ['el-Masry'], []),
      n('Brahimi', 'الإبراهيمي', ['al-Ibrahimi'], ['الابراهيمي']),
    ],
  },
  west: {
    given: [
      n('John', 'جون', [], []),
      n('Michael', 'مايكل', [], ['ميخائيل']),
      n('James', 'جيمس', [], []),
      n('Antony', 'أنتوني', ['Anthony'], ['انتوني']),
      n('Laurent', 'لوران', [], []),
      n('Jean-Yves', 'جان إيف', ['Jean Yves'], ['جان ايف']),
      n('Heiko', 'هايكو', [], []),
      n('Staffan', 'ستافان', [], []),
      n('Geir', 'جير', [], []),
      n('Peter', 'بيتر', [], []),
      n('Thomas', 'توماس', [], []),
      n('Martin', 'مارتن', [], ['مارتين']),
      f('Catherine', 'كاثرين', ['Katherine'], ['كاترين']),
      f('Annalena', 'أنالينا', [], ['انالينا']),
      f('Emma', 'إيما', [], ['ايما']),
      f('Marie', 'ماري', [], []),
      f('Sophie', 'صوفي', ['Sofie'], []),
    ],
    family: [
      n('Pedersen', 'بيدرسن', ['Pederson'], ['بيدرسون']),
      n('de Mistura', 'دي ميستورا', ['De Mistura'], []),
      n('Jeffrey', 'جيفري', ['Jeffery'], []),
      n('Ratney', 'راتني', [], []),
      n('Le Drian', 'لودريان', ['Ledrian'], ['لو دريان']),
      n('Maas', 'ماس', [], []),
      n('Johnson', 'جونسون', [], []),
      n('Smith', 'سميث', [], []),
      n('Miller', 'ميلر', [], []),
      n('Brown', 'براون', [], []),
      n('Schmidt', 'شميت', [], ['شميدت']),
      n('Muller', 'مولر', ['Müller', 'Mueller'], ['مولير']),
      n('Dubois', 'دوبوا', [], []),
      n('Hansen', 'هانسن', [], []),
      n('Larsson', 'لارسون', ['Larson'], []),
      n('Wilson', 'ويلسون', [], []),
      n('Taylor', 'تايلور', [], []),
    ],
  },
  zh: {
    familyFirst: true,
    given: [
      n('Wang', 'وانغ', [], ['وانج']),
      n('Li', 'لي', [], []),
      n('Zhang', 'تشانغ', [], ['جانغ']),
      n('Liu', 'ليو', [], []),
      n('Chen', 'تشن', [], ['تشين']),
      n('Zhai', 'تشاي', [], ['جاي']),
    ],
    family: [
      n('Yi', 'يي', [], []),
      n('Jun', 'جون', [], []),
      n('Wei', 'وي', [], []),
      n('Ming', 'مينغ', [], ['مينج']),
      n('Chunying', 'تشون ينغ', [], []),
      n('Hua', 'هوا', [], []),
    ],
  },
};

/** Professions for person descriptions: "Russian diplomat" / "دبلوماسي روسي". */
export const PROFESSIONS: { en: string; arM: string; arF: string }[] = [
  { en: 'diplomat', arM: 'دبلوماسي', arF: 'دبلوماسية' },
  { en: 'politician', arM: 'سياسي', arF: 'سياسية' },
  { en: 'military officer', arM: 'ضابط عسكري', arF: 'ضابطة عسكرية' },
  { en: 'journalist', arM: 'صحفي', arF: 'صحفية' },
  { en: 'official', arM: 'مسؤول', arF: 'مسؤولة' },
  { en: 'envoy', arM: 'مبعوث', arF: 'مبعوثة' },
  { en: 'analyst', arM: 'محلل', arF: 'محللة' },
  { en: 'economist', arM: 'خبير اقتصادي', arF: 'خبيرة اقتصادية' },
];

/**
 * Posts held in a state. In `ar`, `{M}`/`{F}` marks where the state's adjective goes in running
 * text ("نائب وزير الخارجية الروسي"); the stored role leaves it out.
 */
export const STATE_POSTS: Bilingual[] = [
  { en: 'Foreign Minister', ar: 'وزير الخارجية {M}' },
  { en: 'Deputy Foreign Minister', ar: 'نائب وزير الخارجية {M}' },
  { en: 'Assistant Foreign Minister for Middle East Affairs', ar: 'مساعد وزير الخارجية {M} لشؤون الشرق الأوسط' },
  { en: 'Ambassador', ar: 'السفير {M}' },
  { en: 'Special Envoy', ar: 'المبعوث الخاص {M}' },
  { en: 'Defence Minister', ar: 'وزير الدفاع {M}' },
  { en: 'President', ar: 'الرئيس {M}' },
  { en: 'Prime Minister', ar: 'رئيس الوزراء {M}' },
  { en: 'Foreign Ministry Spokesperson', ar: 'المتحدث باسم وزارة الخارجية {F}' },
  { en: 'National Security Adviser', ar: 'مستشار الأمن القومي {M}' },
  { en: 'Member of Parliament', ar: 'عضو البرلمان {M}' },
  { en: 'Chief of the General Staff', ar: 'رئيس الأركان {M}' },
  { en: 'Head of Delegation', ar: 'رئيس الوفد {M}' },
];

/** Posts held in an organisation. */
export const ORGANISATION_POSTS: Bilingual[] = [
  { en: 'Secretary-General', ar: 'الأمين العام' },
  { en: 'Chair', ar: 'الرئيس' },
  { en: 'Spokesperson', ar: 'المتحدث الرسمي' },
  { en: 'Director', ar: 'المدير' },
  { en: 'Deputy Secretary-General', ar: 'نائب الأمين العام' },
  { en: 'Board Member', ar: 'عضو مجلس الإدارة' },
];

export interface RealOrganisation extends Bilingual {
  slug: string;
  /** Grammatical gender of the Arabic name's head noun, for verb agreement. */
  feminine: boolean;
  enAlt: string[];
  arAlt: string[];
  description: Bilingual;
}

const INTERNATIONAL: Bilingual = { en: 'International organisation', ar: 'منظمة دولية' };
const REGIONAL: Bilingual = { en: 'Regional organisation', ar: 'منظمة إقليمية' };

export const REAL_ORGANISATIONS: RealOrganisation[] = [
  {
    slug: 'un-security-council',
    feminine: false,
    en: 'UN Security Council',
    ar: 'مجلس الأمن الدولي',
    enAlt: ['UNSC', 'United Nations Security Council'],
    arAlt: ['مجلس الأمن'],
    description: INTERNATIONAL,
  },
  {
    slug: 'united-nations',
    feminine: true,
    en: 'United Nations',
    ar: 'الأمم المتحدة',
    enAlt: ['UN'],
    arAlt: ['الامم المتحدة', 'هيئة الأمم المتحدة'],
    description: INTERNATIONAL,
  },
  {
    slug: 'arab-league',
    feminine: true,
    en: 'Arab League',
    ar: 'جامعة الدول العربية',
    enAlt: ['League of Arab States', 'LAS'],
    arAlt: ['الجامعة العربية'],
    description: REGIONAL,
  },
  {
    slug: 'european-union',
    feminine: false,
    en: 'European Union',
    ar: 'الاتحاد الأوروبي',
    enAlt: ['EU'],
    arAlt: ['الاتحاد الاوروبي'],
    description: REGIONAL,
  },
  {
    slug: 'gulf-cooperation-council',
    feminine: false,
    en: 'Gulf Cooperation Council',
    ar: 'مجلس التعاون الخليجي',
    enAlt: ['GCC'],
    arAlt: ['مجلس التعاون لدول الخليج العربية'],
    description: REGIONAL,
  },
  {
    slug: 'organisation-of-islamic-cooperation',
    feminine: true,
    en: 'Organisation of Islamic Cooperation',
    ar: 'منظمة التعاون الإسلامي',
    enAlt: ['OIC', 'Organization of Islamic Cooperation'],
    arAlt: ['منظمة التعاون الاسلامي'],
    description: INTERNATIONAL,
  },
  {
    slug: 'african-union',
    feminine: false,
    en: 'African Union',
    ar: 'الاتحاد الأفريقي',
    enAlt: ['AU'],
    arAlt: ['الاتحاد الافريقي'],
    description: REGIONAL,
  },
  {
    slug: 'icrc',
    feminine: true,
    en: 'International Committee of the Red Cross',
    ar: 'اللجنة الدولية للصليب الأحمر',
    enAlt: ['ICRC', 'Red Cross'],
    arAlt: ['الصليب الأحمر'],
    description: INTERNATIONAL,
  },
  {
    slug: 'unhcr',
    feminine: true,
    en: 'UN Refugee Agency',
    ar: 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين',
    enAlt: ['UNHCR'],
    arAlt: ['مفوضية اللاجئين'],
    description: INTERNATIONAL,
  },
  {
    slug: 'iaea',
    feminine: true,
    en: 'International Atomic Energy Agency',
    ar: 'الوكالة الدولية للطاقة الذرية',
    enAlt: ['IAEA'],
    arAlt: ['الوكالة الذرية'],
    description: INTERNATIONAL,
  },
  {
    slug: 'nato',
    feminine: false,
    en: 'NATO',
    ar: 'حلف شمال الأطلسي',
    enAlt: ['North Atlantic Treaty Organization'],
    arAlt: ['الناتو', 'حلف الناتو'],
    description: INTERNATIONAL,
  },
  {
    slug: 'opec',
    feminine: true,
    en: 'OPEC',
    ar: 'أوبك',
    enAlt: ['Organization of the Petroleum Exporting Countries'],
    arAlt: ['اوبك', 'منظمة البلدان المصدرة للبترول'],
    description: INTERNATIONAL,
  },
  {
    slug: 'who',
    feminine: true,
    en: 'World Health Organization',
    ar: 'منظمة الصحة العالمية',
    enAlt: ['WHO'],
    arAlt: [],
    description: INTERNATIONAL,
  },
  {
    slug: 'opcw',
    feminine: true,
    en: 'Organisation for the Prohibition of Chemical Weapons',
    ar: 'منظمة حظر الأسلحة الكيميائية',
    enAlt: ['OPCW'],
    arAlt: ['منظمة حظر الاسلحة الكيميائية'],
    description: INTERNATIONAL,
  },
  {
    slug: 'world-bank',
    feminine: false,
    en: 'World Bank',
    ar: 'البنك الدولي',
    enAlt: [],
    arAlt: [],
    description: INTERNATIONAL,
  },
  {
    slug: 'imf',
    feminine: false,
    en: 'International Monetary Fund',
    ar: 'صندوق النقد الدولي',
    enAlt: ['IMF'],
    arAlt: [],
    description: INTERNATIONAL,
  },
];

/**
 * National bodies, named after a country: `{C}` is the country (English running text, or the
 * Arabic name), `{adj}` its English adjective, `{M}`/`{F}` its Arabic adjective agreeing with a
 * masculine or feminine noun.
 */
export interface NationalBody {
  en: string;
  ar: string;
  enAlt: string[];
  arAlt: string[];
  feminine: boolean;
  description: Bilingual;
}

const MINISTRY: Bilingual = { en: 'Government ministry', ar: 'وزارة حكومية' };

export const NATIONAL_BODIES: NationalBody[] = [
  {
    en: 'Ministry of Foreign Affairs of {C}',
    ar: 'وزارة الخارجية {F}',
    enAlt: ['{adj} Foreign Ministry', '{adj} MFA'],
    arAlt: ['وزارة خارجية {C}'],
    feminine: true,
    description: MINISTRY,
  },
  {
    en: 'Ministry of Defence of {C}',
    ar: 'وزارة الدفاع {F}',
    enAlt: ['{adj} Defence Ministry', '{adj} Defense Ministry'],
    arAlt: ['وزارة دفاع {C}'],
    feminine: true,
    description: MINISTRY,
  },
  {
    en: 'Ministry of the Interior of {C}',
    ar: 'وزارة الداخلية {F}',
    enAlt: ['{adj} Interior Ministry'],
    arAlt: ['وزارة داخلية {C}'],
    feminine: true,
    description: MINISTRY,
  },
  {
    en: 'Ministry of Energy of {C}',
    ar: 'وزارة الطاقة {F}',
    enAlt: ['{adj} Energy Ministry'],
    arAlt: ['وزارة الطاقة في {C}'],
    feminine: true,
    description: MINISTRY,
  },
  {
    en: 'Parliament of {C}',
    ar: 'البرلمان {M}',
    enAlt: ['{adj} Parliament', '{adj} legislature'],
    arAlt: ['برلمان {C}', 'مجلس النواب {M}'],
    feminine: false,
    description: { en: 'Legislature', ar: 'هيئة تشريعية' },
  },
  {
    en: 'Presidency of {C}',
    ar: 'الرئاسة {F}',
    enAlt: ['{adj} Presidency'],
    arAlt: ['رئاسة الجمهورية {F}'],
    feminine: true,
    description: { en: 'Head of state office', ar: 'مؤسسة رئاسية' },
  },
  {
    en: 'Government of {C}',
    ar: 'الحكومة {F}',
    enAlt: ['{adj} Government', '{adj} Cabinet'],
    arAlt: ['حكومة {C}'],
    feminine: true,
    description: { en: 'National government', ar: 'حكومة وطنية' },
  },
  {
    en: 'National Security Council of {C}',
    ar: 'مجلس الأمن القومي {M}',
    enAlt: ['{adj} National Security Council'],
    arAlt: [],
    feminine: false,
    description: { en: 'Security body', ar: 'هيئة أمنية' },
  },
  {
    en: '{adj} Red Crescent',
    ar: 'الهلال الأحمر {M}',
    enAlt: ['{adj} Red Crescent Society'],
    arAlt: ['جمعية الهلال الأحمر {F}'],
    feminine: false,
    description: { en: 'Humanitarian organisation', ar: 'منظمة إنسانية' },
  },
  {
    en: '{adj} News Agency',
    ar: 'وكالة الأنباء {F}',
    enAlt: [],
    arAlt: ['وكالة الانباء {F}'],
    feminine: true,
    description: { en: 'News agency', ar: 'وكالة أنباء' },
  },
  {
    en: 'Central Bank of {C}',
    ar: 'البنك المركزي {M}',
    enAlt: ['{adj} Central Bank'],
    arAlt: ['مصرف {C} المركزي'],
    feminine: false,
    description: { en: 'Central bank', ar: 'مصرف مركزي' },
  },
  {
    en: '{adj} Armed Forces',
    ar: 'القوات المسلحة {F}',
    enAlt: ['{adj} military'],
    arAlt: ['الجيش {M}'],
    feminine: true,
    description: { en: 'Armed forces', ar: 'قوات مسلحة' },
  },
  {
    en: '{adj} Chamber of Commerce',
    ar: 'غرفة التجارة {F}',
    enAlt: [],
    arAlt: ['غرفة تجارة {C}'],
    feminine: true,
    description: { en: 'Business association', ar: 'هيئة اقتصادية' },
  },
];

/** Parties, movements and associations: "{adj} Justice Party" / "حزب العدالة السوري". */
export const MOVEMENT_WORDS: Bilingual[] = [
  { en: 'Renaissance', ar: 'النهضة' },
  { en: 'Justice', ar: 'العدالة' },
  { en: 'Dignity', ar: 'الكرامة' },
  { en: 'Unity', ar: 'الوحدة' },
  { en: 'Future', ar: 'المستقبل' },
  { en: 'Reform', ar: 'الإصلاح' },
  { en: 'Freedom', ar: 'الحرية' },
  { en: 'Development', ar: 'التنمية' },
  { en: 'Construction', ar: 'البناء' },
  { en: 'Homeland', ar: 'الوطن' },
  { en: 'Awakening', ar: 'الصحوة' },
  { en: 'Progress', ar: 'التقدم' },
  { en: 'Loyalty', ar: 'الوفاء' },
  { en: 'Tomorrow', ar: 'الغد' },
];

export const MOVEMENT_FORMS: { en: string; ar: string; feminine: boolean; description: Bilingual }[] = [
  {
    en: '{adj} {W} Party',
    ar: 'حزب {W} {M}',
    feminine: false,
    description: { en: 'Political party', ar: 'حزب سياسي' },
  },
  {
    en: '{adj} {W} Movement',
    ar: 'حركة {W} {F}',
    feminine: true,
    description: { en: 'Political movement', ar: 'حركة سياسية' },
  },
  {
    en: '{adj} {W} Front',
    ar: 'جبهة {W} {F}',
    feminine: true,
    description: { en: 'Political coalition', ar: 'تحالف سياسي' },
  },
  {
    en: '{adj} {W} Current',
    ar: 'تيار {W} {M}',
    feminine: false,
    description: { en: 'Political movement', ar: 'حركة سياسية' },
  },
  {
    en: '{adj} {W} Association',
    ar: 'جمعية {W} {F}',
    feminine: true,
    description: { en: 'Civil society association', ar: 'جمعية أهلية' },
  },
  {
    en: '{W} Foundation ({N})',
    ar: 'مؤسسة {W} في {C}',
    feminine: true,
    description: { en: 'Foundation', ar: 'مؤسسة' },
  },
  {
    en: '{W} Centre for Strategic Studies ({N})',
    ar: 'مركز {W} للدراسات الاستراتيجية في {C}',
    feminine: false,
    description: { en: 'Think tank', ar: 'مركز أبحاث' },
  },
];

/** Coalition kinds: "Contact Group on Yemen" / "مجموعة الاتصال حول اليمن". */
export const COALITION_FORMS: Bilingual[] = [
  { en: 'Contact Group on {C}', ar: 'مجموعة الاتصال حول {C}' },
  { en: 'Coordination Group on {C}', ar: 'مجموعة التنسيق بشأن {C}' },
  { en: 'Working Group on {C}', ar: 'مجموعة العمل الخاصة بـ{C}' },
  { en: 'Friends of {C} Group', ar: 'مجموعة أصدقاء {C}' },
  { en: 'Guarantor States for {C}', ar: 'الدول الضامنة في {C}' },
  { en: 'Quartet on {C}', ar: 'اللجنة الرباعية حول {C}' },
  { en: 'Ministerial Committee on {C}', ar: 'اللجنة الوزارية بشأن {C}' },
  { en: 'Small Group on {C}', ar: 'المجموعة المصغرة حول {C}' },
];

/** Topic themes; `{C}` is a country (running text), `{M}` its masculine Arabic adjective. */
export const TOPIC_THEMES: { name: string; phrase: string; ar: string }[] = [
  { name: 'Ceasefire in {C}', phrase: 'the ceasefire in {C}', ar: 'وقف إطلاق النار في {C}' },
  { name: 'Humanitarian aid to {C}', phrase: 'humanitarian aid to {C}', ar: 'المساعدات الإنسانية إلى {C}' },
  { name: 'Return of refugees to {C}', phrase: 'the return of refugees to {C}', ar: 'عودة اللاجئين إلى {C}' },
  { name: 'Reconstruction of {C}', phrase: 'the reconstruction of {C}', ar: 'إعادة إعمار {C}' },
  { name: 'Sanctions on {C}', phrase: 'sanctions on {C}', ar: 'العقوبات على {C}' },
  { name: 'Counter-terrorism in {C}', phrase: 'counter-terrorism in {C}', ar: 'مكافحة الإرهاب في {C}' },
  { name: 'Constitutional reform in {C}', phrase: 'constitutional reform in {C}', ar: 'الإصلاح الدستوري في {C}' },
  { name: 'Elections in {C}', phrase: 'the elections in {C}', ar: 'الانتخابات في {C}' },
  { name: 'Border security of {C}', phrase: 'border security in {C}', ar: 'أمن الحدود في {C}' },
  { name: 'Energy cooperation with {C}', phrase: 'energy cooperation with {C}', ar: 'التعاون في مجال الطاقة مع {C}' },
  { name: 'Water resources of {C}', phrase: 'water resources in {C}', ar: 'الموارد المائية في {C}' },
  { name: 'Trade with {C}', phrase: 'trade with {C}', ar: 'التبادل التجاري مع {C}' },
  { name: 'Prisoner exchange in {C}', phrase: 'the prisoner exchange in {C}', ar: 'تبادل الأسرى في {C}' },
  { name: 'Nuclear programme of {C}', phrase: 'the nuclear programme of {C}', ar: 'البرنامج النووي {M}' },
  { name: 'Military cooperation with {C}', phrase: 'military cooperation with {C}', ar: 'التعاون العسكري مع {C}' },
  { name: 'Political settlement in {C}', phrase: 'the political settlement in {C}', ar: 'التسوية السياسية في {C}' },
  { name: 'Detainees in {C}', phrase: 'detainees in {C}', ar: 'المعتقلون في {C}' },
  { name: 'Oil exports of {C}', phrase: 'oil exports from {C}', ar: 'صادرات النفط {M}' },
  { name: 'De-escalation in {C}', phrase: 'de-escalation in {C}', ar: 'خفض التصعيد في {C}' },
  { name: 'Maritime security off {C}', phrase: 'maritime security off {C}', ar: 'الأمن البحري قبالة {C}' },
  { name: 'Foreign forces in {C}', phrase: 'foreign forces in {C}', ar: 'القوات الأجنبية في {C}' },
  { name: 'Economic crisis in {C}', phrase: 'the economic crisis in {C}', ar: 'الأزمة الاقتصادية في {C}' },
];

/** Topics named as such in the press, listed before the generated ones. */
export const FIXED_TOPICS: { slug: string; name: string; phrase: string; ar: string }[] = [
  { slug: 'astana-process', name: 'Astana process', phrase: 'the Astana process', ar: 'مسار أستانا' },
  { slug: 'geneva-talks', name: 'Geneva talks', phrase: 'the Geneva talks', ar: 'محادثات جنيف' },
  {
    slug: 'constitutional-committee',
    name: 'Constitutional Committee',
    phrase: 'the Constitutional Committee',
    ar: 'اللجنة الدستورية',
  },
  { slug: 'counter-terrorism', name: 'Counter-terrorism', phrase: 'counter-terrorism', ar: 'مكافحة الإرهاب' },
  { slug: 'regional-security', name: 'Regional security', phrase: 'regional security', ar: 'الأمن الإقليمي' },
  { slug: 'nuclear-deal', name: 'Nuclear deal', phrase: 'the nuclear deal', ar: 'الاتفاق النووي' },
];

export interface Outlet extends Bilingual {
  domain: string;
  lang: 'ar' | 'en';
}

export const OUTLETS: Outlet[] = [
  { en: 'Al-Manar', ar: 'موقع المنار', domain: 'almanar', lang: 'ar' },
  { en: 'Al Mayadeen', ar: 'الميادين', domain: 'almayadeen', lang: 'ar' },
  { en: 'SANA', ar: 'سانا', domain: 'sana', lang: 'ar' },
  { en: 'Al-Watan', ar: 'الوطن', domain: 'alwatan', lang: 'ar' },
  { en: 'Asharq Al-Awsat', ar: 'الشرق الأوسط', domain: 'aawsat', lang: 'ar' },
  { en: 'Al-Akhbar', ar: 'الأخبار', domain: 'al-akhbar', lang: 'ar' },
  { en: 'Al Jazeera', ar: 'الجزيرة', domain: 'aljazeera', lang: 'ar' },
  { en: 'Al Arabiya', ar: 'العربية', domain: 'alarabiya', lang: 'ar' },
  { en: 'RT Arabic', ar: 'روسيا اليوم', domain: 'arabic-rt', lang: 'ar' },
  { en: 'Sputnik Arabic', ar: 'سبوتنيك عربي', domain: 'sputnikarabic', lang: 'ar' },
  { en: 'Anadolu Agency (Arabic)', ar: 'وكالة الأناضول', domain: 'aa-arabic', lang: 'ar' },
  { en: 'Al-Ahram', ar: 'الأهرام', domain: 'ahram', lang: 'ar' },
  { en: 'Al-Quds Al-Arabi', ar: 'القدس العربي', domain: 'alquds', lang: 'ar' },
  { en: 'Enab Baladi', ar: 'عنب بلدي', domain: 'enabbaladi', lang: 'ar' },
  { en: 'An-Nahar', ar: 'النهار', domain: 'annahar', lang: 'ar' },
  { en: 'Reuters', ar: 'رويترز', domain: 'reuters', lang: 'en' },
  { en: 'Agence France-Presse', ar: 'وكالة الصحافة الفرنسية', domain: 'afp', lang: 'en' },
  { en: 'Associated Press', ar: 'أسوشيتد برس', domain: 'apnews', lang: 'en' },
  { en: 'TASS', ar: 'تاس', domain: 'tass', lang: 'en' },
  { en: 'The National', ar: 'ذا ناشيونال', domain: 'thenationalnews', lang: 'en' },
  { en: 'Al-Monitor', ar: 'المونيتور', domain: 'al-monitor', lang: 'en' },
  { en: 'Middle East Eye', ar: 'ميدل إيست آي', domain: 'middleeasteye', lang: 'en' },
  { en: 'BBC News', ar: 'بي بي سي', domain: 'bbc', lang: 'en' },
  { en: 'Tehran Times', ar: 'طهران تايمز', domain: 'tehrantimes', lang: 'en' },
  { en: 'Daily Sabah', ar: 'ديلي صباح', domain: 'dailysabah', lang: 'en' },
  { en: 'UN News', ar: 'أخبار الأمم المتحدة', domain: 'news-un', lang: 'en' },
];

/** Event kinds as nouns: the title's head ("Talks between …") and a short slug word. */
export const EVENT_NOUNS: Record<EventKind, { en: string; ar: string; the: Bilingual; slug: string }> = {
  meeting: { en: 'Meeting', ar: 'لقاء', the: { en: 'the meeting', ar: 'اللقاء' }, slug: 'meeting' },
  consultation: {
    en: 'Consultations',
    ar: 'مشاورات',
    the: { en: 'the consultations', ar: 'المشاورات' },
    slug: 'consultations',
  },
  negotiation: { en: 'Talks', ar: 'محادثات', the: { en: 'the talks', ar: 'المحادثات' }, slug: 'talks' },
  statement: { en: 'Statement', ar: 'تصريح', the: { en: 'the statement', ar: 'التصريح' }, slug: 'statement' },
  announcement: {
    en: 'Announcement',
    ar: 'إعلان',
    the: { en: 'the announcement', ar: 'الإعلان' },
    slug: 'announcement',
  },
  process: { en: 'Diplomatic track', ar: 'مسار دبلوماسي', the: { en: 'the process', ar: 'المسار' }, slug: 'process' },
  situation: { en: 'Situation', ar: 'الوضع', the: { en: 'the situation', ar: 'الوضع' }, slug: 'situation' },
  dispute: { en: 'Dispute', ar: 'خلاف', the: { en: 'the dispute', ar: 'الخلاف' }, slug: 'dispute' },
  agreement: { en: 'Agreement', ar: 'اتفاق', the: { en: 'the agreement', ar: 'الاتفاق' }, slug: 'agreement' },
  conference: { en: 'Conference', ar: 'مؤتمر', the: { en: 'the conference', ar: 'المؤتمر' }, slug: 'conference' },
  visit: { en: 'Visit', ar: 'زيارة', the: { en: 'the visit', ar: 'الزيارة' }, slug: 'visit' },
  other: { en: 'Contacts', ar: 'اتصالات', the: { en: 'the contacts', ar: 'الاتصالات' }, slug: 'contacts' },
};

/**
 * Event summaries by kind. `{A}`, `{B}`: participants; `{T}`: topic phrase; `{P}`: place, where
 * `{ in P}` is dropped when the event has no place. In Arabic, `[m|f]` is a word agreeing with
 * `{A}`'s grammatical gender.
 */
export const SUMMARIES: Record<EventKind, Bilingual[]> = {
  meeting: [
    { en: '{A} met {B}{ in P} to discuss {T}.', ar: '[التقى|التقت] {A} مع {B}{ في P} لبحث {T}.' },
    { en: '{A} and {B} reviewed {T} at a meeting{ in P}.', ar: '[استعرض|استعرضت] {A} و{B} {T} خلال لقاء{ في P}.' },
  ],
  consultation: [
    { en: '{A} and {B} held consultations{ in P} on {T}.', ar: '[أجرى|أجرت] {A} و{B} مشاورات{ في P} حول {T}.' },
    { en: 'Consultations between {A} and {B} focused on {T}.', ar: 'تركزت المشاورات بين {A} و{B} على {T}.' },
  ],
  negotiation: [
    { en: 'Negotiations between {A} and {B}{ in P} on {T}.', ar: 'مفاوضات بين {A} و{B}{ في P} حول {T}.' },
    { en: 'A new round of talks between {A} and {B} on {T}.', ar: 'جولة جديدة من المحادثات بين {A} و{B} بشأن {T}.' },
  ],
  statement: [
    { en: '{A} issued a statement on {T}.', ar: '[أصدر|أصدرت] {A} بياناً حول {T}.' },
    { en: '{A} commented on {T}.', ar: '[علّق|علّقت] {A} على {T}.' },
  ],
  announcement: [
    { en: '{A} announced new measures concerning {T}.', ar: '[أعلن|أعلنت] {A} عن إجراءات جديدة بشأن {T}.' },
    { en: '{A} announced a position on {T}.', ar: '[أعلن|أعلنت] {A} موقفاً من {T}.' },
  ],
  process: [
    {
      en: 'A diplomatic process on {T} involving {A} and {B}.',
      ar: 'مسار دبلوماسي حول {T} [يشارك|تشارك] فيه {A} و{B}.',
    },
  ],
  situation: [
    { en: 'The situation{ in P} concerning {T}.', ar: 'الوضع{ في P} فيما يتعلق بـ{T}.' },
    {
      en: 'Developments{ in P} related to {T}, involving {A}.',
      ar: 'تطورات{ في P} متصلة بـ{T} [يشارك|تشارك] فيها {A}.',
    },
  ],
  dispute: [
    { en: '{A} and {B} disagree over {T}.', ar: '[يختلف|تختلف] {A} و{B} حول {T}.' },
    { en: 'A dispute between {A} and {B} over {T}.', ar: 'خلاف بين {A} و{B} بشأن {T}.' },
  ],
  agreement: [
    { en: '{A} and {B} signed an agreement{ in P} on {T}.', ar: '[وقّع|وقّعت] {A} و{B} اتفاقاً{ في P} بشأن {T}.' },
    { en: 'An agreement between {A} and {B} on {T}.', ar: 'اتفاق بين {A} و{B} حول {T}.' },
  ],
  conference: [
    { en: 'Delegations from several parties met{ in P} to discuss {T}.', ar: 'اجتمعت وفود عدة أطراف{ في P} لبحث {T}.' },
    { en: 'An international conference{ in P} on {T}, hosted by {A}.', ar: 'مؤتمر دولي{ في P} حول {T} بدعوة من {A}.' },
  ],
  visit: [
    { en: '{A} visited {P} for talks on {T}.', ar: '[زار|زارت] {A} {P} لإجراء محادثات حول {T}.' },
    { en: 'During a visit to {P}, {A} discussed {T} with {B}.', ar: '[بحث|بحثت] {A} خلال زيارة إلى {P} {T} مع {B}.' },
  ],
  other: [{ en: 'Contacts between {A} and {B} concerning {T}.', ar: 'اتصالات بين {A} و{B} بشأن {T}.' }],
};

/** Direct quotes: first person, speaker-neutral. `{T}` topic phrase, `{P}` a country. */
export const QUOTES: Bilingual[] = [
  { en: 'We discussed {T} and the situation in {P}.', ar: 'ناقشنا {T} والوضع في {P}.' },
  { en: 'There is no military solution to the crisis in {P}.', ar: 'لا يوجد حل عسكري للأزمة في {P}.' },
  { en: 'The talks were constructive and useful.', ar: 'كانت المحادثات بنّاءة ومفيدة.' },
  { en: 'We will continue our consultations on {T}.', ar: 'سنواصل مشاوراتنا حول {T}.' },
  { en: 'Attempts to obstruct {T} are unacceptable.', ar: 'إن محاولات عرقلة {T} غير مقبولة.' },
  {
    en: 'Cooperation between our two countries is developing at all levels.',
    ar: 'إن التعاون بين بلدينا يتطور على كافة المستويات.',
  },
  { en: 'We call on all parties to exercise restraint.', ar: 'ندعو جميع الأطراف إلى ضبط النفس.' },
  { en: '{T} is at the top of our agenda.', ar: '{T} على رأس جدول أعمالنا.' },
  { en: 'Any solution must respect the will of the people of {P}.', ar: 'يجب أن يحترم أي حل إرادة شعب {P}.' },
  {
    en: 'We are confident that these consultations will be fruitful.',
    ar: 'نحن واثقون من أن هذه المشاورات ستكون مثمرة.',
  },
  { en: 'The humanitarian situation in {P} is deteriorating.', ar: 'إن الوضع الإنساني في {P} يتدهور.' },
  { en: 'We are paying great attention to the situation in {P}.', ar: 'نولي اهتماماً بالغاً بالوضع في {P}.' },
  { en: 'We are paying great attention to {T}.', ar: 'نولي اهتماما بالغا بـ{T}.' },
];

/** Reported speech, with the verb agreeing with the speaker: `ar` masculine, `arF` feminine. */
export const REPORTED: { en: string; ar: string; arF: string }[] = [
  {
    en: '{S} said that the talks had been constructive and useful.',
    ar: 'قال {S} إن المحادثات كانت بنّاءة ومفيدة.',
    arF: 'قالت {S} إن المحادثات كانت بنّاءة ومفيدة.',
  },
  {
    en: '{S} stressed that there is no military solution to the crisis in {P}.',
    ar: 'أكد {S} أنه لا يوجد حل عسكري للأزمة في {P}.',
    arF: 'أكدت {S} أنه لا يوجد حل عسكري للأزمة في {P}.',
  },
  {
    en: '{S} said that {T} was at the top of the agenda.',
    ar: 'قال {S} إن {T} على رأس جدول الأعمال.',
    arF: 'قالت {S} إن {T} على رأس جدول الأعمال.',
  },
  {
    en: '{S} called on all parties to exercise restraint.',
    ar: 'دعا {S} جميع الأطراف إلى ضبط النفس.',
    arF: 'دعت {S} جميع الأطراف إلى ضبط النفس.',
  },
  {
    en: '{S} pointed out that cooperation with {A} is developing at all levels.',
    ar: 'أشار {S} إلى أن التعاون مع {A} يتطور على كافة المستويات.',
    arF: 'أشارت {S} إلى أن التعاون مع {A} يتطور على كافة المستويات.',
  },
  {
    en: '{S} accused unnamed parties of trying to obstruct {T}.',
    ar: 'اتهم {S} أطرافاً لم يسمها بمحاولة عرقلة {T}.',
    arF: 'اتهمت {S} أطرافاً لم تسمها بمحاولة عرقلة {T}.',
  },
  {
    en: '{S} expressed confidence that the consultations would be fruitful.',
    ar: 'أعرب {S} عن ثقته بأن المشاورات ستكون مثمرة.',
    arF: 'أعربت {S} عن ثقتها بأن المشاورات ستكون مثمرة.',
  },
  {
    en: '{S} warned that the humanitarian situation in {P} was deteriorating.',
    ar: 'حذر {S} من أن الوضع الإنساني في {P} يتدهور.',
    arF: 'حذرت {S} من أن الوضع الإنساني في {P} يتدهور.',
  },
  {
    en: '{S} said that any settlement must respect the will of the people of {P}.',
    ar: 'قال {S} إن أي تسوية يجب أن تحترم إرادة شعب {P}.',
    arF: 'قالت {S} إن أي تسوية يجب أن تحترم إرادة شعب {P}.',
  },
  {
    en: '{S} welcomed the progress made on {T}.',
    ar: 'رحّب {S} بالتقدم المحرز في {T}.',
    arF: 'رحّبت {S} بالتقدم المحرز في {T}.',
  },
];

/** Source headlines by source kind. `{A}`, `{B}` actors, `{T}` topic phrase. */
export const HEADLINES: Record<SourceKind, Bilingual[]> = {
  article: [
    { en: '{A} and {B} hold talks on {T}', ar: 'مباحثات بين {A} و{B} حول {T}' },
    { en: '{A}: no military solution, {T} a priority', ar: '{A}: لا حل عسكرياً و{T} أولوية' },
    { en: 'New developments on {T}', ar: 'تطورات جديدة في ملف {T}' },
    { en: '{A} and {B} discuss {T}', ar: 'لقاء يجمع {A} و{B} لبحث {T}' },
  ],
  communique: [{ en: 'Joint statement on {T}', ar: 'بيان مشترك حول {T}' }],
  transcript: [{ en: "Transcript of {A}'s press conference", ar: 'نص المؤتمر الصحفي لـ{A}' }],
  report: [{ en: 'Analysis: {T}', ar: 'قراءة في {T}' }],
  book: [{ en: '{T}: a history', ar: '{T}: قراءة تاريخية' }],
  website: [{ en: 'Official page on {T}', ar: 'الصفحة الرسمية حول {T}' }],
  other: [{ en: 'Notes on {T}', ar: 'ملاحظات حول {T}' }],
};

/** Relation types as connectives for excerpts: "{subject}, in response to {object}". Arabic ones attach as written. */
export const RELATION_PHRASES: Record<RelationType, Bilingual> = {
  part_of: { en: 'as part of', ar: 'في إطار ' },
  continues: { en: 'continuing', ar: 'استكمالاً لـ' },
  precedes: { en: 'ahead of', ar: 'قبيل ' },
  follows: { en: 'following', ar: 'في أعقاب ' },
  responds_to: { en: 'in response to', ar: 'رداً على ' },
  concerns: { en: 'concerning', ar: 'بشأن ' },
  contemporaneous_with: { en: 'at the same time as', ar: 'بالتزامن مع ' },
  causes: { en: 'which led to', ar: 'ما أدى إلى ' },
};

export const RELATION_NOTES: Bilingual[] = [
  { en: 'Linked in the press coverage', ar: 'ربطت التغطية الإعلامية بين الحدثين' },
  { en: 'Officials drew the connection', ar: 'ربط المسؤولون بين الحدثين' },
  { en: 'Inferred from the timing', ar: 'مستنتج من التوقيت' },
];

export const PARTICIPATION_NOTES: Bilingual[] = [
  { en: 'head of delegation', ar: 'رئيس الوفد' },
  { en: 'by video link', ar: 'عبر الفيديو' },
  { en: 'as an observer', ar: 'بصفة مراقب' },
  { en: 'represented by its ambassador', ar: 'ممثلاً بسفيره' },
];

export const MEMBER_ROLES: Bilingual[] = [
  { en: 'Member', ar: 'عضو' },
  { en: 'Founding member', ar: 'عضو مؤسس' },
  { en: 'Observer', ar: 'مراقب' },
];
