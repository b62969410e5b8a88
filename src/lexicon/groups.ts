/**
 * Nouns for groups of people who may speak together: "the crowd chanted", "protesters shouted",
 * "the audience roared back". A description headed by one is a collective speaker, kept as such.
 */
export const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set([
  'crowd', 'crowds', 'audience', 'audiences', 'protesters', 'protestors', 'demonstrators', 'marchers',
  'attendees', 'participants', 'voters', 'students', 'parents', 'residents', 'villagers', 'crew', 'crews',
  'chorus', 'choir', 'congregation', 'delegation', 'panel', 'jury', 'spectators', 'onlookers', 'passengers',
  'veterans', 'nurses', 'teachers', 'farmers', 'miners', 'strikers', 'critics', 'opponents', 'backers',
  'commenters', 'readers', 'viewers', 'listeners', 'callers', 'users', 'employees', 'staffers', 'volunteers',
  'organizers', 'organisers', 'lawmakers', 'senators', 'members', 'leaders', 'officials', 'experts', 'analysts',
]);
