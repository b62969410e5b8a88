/**
 * Where words are published, not who speaks them: "posted on Facebook", "in a post on X",
 * "her statement read". A speaker phrase made only of these is the medium; the speaker is its
 * author, named elsewhere in the clause.
 */

/** Platforms: never speakers ("Lena Marsh wrote on Twitter, “…”" is Marsh's). Lower case. */
export const PLATFORMS: ReadonlySet<string> = new Set([
  'twitter', 'facebook', 'instagram', 'youtube', 'tiktok', 'snapchat', 'linkedin', 'reddit', 'threads',
  'bluesky', 'mastodon', 'telegram', 'whatsapp', 'weibo', 'wechat', 'truth social', 'medium', 'substack',
]);

/**
 * Things said or written, whose owner is the speaker: "a statement from the company", "her statement
 * read", "in a post", "the report says" (the report's author, or the report itself when nobody is named).
 */
export const UTTERANCE_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'post', 'posts', 'tweet', 'tweets', 'message', 'letter', 'memo', 'email',
  'e-mail', 'release', 'filing', 'report', 'transcript', 'video', 'ad', 'advert', 'advertisement', 'column',
  'op-ed', 'editorial', 'blog', 'podcast', 'speech', 'remarks', 'interview', 'comment', 'comments', 'note',
  'announcement', 'testimony', 'text', 'caption', 'notice', 'complaint', 'lawsuit', 'motion', 'ruling',
  'brief', 'essay', 'book', 'memoir', 'page', 'account', 'website', 'feed', 'newsletter', 'recording',
]);

/** Verbs that say what a document says: "the memo reads", "the filing states". */
export const DOCUMENT_VERBS: ReadonlySet<string> = new Set(['read', 'reads', 'says', 'said', 'states', 'stated', 'notes', 'noted', 'added', 'adds', 'continued', 'continues', 'concluded', 'concludes', 'warned', 'warns']);

/** Lower-case nouns after a title that say it is a publication or a broadcaster: "Glimmer magazine", "the Ledger newspaper". */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set(['magazine', 'newspaper', 'daily', 'weekly', 'tabloid', 'broadsheet', 'website', 'newsletter']);
