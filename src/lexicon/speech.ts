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

export const SPEECH_VERBS: ReadonlyMap<string, SpeechVerb> = new Map<string, SpeechVerb>([
  // “…,” said the minister.   “…,” she says.
  ...['said', 'says', 'say', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'continued', 'continues',
    'explained', 'explains', 'replied', 'replies', 'responded', 'responds', 'recalled', 'recalls', 'remarked',
    'noted', 'notes', 'observed', 'insisted', 'insists', 'argued', 'argues', 'warned', 'warns', 'declared',
    'declares', 'stated', 'states', 'announced', 'announces', 'acknowledged', 'admitted', 'conceded', 'claimed',
    'claims', 'stressed', 'stresses', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'cautioned',
    'concluded', 'joked', 'quipped', 'shouted', 'yelled', 'whispered', 'murmured', 'sighed', 'laughed',
    'predicted', 'vowed', 'promised', 'pledged', 'confirmed', 'denied', 'complained', 'posted', 'tweeted',
    'wrote', 'commented', 'answered', 'agreed', 'countered', 'suggested', 'urged', 'maintained', 'recounted',
    'testified', 'reiterated', 'proclaimed', 'boasted', 'lamented', 'mused', 'offered', 'interjected',
    'insisting', 'saying', 'adding', 'noting', 'stating', 'declaring', 'arguing', 'warning', 'telling',
    'writing', 'explaining', 'calling', 'describing', 'stressing', 'continuing', 'asking', 'according'].map(
    (w) => [w, SAY] as const,
  ),
  // “…,” he told Berg.   She told reporters: “…”
  ...['told', 'tells', 'tell', 'informed', 'assured', 'reminded'].map((w) => [w, TELL] as const),
  // He hailed the deal as “a turning point”.  She called it “reckless”.
  ...['hailed', 'described', 'describes', 'called', 'calls', 'dubbed', 'branded', 'labelled', 'labeled',
    'termed', 'praised', 'criticised', 'criticized', 'condemned', 'denounced', 'welcomed', 'characterised',
    'characterized', 'slammed', 'blasted', 'dismissed', 'decried', 'likened', 'compared', 'hailing',
    'describing', 'calling', 'dubbing', 'branding'].map((w) => [w, FRAME] as const),
]);

/** Participles that continue the previous speaker's words: “…,” adding, “…” */
export const CONTINUING_PARTICIPLES: ReadonlySet<string> = new Set([
  'adding', 'continuing', 'saying', 'noting', 'stressing', 'insisting', 'explaining', 'arguing', 'warning',
  'stating', 'declaring', 'writing', 'concluding',
]);

/** Words that mark a quote as a label, not speech: the so-called “grain corridor”. */
export const SCARE_MARKERS: ReadonlySet<string> = new Set(['so-called', 'dubbed', 'nicknamed', 'termed', 'known', 'branded', 'labelled', 'labeled', 'titled', 'entitled', 'named', 'styled']);

/**
 * The speech verbs plus a house style's own ("thundered", "quipped"), taken as verbs that
 * may come before their speaker, like "said". The base list when `extra` is empty.
 */
export function speechVerbsWith(extra: readonly string[]): ReadonlyMap<string, SpeechVerb> {
  if (extra.length === 0) return SPEECH_VERBS;
  const map = new Map(SPEECH_VERBS);
  for (const w of extra) if (!map.has(w.toLowerCase())) map.set(w.toLowerCase(), SAY);
  return map;
}

export function isSpeechVerb(norm: string): boolean {
  return SPEECH_VERBS.has(norm);
}
