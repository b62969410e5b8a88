/**
 * Head words of things that are no actor, though their names are capitalised like people's: a
 * reference work ("the Velmoran Rowing Handbook"), a contest or an honour ("the Tarvo Championship",
 * "the Harlow Trophy"), a charge ("Aggravated Arson"), a piece of software ("Vexel Update").
 * Newspapers ("Gazette", "Journal", "Register", "Bulletin") are left out: a paper is an organisation.
 */
export const WORK_HEADS: ReadonlySet<string> = new Set([
  // reference works and documents
  'handbook', 'handbooks', 'manual', 'manuals', 'guidebook', 'almanac', 'almanack', 'yearbook', 'encyclopedia',
  'encyclopaedia', 'dictionary', 'thesaurus', 'anthology', 'memoir',
  // contests and honours
  'championship', 'championships', 'trophy', 'award', 'awards', 'prize', 'medal', 'weekend',
  // charges
  'manslaughter', 'homicide', 'murder', 'assault', 'larceny', 'burglary', 'robbery', 'arson',
  // software
  'update', 'updates', 'server', 'browser', 'plugin', 'firmware',
]);

/**
 * Fields and portfolios that follow a title and "of" or "for": "Director of Fleet Logistics", "Vice
 * President for Investor Relations", "Professor of Marine Ecology". Capitalised, they name no one.
 */
export const PORTFOLIO_FIELDS: ReadonlySet<string> = new Set([
  'personnel', 'relations', 'affairs', 'operations', 'development', 'communications', 'marketing', 'sales',
  'research', 'engineering', 'finance', 'studies', 'policy', 'programs', 'programmes', 'strategy', 'advocacy',
  'planning', 'admissions', 'athletics', 'outreach', 'compliance', 'procurement', 'logistics', 'scouting',
  'ecology', 'biology', 'chemistry', 'physics', 'economics', 'science', 'sciences', 'medicine', 'history',
  'philosophy', 'psychology', 'sociology', 'mathematics', 'linguistics', 'journalism', 'literature', 'surgery',
  'conservation', 'education', 'technology', 'innovation', 'analytics',
]);

/** Government portfolios after "Secretary of", "Minister of": "State", "the Interior", "Foreign Affairs". */
export const OFFICE_PORTFOLIOS: ReadonlySet<string> = new Set(['state', 'defense', 'defence', 'commerce', 'interior', 'treasury', 'labor', 'labour', 'justice',
  'energy', 'agriculture', 'transportation', 'transport', 'health', 'education', 'finance', 'war', 'homeland', 'security', 'veterans',
  'affairs', 'foreign', 'home', 'housing', 'trade', 'industry', 'environment', 'culture', 'tourism', 'information', 'economy']);
