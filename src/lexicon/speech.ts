/**
 * Verbs that attribute speech, in the forms news copy uses them.
 * `inverts`: the verb may come before its speaker ("…,” said Okafor) — "told" never
 * does ("told Berg" names the listener).
 * `characterises`: the verb frames a partial quote ("hailed it as “a turning point”").
 */
export interface SpeechVerb {
  readonly inverts: boolean;
  readonly characterises: boolean;
}

const SAY = { inverts: true, characterises: false };
const TELL = { inverts: false, characterises: false };
const FRAME = { inverts: false, characterises: true };

/** The past and present forms of the verbs of reporting: “…,” she said / she says / she quipped. */
const SAY_STEMS = [
  // common attribution: “…,” said the minister.
  'said', 'says', 'say', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'continued', 'continues',
  'explained', 'explains', 'replied', 'replies', 'responded', 'responds', 'recalled', 'recalls', 'remarked',
  'remarks', 'noted', 'notes', 'observed', 'observes', 'insisted', 'insists', 'argued', 'argues', 'warned',
  'warns', 'declared', 'declares', 'stated', 'states', 'announced', 'announces', 'acknowledged',
  'acknowledges', 'admitted', 'admits', 'conceded', 'concedes', 'claimed', 'claims', 'stressed', 'stresses',
  'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'cautioned', 'cautions', 'concluded', 'concludes',
  // colour: “…,” he quipped.  “…,” she shot back.
  'joked', 'jokes', 'quipped', 'quips', 'shouted', 'shouts', 'yelled', 'yells', 'whispered', 'whispers',
  'murmured', 'sighed', 'laughed', 'cried', 'exclaimed', 'screamed', 'roared', 'snapped', 'scoffed',
  'sneered', 'fumed', 'gushed', 'marveled', 'marvelled', 'deadpanned', 'cracked', 'teased', 'chuckled',
  'blurted', 'bristled', 'grumbled', 'muttered', 'mumbled', 'pleaded', 'implored', 'begged', 'pressed',
  'prodded', 'demanded', 'demands', 'retorted', 'retorts', 'countered', 'counters', 'objected', 'protested',
  'interjected', 'interrupted', 'chimed', 'offered', 'offers', 'volunteered', 'ventured', 'reasoned',
  'reflected', 'reflects', 'mused', 'muses', 'wondered', 'wonders', 'speculated', 'predicted', 'predicts',
  'vowed', 'vows', 'promised', 'promises', 'pledged', 'swore', 'confirmed', 'confirms', 'denied', 'denies',
  'complained', 'complains', 'lamented', 'laments', 'boasted', 'boasts', 'bragged', 'conceded', 'confessed',
  'confided', 'agreed', 'agrees', 'disagreed', 'suggested', 'suggests', 'urged', 'urges', 'advised',
  'maintained', 'maintains', 'contended', 'contends', 'asserted', 'asserts', 'alleges',
  'recounted', 'recounts', 'testified', 'reiterated', 'proclaimed', 'answered', 'answers',
  'commented', 'comments', 'explained', 'questioned', 'queried', 'inquired', 'hinted', 'revealed',
  'reveals', 'reported', 'reports', 'sang', 'sings', 'chanted', 'chants', 'prayed',
  // the written word: “…,” she tweeted / posted / emailed.
  'posted', 'posts', 'tweeted', 'tweets', 'texted', 'emailed', 'e-mailed', 'messaged', 'blogged',
  // participles that carry a quote after a comma: …, saying, “…”
  'insisting', 'saying', 'adding', 'noting', 'stating', 'declaring', 'arguing', 'warning', 'telling',
  'writing', 'explaining', 'calling', 'describing', 'stressing', 'continuing', 'asking', 'according',
  'joking', 'quipping', 'tweeting', 'posting', 'replying', 'responding', 'answering', 'recalling',
  'acknowledging', 'admitting', 'conceding', 'complaining', 'urging', 'promising', 'vowing', 'proclaiming',
  'announcing', 'shouting', 'yelling', 'chanting', 'singing', 'remarking', 'observing', 'concluding',
  'claiming', 'emphasizing', 'emphasising', 'reiterating', 'suggesting', 'predicting', 'boasting',
  'lamenting', 'musing', 'pleading', 'demanding', 'countering', 'retorting', 'confirming', 'denying', 'citing',
];

export const SPEECH_VERBS: ReadonlyMap<string, SpeechVerb> = new Map<string, SpeechVerb>([
  ...SAY_STEMS.map((w) => [w, SAY] as const),
  // “…,” he told Berg.   She told reporters: “…”
  ...['told', 'tells', 'tell', 'informed', 'assured', 'reminded', 'reminds', 'assures'].map((w) => [w, TELL] as const),
  // He hailed the deal as “a turning point”.  She called it “reckless”.
  ...['hailed', 'described', 'describes', 'called', 'calls', 'dubbed', 'branded', 'labelled', 'labeled',
    'termed', 'praised', 'criticised', 'criticized', 'condemned', 'denounced', 'welcomed', 'characterised',
    'characterized', 'slammed', 'blasted', 'dismissed', 'decried', 'likened', 'compared', 'hailing',
    'describing', 'calling', 'dubbing', 'branding', 'mocked', 'ridiculed', 'derided', 'touted', 'lauded'].map((w) => [w, FRAME] as const),
]);

/**
 * Cues of two words, the second a particle: “…,” she shot back.  He pointed out: “…”
 * Key: the verb; value: the particle that must follow it.
 */
export const PHRASAL_CUES: ReadonlyMap<string, string> = new Map([
  ['shot', 'back'], ['fired', 'back'], ['hit', 'back'], ['struck', 'back'], ['pushed', 'back'], ['snapped', 'back'],
  ['pointed', 'out'], ['points', 'out'], ['blurted', 'out'], ['called', 'out'], ['spoke', 'up'], ['went', 'on'],
  ['goes', 'on'], ['chimed', 'in'], ['weighed', 'in'], ['summed', 'up'], ['piped', 'up'], ['cried', 'out'],
  // As Roe put it, “…”
  ['put', 'it'], ['puts', 'it'],
]);

/** Participles that continue the previous speaker's words: “…,” adding, “…” */
export const CONTINUING_PARTICIPLES: ReadonlySet<string> = new Set([
  'adding', 'continuing', 'saying', 'noting', 'stressing', 'insisting', 'explaining', 'arguing', 'warning',
  'stating', 'declaring', 'writing', 'concluding',
]);

/** Words that mark a quote as a label, not speech: the so-called “grain corridor”. */
export const SCARE_MARKERS: ReadonlySet<string> = new Set(['so-called', 'dubbed', 'nicknamed', 'termed', 'known', 'branded', 'labelled', 'labeled', 'titled', 'entitled', 'named', 'styled']);

/**
 * The speech verbs plus a house style's own ("thundered", "harrumphed"), taken as verbs that
 * may come before their speaker, like "said". The base list when `extra` is empty.
 */
export function speechVerbsWith(extra: readonly string[]): ReadonlyMap<string, SpeechVerb> {
  if (extra.length === 0) return SPEECH_VERBS;
  const map = new Map(SPEECH_VERBS);
  for (const w of extra) if (!map.has(w.toLowerCase())) map.set(w.toLowerCase(), SAY);
  return map;
}

/**
 * Verbs of saying that organisations use as often as people ("the Harbour Agency reported", "the ministry
 * confirms"): a cue for a quote, but no sign that the name before it is a person.
 */
const INSTITUTIONAL = new Set(['reported', 'reports', 'revealed', 'reveals', 'confirms', 'denies', 'warns', 'announces',
  'notes', 'states', 'predicts', 'alleges', 'concludes', 'maintains', 'contends', 'asserts', 'stresses', 'emphasizes',
  'emphasises', 'reiterated', 'demands', 'promises', 'vows', 'urges', 'advised', 'testified', 'posts', 'tweets']);

/** A verb of saying whose subject is most often a person ("Okafor said"); see INSTITUTIONAL. */
export function isSpeechVerb(norm: string): boolean {
  return SPEECH_VERBS.has(norm) && !INSTITUTIONAL.has(norm);
}
