/**
 * Titles and roles that stand before a person's name ("Chancellor Anna Brandt",
 * "union leader Pieter Bakker") or in an apposition ("Bakker, the union's chairman,").
 * Lower-case; multi-word titles are matched word by word.
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'president', 'vice', 'chancellor', 'minister', 'prime', 'premier', 'secretary', 'general', 'deputy',
  'senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'governor', 'gov.', 'mayor',
  'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'sultan', 'pope', 'cardinal', 'bishop', 'archbishop',
  'ambassador', 'envoy', 'aide', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'official',
  'leader', 'chief', 'head', 'chair', 'chairman', 'chairwoman', 'chairperson', 'director', 'executive',
  'ceo', 'cfo', 'coo', 'cto', 'cio', 'cmo', 'founder', 'co-founder', 'commissioner', 'commander', 'admiral', 'colonel', 'captain',
  'lieutenant', 'sergeant', 'major', 'marshal', 'judge', 'justice', 'attorney', 'prosecutor', 'lawyer',
  'professor', 'prof.', 'dr', 'dr.', 'doctor', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'sir', 'dame', 'lord',
  'lady', 'rabbi', 'imam', 'reverend', 'rev.', 'coach', 'manager', 'striker', 'midfielder', 'defender',
  'goalkeeper', 'captain', 'economist', 'analyst', 'negotiator', 'mediator', 'delegate', 'diplomat',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'lawmaker', 'legislator', 'mp', 'mep', 'speaker',
  'president-elect', 'foreign', 'defence', 'defense', 'finance', 'interior', 'labour', 'labor', 'trade',
  'health', 'economy', 'transport', 'energy', 'justice', 'state', 'treasurer', 'auditor', 'inspector',
  'superintendent', 'sheriff', 'constable', 'detective', 'officer', 'organiser', 'organizer', 'activist',
  'campaigner', 'candidate', 'nominee', 'owner', 'partner', 'producer', 'editor', 'correspondent', 'reporter',
  'researcher', 'scientist', 'engineer', 'architect', 'boss', 'businessman', 'businesswoman', 'entrepreneur',
  'investor', 'banker', 'tycoon', 'magnate', 'billionaire', 'chancellor-elect', 'premier-elect', 'mogul',
  'spokesperson,', 'negotiator', 'steward', 'firefighter', 'nurse', 'farmer', 'teacher', 'student', 'author',
  'writer', 'historian', 'photographer', 'pilot', 'player', 'athlete', 'referee', 'umpire', 'singer', 'actor',
  'actress', 'artist', 'musician', 'priest', 'monk', 'bishop', 'chief-executive', 'secretary-general',
  'president-elect', 'vice-president', 'vice-chancellor', 'mayor-elect', 'head', 'commissioner', 'president,', 'governor-general', 'gen.', 'lt.',
  'col.', 'capt.', 'sgt.', 'maj.', 'adm.', 'supt.', 'insp.', 'det.',
  // The same abbreviations as the tokenizer gives them, the full stop apart: "at Sgt. Ana Ruiz".
  'sgt', 'lt', 'col', 'capt', 'maj', 'adm', 'supt', 'insp', 'det', 'cmdr', 'gen', 'gov', 'sen', 'rep', 'prof',
  // Sports positions, glued before a player's name: "Colts QB Sam Ruiz", "Forward Leo Park".
  'qb', 'rb', 'wr', 'cb', 'lb', 'dt', 'te', 'ol', 'ot', 'og', 'dl', 'db', 'fb', 'olb', 'ilb', 'quarterback', 'receiver', 'linebacker', 'lineman', 'cornerback',
  'kicker', 'punter', 'forward', 'pitcher', 'shortstop', 'outfielder', 'boxer', 'heavyweight', 'challenger',
  'rookie', 'jockey', 'cyclist', 'sprinter', 'swimmer', 'skier', 'climber', 'mountaineer',
  // Honours glued before a player's name: "All-American Leo Park", "All-Star Ana Ruiz".
  'all-american', 'all-star', 'all-pro',
  // Occupations and descriptors a headline or lead glues to a name: "Comedian Dana Reyes", "Receptionist Mia Cole".
  'comedian', 'comedienne', 'filmmaker', 'moviemaker', 'receptionist', 'rapper', 'presenter', 'anchor', 'novelist',
  'poet', 'playwright', 'designer', 'socialite', 'heiress', 'inmate', 'prisoner', 'convict', 'fugitive', 'escapee',
  'suspect', 'defendant', 'gunman', 'teenager', 'publicist', 'comic',
  // Offices of a town or county, glued between its name and the holder's: "Dorvale City Clerk Ana Ruiz".
  'clerk', 'coroner', 'assessor', 'registrar', 'comptroller', 'alderman', 'alderwoman', 'selectman',
]);

/**
 * Adjectives that describe a person rather than name anyone, stripped from the front of a name:
 * "Former Ana Ruiz", "Embattled Tom Alder". Other leading adjectives stay when the rest is no
 * person's name: "Applied Vexel Devices" is one company.
 */
export const DESCRIPTOR_ADJECTIVES: ReadonlySet<string> = new Set([
  'former', 'late', 'ex', 'young', 'elderly', 'new', 'top', 'senior', 'veteran', 'acting', 'outgoing', 'incoming',
  'embattled', 'disgraced', 'retired', 'famed', 'famous', 'legendary', 'notorious', 'troubled', 'perennial', 'alleged',
  'accused', 'convicted', 'suspected', 'jailed', 'fellow', 'controversial', 'beleaguered', 'injured', 'missing', 'slain',
  'unknown', 'little-known', 'celebrated', 'popular', 'beloved', 'veteran', 'rookie', 'teenage', 'pregnant',
  // Ranks that describe a team or player: "Top-ranked Kestrel", "Unbeaten Ana Ruiz".
  'top-ranked', 'top-seeded', 'second-ranked', 'unbeaten', 'undefeated', 'reigning', 'defending',
]);

/** Head words that make a title a role of a person, so the role phrase ends at one of these. */
export const ROLE_HEADS: ReadonlySet<string> = new Set(
  [...PERSON_TITLES].filter((w) => !['vice', 'prime', 'deputy', 'foreign', 'defence', 'defense', 'finance', 'interior',
    'labour', 'labor', 'trade', 'health', 'economy', 'transport', 'energy', 'state'].includes(w)),
);

/** Honorifics that say which pronoun fits: Mr → he, Mrs/Ms → she. */
export const MALE_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'emir', 'sheikh', 'sultan', 'spokesman', 'chairman', 'congressman', 'councilman']);
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'dame', 'lady', 'queen', 'princess', 'spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman']);

/** Subject pronouns that can name a speaker, and which gender they fit. */
export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural'> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['we', 'plural'],
]);

/** Lower-case particles inside names: "Anna de Vries", "Ludwig van Beethoven", "Omar al-Bashir". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'do', 'dos', 'das', 'du', 'del', 'della', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'ter', 'ten', 'zu']);

/**
 * Generational suffixes that close a name without being its surname: "Ray Dunmore Jr", "Carl Vint III".
 * The surname is the word before them, so "Dunmore" alone links to "Ray Dunmore Jr".
 */
/** Nouns for a relative, which a possessive puts before the relative's name: "his wife, Ana Ruiz", "her son Tom". */
export const KIN_NOUNS: ReadonlySet<string> = new Set(['brother', 'sister', 'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'cousin', 'nephew', 'niece',
  'uncle', 'aunt', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'fiancée',
  'fiancé', 'widow', 'widower', 'stepson', 'stepdaughter', 'half-brother', 'half-sister', 'partner', 'spouse']);

export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Nouns that make a description an (anonymous) person: "a senior official", "a person familiar with the talks". */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'source', 'sources', 'person', 'people', 'spokesman', 'spokeswoman', 'spokesperson',
  'diplomat', 'diplomats', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'analyst', 'analysts', 'witness',
  'witnesses', 'resident', 'residents', 'member', 'members', 'insider', 'executive', 'executives', 'officer',
  'officers', 'expert', 'experts', 'negotiator', 'negotiators', 'minister', 'lawmaker', 'lawmakers', 'worker',
  'workers', 'employee', 'employees', 'representative', 'representatives', 'delegate', 'delegates', 'observer',
  'observers', 'economist', 'economists', 'activist', 'activists', 'doctor', 'doctors', 'survivor', 'survivors',
  'fan', 'fans', 'supporter', 'supporters', 'organiser', 'organizer', 'organisers', 'organizers', 'driver',
  'colleague', 'colleagues', 'friend', 'relative', 'neighbour', 'neighbor', 'statement', 'spokespeople',
]);

/**
 * Common English short forms of given names, each row a short form and the names it shortens:
 * "Mo Ruiz" and "Maurice Ruiz" are one man. (A short form that is the start of the name, "Chris" of
 * "Christopher", needs no row.)
 */
export const SHORT_GIVEN_NAMES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['mo', ['maurice', 'morris', 'mohammed', 'muhammad', 'mohamed']],
  ['bob', ['robert']], ['bobby', ['robert']], ['rob', ['robert']], ['robbie', ['robert']],
  ['bill', ['william']], ['billy', ['william']], ['will', ['william']], ['liam', ['william']],
  ['jim', ['james']], ['jimmy', ['james']], ['jamie', ['james']],
  ['dick', ['richard']], ['rick', ['richard', 'frederick', 'eric']], ['ricky', ['richard']],
  ['mike', ['michael']], ['mick', ['michael']], ['tony', ['anthony', 'antonio']], ['ted', ['edward', 'theodore']],
  ['ned', ['edward']], ['peggy', ['margaret']], ['maggie', ['margaret']], ['meg', ['margaret']], ['betty', ['elizabeth']],
  ['liz', ['elizabeth']], ['beth', ['elizabeth']], ['jack', ['john']], ['johnny', ['john']], ['hank', ['henry']],
  ['harry', ['henry', 'harold']], ['chuck', ['charles']], ['charlie', ['charles']], ['kate', ['katherine', 'catherine']],
  ['peg', ['margaret']], ['sandy', ['alexander', 'sandra']], ['sasha', ['alexander', 'alexandra', 'alexandros']],
  ['alex', ['alexander', 'alexandra', 'alexandros', 'alexis']], ['alexis', ['alexandros', 'alexander']],
  ['larry', ['lawrence', 'laurence']], ['jerry', ['gerald', 'jerome']], ['joe', ['joseph']], ['jose', ['joseph']],
  ['steve', ['steven', 'stephen']], ['dave', ['david']], ['andy', ['andrew']], ['drew', ['andrew']], ['nick', ['nicholas']],
  ['pat', ['patrick', 'patricia']], ['sam', ['samuel', 'samantha']], ['ben', ['benjamin']], ['tom', ['thomas']],
];

/**
 * Given names the word lists know only as ordinary words ("miles" a unit, "dean" a title, "rose" a
 * flower): before an unknown surname ("Miles Korrin", "Dean Kessel") they are the given name.
 */
export const WORD_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'miles', 'dean', 'hunter', 'ray', 'gene', 'earl', 'guy', 'rod', 'bud', 'cliff', 'herb', 'art', 'bill', 'rose', 'dawn',
  'joy', 'faith', 'hope', 'penny', 'ruby', 'pearl', 'crystal', 'holly', 'hazel', 'daisy', 'lily', 'violet', 'jade',
  'olive', 'robin', 'summer', 'frank', 'rich', 'randy', 'rusty', 'sandy', 'woody', 'buck', 'chuck', 'nick', 'pat',
  'rob', 'sue', 'jack', 'bob', 'grant', 'chase', 'pierce', 'wade', 'lance', 'drew', 'mark', 'max', 'rex', 'jay',
  'glen', 'dale', 'carol', 'grace', 'ivy', 'heath', 'reed', 'angel', 'amber', 'autumn', 'destiny', 'harmony',
]);
