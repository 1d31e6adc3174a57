import type { Region } from './vocabulary'

/**
 * UNESCO's five electoral/statistical regions, by ISO country code. Countries of the network are
 * all listed; a code not listed here falls under Europe and North America only if it is in that
 * list too, otherwise `undefined` (the filter then simply does not offer it).
 */
const BY_REGION: Record<Region, string> = {
  'arab-states': 'AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE',
  africa:
    'AO BF BI BJ BW CD CF CG CI CM CV ER ET GA GH GM GN GQ GW KE LR LS MG ML MU MW MZ NA NE NG RW SC SL SN SS ST SZ TD TG TZ UG ZA ZM ZW',
  'asia-pacific':
    'AF AU BD BN BT CK CN FJ FM ID IN IR JP KG KH KI KP KR KZ LA LK MH MM MN MO MV MY NP NR NU NZ PG PH PK PW SB SG TH TJ TL TM TO TV TW UZ VN VU WS HK',
  'europe-north-america':
    'AD AL AM AT AZ BA BE BG BY CA CH CY CZ DE DK EE ES FI FR GB GE GR HR HU IE IL IS IT LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM TR UA US VA XK',
  'latin-america-caribbean':
    'AG AR BB BO BR BS BZ CL CO CR CU DM DO EC GD GT GY HN HT JM KN LC MX NI PA PE PY SR SV TT UY VC VE',
}

const REGION_OF = new Map<string, Region>(
  (Object.entries(BY_REGION) as [Region, string][]).flatMap(([region, codes]) =>
    codes.split(' ').map((code) => [code, region] as const),
  ),
)

export function regionOf(country: string): Region | undefined {
  return REGION_OF.get(country)
}
