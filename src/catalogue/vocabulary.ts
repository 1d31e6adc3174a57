/** The closed vocabularies of the catalogue (SPEC §1, §4). Pure data: no React, three or i18next. */

export const FIELDS = [
  'crafts-folk-art',
  'design',
  'film',
  'gastronomy',
  'literature',
  'media-arts',
  'music',
] as const
export type FieldId = (typeof FIELDS)[number]

/** The network also knows fields added after 2020 (architecture, 2025); they have no district. */
export const NETWORK_FIELDS = [...FIELDS, 'architecture'] as const
export type NetworkFieldId = (typeof NETWORK_FIELDS)[number]

export const SDG11_TARGETS = [
  '11.1',
  '11.2',
  '11.3',
  '11.4',
  '11.5',
  '11.6',
  '11.7',
  '11.a',
  '11.b',
  '11.c',
] as const
export type Sdg11Target = (typeof SDG11_TARGETS)[number]

export const PRACTICES = [
  'digital-culture',
  'remote-education',
  'health-safety-design',
  'support-creative-workers',
  'food-solidarity',
  'public-space',
  'public-awareness',
  'community-wellbeing',
  'network-cooperation',
  'hybrid-events',
  'policy-monitoring',
  'urban-recovery-planning',
] as const
export type Practice = (typeof PRACTICES)[number]

/** Languages the content is written in (the six UN languages). `en` is required. */
export const CONTENT_LANGUAGES = ['en', 'fr', 'zh', 'es', 'ar', 'ru'] as const
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number]

/** Languages of the interface (the six UN languages). */
export const UI_LANGUAGES = ['en', 'fr', 'zh', 'es', 'ar', 'ru'] as const
export type UiLanguage = (typeof UI_LANGUAGES)[number]

export const REGIONS = [
  'africa',
  'arab-states',
  'asia-pacific',
  'europe-north-america',
  'latin-america-caribbean',
] as const
export type Region = (typeof REGIONS)[number]

/** ISO 3166-1 alpha-2 codes currently assigned, plus XK (Kosovo, user-assigned but widely used). */
export const COUNTRIES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
  'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK'
).split(' ')
