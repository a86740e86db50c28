/**
 * amazon.jobs writes locations country first ("IND, KA, Bengaluru", "USA, WA, Seattle"); people
 * write them the other way round ("Bengaluru, KA, India"). Data and one pure function, no DOM.
 */

/** Country codes amazon.jobs uses (ISO 3166 alpha-3, and the alpha-2 forms older pages show). */
const countryNames: Readonly<Record<string, string>> = {
  ARE: 'United Arab Emirates',
  ARG: 'Argentina',
  AUS: 'Australia',
  AUT: 'Austria',
  BEL: 'Belgium',
  BRA: 'Brazil',
  CAN: 'Canada',
  CHE: 'Switzerland',
  CHL: 'Chile',
  CHN: 'China',
  COL: 'Colombia',
  CRI: 'Costa Rica',
  CZE: 'Czechia',
  DEU: 'Germany',
  DNK: 'Denmark',
  EGY: 'Egypt',
  ESP: 'Spain',
  FIN: 'Finland',
  FRA: 'France',
  GBR: 'United Kingdom',
  HKG: 'Hong Kong',
  HUN: 'Hungary',
  IDN: 'Indonesia',
  IND: 'India',
  IRL: 'Ireland',
  ISR: 'Israel',
  ITA: 'Italy',
  JOR: 'Jordan',
  JPN: 'Japan',
  KOR: 'South Korea',
  LUX: 'Luxembourg',
  MAR: 'Morocco',
  MEX: 'Mexico',
  MYS: 'Malaysia',
  NLD: 'Netherlands',
  NOR: 'Norway',
  NZL: 'New Zealand',
  PHL: 'Philippines',
  POL: 'Poland',
  PRT: 'Portugal',
  ROU: 'Romania',
  SAU: 'Saudi Arabia',
  SGP: 'Singapore',
  SVK: 'Slovakia',
  SWE: 'Sweden',
  THA: 'Thailand',
  TUR: 'Türkiye',
  TWN: 'Taiwan',
  USA: 'USA',
  VNM: 'Vietnam',
  ZAF: 'South Africa',
  // Alpha-2, as on older pages ("US, WA, Seattle").
  AU: 'Australia',
  CA: 'Canada',
  CN: 'China',
  DE: 'Germany',
  ES: 'Spain',
  FR: 'France',
  GB: 'United Kingdom',
  IE: 'Ireland',
  IN: 'India',
  IT: 'Italy',
  JP: 'Japan',
  MX: 'Mexico',
  SG: 'Singapore',
  UK: 'United Kingdom',
  US: 'USA',
};

const countryCode = /^[A-Z]{2,3}$/;

/**
 * One location as people write it: "IND, KA, Bengaluru" -> "Bengaluru, KA, India". Only
 * country-first text is turned round (first part a known country code, or an upper-case code
 * followed by region and city); anything else ("Seattle, Washington, USA", "Virtual") is kept.
 */
export function readableLocation(raw: string): string {
  const parts = raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const [first] = parts;
  if (!first || parts.length < 2 || !countryCode.test(first)) return parts.join(', ');
  const name = countryNames[first];
  if (!name && parts.length < 3) return parts.join(', ');
  return [...parts.slice(1).reverse(), name ?? first].join(', ');
}

/** Every location in a "; "-separated list, each made readable. */
export function readableLocations(raw: string): string[] {
  return raw
    .split(';')
    .map((one) => readableLocation(one))
    .filter(Boolean);
}
