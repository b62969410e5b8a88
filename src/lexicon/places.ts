/**
 * Head words that make a capitalised phrase an organisation or a place, beyond
 * compromise's own lists ("the Harbour Workers Union", "Port of Antwerp").
 */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'agency', 'authority', 'commission', 'committee', 'council', 'court',
  'union', 'federation', 'confederation', 'association', 'party', 'bank', 'fund', 'group', 'company',
  'corporation', 'inc', 'ltd', 'plc', 'gmbh', 'ag', 'sa', 'nv', 'bv', 'llc', 'institute', 'university',
  'college', 'school', 'hospital', 'foundation', 'alliance', 'coalition', 'organisation', 'organization',
  'parliament', 'assembly', 'senate', 'congress', 'government', 'cabinet', 'army', 'navy', 'police',
  'service', 'services', 'board', 'bureau', 'club', 'league', 'network', 'news', 'times', 'post', 'press',
  'tribune', 'herald', 'journal', 'gazette', 'guardian', 'telegraph', 'forces', 'guard', 'secretariat',
  'directorate', 'inspectorate', 'tribunal', 'consortium', 'holdings', 'airlines', 'airways', 'railways',
  'watch', 'initiative', 'movement', 'front', 'trust', 'commission', 'society', 'syndicate', 'brigade', 'monitor',
  'survey', 'marshals', 'rangers', 'team', 'nation', 'units', 'divisions', 'groups', 'devices', 'systems', 'technologies', 'labs', 'networks', 'solutions', 'partners',
]);

/**
 * Last words of a company's name: an industry, or the plural of what it deals in ("Harlow Properties",
 * "Kestrel Distributors", "Vexel Wireless", "Tarvo Microsystems", "Dorn Guides"). Ordinary English
 * words, none of them a given name or a surname ("Mills", "Banks", "Brooks" are left out on purpose).
 * Unlike ORG_HEADS they only say what a name is; they join no "of" or "and" into it.
 */
export const COMPANY_HEADS: ReadonlySet<string> = new Set([
  'properties', 'realty', 'distributors', 'distributing', 'distribution', 'suppliers', 'supplies', 'outfitters', 'builders',
  'contractors', 'consultants', 'associates', 'industries', 'enterprises', 'ventures', 'investments', 'securities', 'bancorp',
  'insurance', 'wireless', 'telecom', 'telecommunications', 'communications', 'microsystems', 'semiconductor', 'semiconductors',
  'electronics', 'software', 'robotics', 'aerospace', 'instruments', 'pharmaceuticals', 'therapeutics', 'biosciences', 'biotech',
  'healthcare', 'chemicals', 'petroleum', 'energy', 'utilities', 'minerals', 'mining', 'logistics', 'freight', 'shipping',
  'foods', 'beverages', 'brands', 'products', 'apparel', 'materials', 'manufacturing', 'engineering', 'entertainment',
  'productions', 'publishing', 'studios', 'pictures', 'records', 'guides', 'tech',
]);

/**
 * Head words of facilities — buildings, sites and roads — which are places whatever organisation runs them,
 * and prevail over a first name or an organisation word before them: "the Harbor Ford Center",
 * "Seaside Recovery", "the Harlow Unit", "Pacific Coast Highway", "Kell Saddle Hut".
 */
export const FACILITY_HEADS: ReadonlySet<string> = new Set([
  'center', 'centre', 'clinic', 'hospital', 'hotel', 'motel', 'jail', 'prison', 'penitentiary', 'unit', 'recovery',
  'rehab', 'highway', 'freeway', 'motorway', 'expressway', 'turnpike', 'boulevard', 'hut', 'resort', 'mall',
  'courthouse', 'precinct', 'stadium', 'glacier', 'mosque', 'synagogue', 'cemetery', 'airport', 'campus',
  // Works and sites, named after a founder or not: "the Kestrel Creamery", "the Alder Projects".
  'creamery', 'dairy', 'factory', 'warehouse', 'brewery', 'refinery', 'projects',
]);

/** Words between a facility's name and its head that say what kind it is: "Haven Treatment Center", "the Harrowgate rehab centre". */
export const FACILITY_KINDS: ReadonlySet<string> = new Set(['treatment', 'rehab', 'rehabilitation', 'recovery', 'medical', 'detention', 'correctional', 'refugee', 'health', 'care', 'wellness', 'community', 'conference', 'convention', 'shopping']);

/** Facility heads that are also surnames ("Anna Park", "Tom Camp"): a place only after a word that is no first name. */
export const FACILITY_SURNAMES: ReadonlySet<string> = new Set(['park', 'camp', 'church', 'chapel', 'temple', 'lodge', 'arena', 'station', 'terminal', 'mill', 'mine']);

export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'house', 'palace', 'square', 'street', 'avenue', 'road', 'bridge', 'airport', 'port', 'harbour', 'harbor',
  'station', 'stadium', 'hall', 'castle', 'tower', 'island', 'islands', 'river', 'lake', 'sea', 'ocean',
  'mountains', 'mountain', 'valley', 'region', 'province', 'county', 'district', 'state', 'city', 'republic',
  'kingdom', 'coast', 'bay', 'peninsula', 'strait', 'canal', 'terminal', 'plaza', 'park', 'building',
  'embassy', 'cathedral', 'centre', 'center', 'arena', 'quay', 'dock', 'docks', 'border', 'oblast', 'strip',
]);

/** Lower-case nouns for a kind of place, before "of" or after a name: "the town of X", "the X district". */
export const PLACE_KINDS: ReadonlySet<string> = new Set([
  'town', 'village', 'city', 'hamlet', 'suburb', 'region', 'province', 'district', 'county', 'municipality',
  'commune', 'parish', 'canton', 'prefecture', 'oblast', 'borough', 'neighbourhood', 'neighborhood',
]);

/** Kinds of place that name one only before "of" ("the island of X"); after a name they say less ("X state media"). */
export const PLACE_OF_KINDS: ReadonlySet<string> = new Set([
  ...PLACE_KINDS, 'island', 'islands', 'hometown', 'port', 'territory', 'enclave', 'settlement', 'republic', 'kingdom', 'emirate',
]);

/** Nouns for a place's part or seat, before "of" and a place's name: "the capital of X", "the outskirts of X" (X is a place, not the capital). */
export const PLACE_PARTS: ReadonlySet<string> = new Set([
  'capital', 'outskirts', 'suburbs', 'heart', 'streets', 'centre', 'center', 'north', 'south', 'east', 'west', 'coast',
  // "the government of Velmora", "the people of Dorn": only a country or town has them.
  'government', 'governments', 'people', 'citizens', 'residents',
]);

/** People known by the place they live in or run: "X residents", "X mayor Jorge Pinto". */
export const PLACE_PEOPLE: ReadonlySet<string> = new Set(['mayor', 'residents', 'villagers', 'townspeople', 'townsfolk', 'inhabitants']);

/** Lower-case nouns for a kind of organisation, after its name: "the Havenbond union", "the Veltrix app". */
export const ORG_KINDS: ReadonlySet<string> = new Set(['union', 'party', 'company', 'firm', 'bank', 'club', 'agency', 'movement',
  'coalition', 'alliance', 'network', 'airline', 'carrier', 'newspaper', 'broadcaster', 'app', 'platform', 'charity', 'foundation',
  'consortium', 'conglomerate', 'insurer', 'lender', 'retailer', 'militia', 'faction', 'federation', 'association', 'syndicate']);

/** "Saint" as a place's or a feast's name opens it, written out, abbreviated or in another language: "St. Aldric", "Santa Vella". */
export const SAINT_WORDS: ReadonlySet<string> = new Set(['saint', 'sainte', 'st', 'ste', 'san', 'santa', 'santo', 'sao', 'são']);

/** Abbreviations that open a place's name, written with a full stop: "St. Aldric", "Ste. Vell", "Mt. Dorn", "Ft. Kessel". */
export const PLACE_ABBREVIATIONS: ReadonlySet<string> = new Set(['st', 'ste', 'mt', 'ft']);

/** Prepositions after which a capitalised name is most often a place: "in Lagos", "to Nairobi". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'to', 'from', 'at', 'near', 'across', 'outside', 'inside', 'toward', 'towards', 'via']);

/** Head words of laws and documents: "General Data Protection Regulation" is not an actor. */
export const LAW_HEADS: ReadonlySet<string> = new Set([
  'regulation', 'regulations', 'act', 'directive', 'treaty', 'convention', 'code', 'bill', 'amendment', 'charter',
  'protocol', 'accord', 'constitution', 'ordinance', 'statute',
]);

/**
 * Lower-case nouns that, right after a place's name, belong to it: "Velmora province", "the Dorn refugee
 * camp", "Central Velmora district", "the Harlow prison unit". The name with its noun is one place.
 */
export const PLACE_NAME_NOUNS: ReadonlySet<string> = new Set([
  'province', 'district', 'county', 'village', 'town', 'region', 'state', 'camp', 'area', 'neighborhood',
  'neighbourhood', 'municipality', 'prefecture', 'borough', 'parish', 'regency', 'township', 'governorate', 'unit',
  // "Velmora island", "Lampra city": the island or town the name names (see facilities.ts for "Kuwait city").
  'island', 'city',
]);

/** Words that may stand between the name and such a noun: "the Dorn refugee camp", "the Harlow prison unit". */
export const PLACE_NAME_NOUN_MODIFIERS: ReadonlySet<string> = new Set(['refugee', 'army', 'military', 'prison', 'detention', 'transit', 'displacement']);

/** Countries and cities known by their initials, without full stops: "the U.S.", "the UK", "L.A." are places, not organisations. */
export const PLACE_ACRONYMS: ReadonlySet<string> = new Set(['us', 'usa', 'uk', 'uae', 'drc', 'prc', 'rok', 'dprk', 'ussr', 'la', 'nyc', 'dc', 'kc', 'sf']);

/** Regions named by a point of the compass: "the West", "the Midwest", "the Middle East". */
export const COMPASS_REGIONS: ReadonlySet<string> = new Set(['west', 'east', 'north', 'south', 'midwest', 'northeast', 'northwest', 'southeast', 'southwest', 'middle east', 'far east', 'deep south']);

/**
 * Nouns for a place an article describes rather than names, with the key that makes two descriptions one
 * place: "a Dorvale treatment facility" and "a rehab clinic in Dorvale" are one facility, "the streets of
 * Lampton" and "a Lampton street" one street scene. See extract/actors/venues.ts.
 */
export const VENUE_NOUNS: ReadonlyMap<string, string> = new Map([
  ...pairs('facility', ['facility', 'facilities', 'center', 'centre', 'centers', 'centres', 'clinic', 'clinics', 'rehab']),
  ...pairs('hospital', ['hospital', 'hospitals']),
  ...pairs('prison', ['prison', 'prisons', 'jail', 'jails', 'penitentiary', 'unit']),
  ...pairs('courthouse', ['courthouse']),
  ...pairs('school', ['school', 'schools', 'campus', 'campuses']),
  ...pairs('street', ['street', 'streets', 'road', 'roads', 'avenue', 'block', 'blocks', 'intersection', 'crosswalk', 'sidewalk']),
  ...pairs('highway', ['highway', 'freeway', 'motorway', 'expressway', 'interstate']),
  ...pairs('neighborhood', ['neighborhood', 'neighbourhood', 'section', 'suburb']),
  ...pairs('county', ['county', 'counties']),
  ...pairs('home', ['home', 'homes', 'house', 'houses', 'apartment', 'residence', 'mansion']),
  // "the Morrow housing projects", "the Kell housing estate": only with "housing" before (see venues.ts).
  ...pairs('housing', ['projects', 'estate', 'estates']),
  ...pairs('building', ['building', 'buildings', 'rooftop', 'roof', 'tower', 'office', 'offices', 'headquarters']),
  ...pairs('store', ['store', 'stores', 'shop', 'supermarket', 'mall', 'restaurant', 'hotel', 'motel', 'nightclub']),
  ...pairs('business', ['business']),
  ...pairs('church', ['church', 'temple', 'mosque', 'synagogue', 'cathedral', 'chapel']),
  ...pairs('camp', ['camp', 'camps', 'compound', 'base', 'barracks', 'checkpoint']),
  ...pairs('station', ['station', 'stationhouse', 'precinct', 'airport', 'port', 'harbor', 'harbour', 'bridge']),
  ...pairs('park', ['park', 'stadium', 'arena', 'beach']),
  ...pairs('mountain', ['mountain', 'mountains', 'peak', 'ridge', 'glacier', 'volcano', 'valley']),
  ...pairs('coast', ['coast', 'coastline', 'shore', 'shores', 'tip']),
  ...pairs('border', ['border', 'frontier']),
  ...pairs('area', ['area', 'territory', 'parts', 'scene', 'outskirts']),
  // "the province on Kelvara", "a region of Dorvale" (a name after "of" is read first as the place itself, see classify.ts).
  ...pairs('region', ['province', 'region']),
]);

function pairs(key: string, forms: readonly string[]): Array<[string, string]> {
  return forms.map((f) => [f, key]);
}

/** Venue nouns that describe a place only with "of" before its name: "the streets of Lampton", "the tip of Velmora island". */
export const VENUE_OF_NOUNS: ReadonlySet<string> = new Set(['streets', 'tip', 'coast', 'coastline', 'shore', 'shores', 'outskirts', 'parts', 'edge', 'border', 'heart', 'suburbs', 'area', 'territory']);

/** Lower-case words that say what kind of venue it is, before its noun: "a Dorvale treatment facility", "the Lampton housing projects". */
export const VENUE_MODIFIERS: ReadonlySet<string> = new Set([
  ...FACILITY_KINDS, 'psychiatric', 'prison', 'housing', 'fuel', 'distribution', 'storage', 'parking', 'police', 'fire', 'train', 'bus',
  'subway', 'military', 'army', 'naval', 'air', 'elementary', 'high', 'middle', 'primary', 'secondary', 'public', 'private',
  'state', 'federal', 'county', 'city', 'village', 'school', 'apartment', 'office', 'family', 'government', 'border', 'national',
  'mountain', 'highest', 'tallest', 'largest', 'biggest', 'main', 'busy', 'busiest', 'quiet', 'darkened', 'crowded', 'local',
  'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'central',
  'far', 'remote', 'coastal', 'new', 'old', 'former', 'unlicensed', 'luxury', 'makeshift', 'temporary',
]);

/** Points of the compass after a distance: "42 km north-west of Virel". */
export const COMPASS_POINTS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east',
  'south-west', 'north-northeast', 'east-northeast', 'east-southeast', 'south-southeast', 'south-southwest',
  'west-southwest', 'west-northwest', 'north-northwest', 'offshore', 'inland', 'northwards', 'southwards',
]);

/** Units of a distance that locates a place: "42 km west of Virel", "26 miles from Dorn". */
export const DISTANCE_UNITS: ReadonlyMap<string, string> = new Map([
  ...pairs('km', ['km', 'kms', 'kilometer', 'kilometers', 'kilometre', 'kilometres']),
  ...pairs('mi', ['mi', 'mile', 'miles']),
  ...pairs('m', ['m', 'meter', 'meters', 'metre', 'metres']),
  ...pairs('ft', ['ft', 'feet', 'foot']),
]);

/**
 * People's adjectives whose country the suffix rules of extract/actors/states.ts do not find ("dutch" →
 * "netherlands"): lower case, as the word lists key them.
 */
export const IRREGULAR_DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['french', 'france'], ['dutch', 'netherlands'], ['greek', 'greece'], ['swiss', 'switzerland'], ['british', 'britain'],
  ['filipino', 'philippines'], ['danish', 'denmark'], ['welsh', 'wales'], ['scottish', 'scotland'], ['irish', 'ireland'],
  ['norwegian', 'norway'], ['portuguese', 'portugal'], ['belgian', 'belgium'], ['peruvian', 'peru'], ['argentine', 'argentina'],
  ['argentinian', 'argentina'], ['saudi', 'saudi arabia'], ['emirati', 'united arab emirates'], ['icelandic', 'iceland'],
  ['afghan', 'afghanistan'], ['finnish', 'finland'], ['malagasy', 'madagascar'], ['cypriot', 'cyprus'], ['maltese', 'malta'],
]);

