/**
 * Clock offsets from UTC, in minutes, of the zone abbreviations news writes after a clock time ("0815 GMT",
 * "2:52 a.m. EDT"): a time told in one of them is an instant, and "0652 GMT" and "2:52 a.m. EDT" are one.
 * Only abbreviations with one meaning in English news are here: IST (India, Ireland, Israel), CST (US
 * Central, China, Cuba) and BST (British Summer, Bangladesh) name several offsets and are left out, and so
 * are the seasonless ET, PT, CT and MT (standard or summer time, by the date); a time in any of them is
 * compared with others of its own zone only. Keys are those of TIME_ZONES (time-words.ts), lower-cased.
 */
export const ZONE_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['gmt', 0], ['utc', 0], ['wet', 0], ['cet', 60], ['cest', 120], ['eet', 120], ['eest', 180], ['msk', 180],
  ['hkt', 480], ['sgt', 480], ['awst', 480], ['jst', 540], ['kst', 540], ['acst', 570], ['aest', 600], ['aedt', 660], ['nzst', 720], ['nzdt', 780],
  ['wib', 420], ['wita', 480], ['wit', 540],
  ['edt', -240], ['est', -300], ['cdt', -300], ['mdt', -360], ['mst', -420], ['pdt', -420], ['pst', -480], ['akdt', -480], ['akst', -540], ['hst', -600],
]);

/**
 * Countries whose clocks are never on UTC+0, with every offset (hours) their zones show in any season. A
 * story set there gives its "local time" away from UTC: "6:52 a.m. local time" there is not "0652 GMT".
 * Countries that are on UTC+0 at some time of year, or anywhere (Britain, Ireland, Portugal with the Azores,
 * Spain with the Canaries, Iceland, Denmark with Greenland, much of West Africa), are not here: their local
 * time may be UTC's. Keys are lower-cased names as actors are named.
 */
export const COUNTRY_OFFSETS: ReadonlyMap<string, readonly number[]> = new Map<string, readonly number[]>([
  // Asia and the Pacific
  ['indonesia', [7, 8, 9]], ['japan', [9]], ['china', [8]], ['india', [5.5]], ['pakistan', [5]], ['bangladesh', [6]], ['nepal', [5.75]],
  ['sri lanka', [5.5]], ['afghanistan', [4.5]], ['philippines', [8]], ['malaysia', [8]], ['singapore', [8]], ['thailand', [7]],
  ['vietnam', [7]], ['cambodia', [7]], ['laos', [7]], ['myanmar', [6.5]], ['south korea', [9]], ['taiwan', [8]], ['mongolia', [7, 8, 9]],
  ['australia', [8, 8.75, 9.5, 10, 10.5, 11]], ['new zealand', [12, 12.75, 13, 13.75]], ['papua new guinea', [10, 11]], ['fiji', [12, 13]],
  // The Middle East
  ['iran', [3.5, 4.5]], ['iraq', [3]], ['syria', [2, 3]], ['lebanon', [2, 3]], ['israel', [2, 3]], ['jordan', [2, 3]], ['saudi arabia', [3]],
  ['yemen', [3]], ['kuwait', [3]], ['qatar', [3]], ['bahrain', [3]], ['oman', [4]], ['united arab emirates', [4]], ['turkey', [2, 3]],
  // Europe east of the meridian's zone
  ['germany', [1, 2]], ['italy', [1, 2]], ['poland', [1, 2]], ['austria', [1, 2]], ['switzerland', [1, 2]], ['netherlands', [1, 2]],
  ['belgium', [1, 2]], ['czech republic', [1, 2]], ['hungary', [1, 2]], ['croatia', [1, 2]], ['serbia', [1, 2]], ['sweden', [1, 2]],
  ['norway', [1, 2]], ['greece', [2, 3]], ['finland', [2, 3]], ['romania', [2, 3]], ['bulgaria', [2, 3]], ['ukraine', [2, 3]],
  ['belarus', [3]], ['russia', [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
  // Africa east of the meridian's zone
  ['egypt', [2, 3]], ['libya', [1, 2]], ['sudan', [2, 3]], ['south sudan', [2, 3]], ['ethiopia', [3]], ['kenya', [3]], ['somalia', [3]],
  ['uganda', [3]], ['tanzania', [3]], ['rwanda', [2]], ['burundi', [2]], ['south africa', [2]], ['zimbabwe', [2]], ['zambia', [2]],
  ['mozambique', [2]], ['malawi', [2]], ['madagascar', [3]], ['nigeria', [1]], ['cameroon', [1]], ['chad', [1]], ['niger', [1]],
  ['algeria', [1]], ['tunisia', [1, 2]], ['angola', [1]],
  // The Americas
  ['united states', [-4, -5, -6, -7, -8, -9, -10, -11, 10]], ['canada', [-2.5, -3, -3.5, -4, -5, -6, -7, -8]], ['mexico', [-5, -6, -7, -8]],
  ['brazil', [-2, -3, -4, -5]], ['argentina', [-3]], ['chile', [-3, -4, -5, -6]], ['peru', [-5]], ['colombia', [-5]], ['venezuela', [-4, -4.5]],
  ['ecuador', [-5, -6]], ['bolivia', [-4]], ['cuba', [-4, -5]], ['haiti', [-4, -5]], ['jamaica', [-5]], ['guatemala', [-6]], ['honduras', [-6]],
  ['el salvador', [-6]], ['nicaragua', [-6]], ['costa rica', [-6]], ['panama', [-5]], ['dominican republic', [-4]],
]);

/** Other names actors go by for the countries above: "the U.S.", "America". */
const COUNTRY_ALIASES: ReadonlyMap<string, string> = new Map([
  ['us', 'united states'], ['u.s.', 'united states'], ['usa', 'united states'], ['u.s.a.', 'united states'], ['america', 'united states'],
  ['united states of america', 'united states'], ['uae', 'united arab emirates'], ['korea', 'south korea'], ['republic of korea', 'south korea'],
  ['burma', 'myanmar'], ['czechia', 'czech republic'],
]);

/** The offsets (hours) of a country named so, or null when it is not one known never to be on UTC+0. */
export function countryOffsets(name: string): readonly number[] | null {
  const n = name.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
  return COUNTRY_OFFSETS.get(COUNTRY_ALIASES.get(n) ?? n) ?? null;
}
