/**
 * Content-word keys for subjects ("people killed or wounded") and events
 * ("met with Okafor in Lagos"), used to decide whether two mentions speak of
 * the same thing. Words are folded to a light lemma and a few synonyms share
 * one key, so "casualties" meets "killed or wounded" and "purchase" meets "buy".
 */
import { foldOffences, offenceKey } from '../lexicon/offences.js';

const STOPWORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'than', 'that', 'this',
  'these', 'those', 'which', 'who', 'when', 'where', 'while', 'it', 'its', 'their', 'his', 'her', 'our', 'they', 'he', 'she', 'we',
  'i', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can',
  'not', 'also', 'more', 'most', 'some', 'all', 'both', 'any', 'such', 'other', 'people', 'person', 'said', 'say', 'says', 'told',
  'tell', 'president', 'worth', 'about', 'after', 'before', 'into', 'over', 'up', 'out', 'much', 'very', 'then', 'there', 'what',
  'did', 'do', 'does', 'so', 'just', 'only', 'still', 'even', 'last', 'previous', 'prior', 'next', 'new', 'one', 'two',
  // Unit words say what a figure is counted in, not what it is of: "10 kilometres" (a depth) and "55 kilometres"
  // (a distance) share nothing. The unit itself is compared apart.
  'metres', 'meters', 'metre', 'meter', 'kilometres', 'kilometers', 'km', 'miles', 'mile', 'feet', 'foot', 'ft',
  'inches', 'yards', 'gallons', 'litres', 'liters', 'acres', 'hectares', 'tonnes', 'tons', 'pounds', 'pound', 'kg', 'lbs',
  // Words of reporting say how a count is known, not what it counts: "60 reported injured", "the confirmed toll".
  'reported', 'confirmed',
  // Who lives somewhere is "people" too: "3,000 residents were evacuated" = "3,000 people were evacuated".
  'residents', 'resident', 'inhabitants', 'villagers', 'locals',
  // "150 passengers aboard" = "150 passengers".
  'aboard', 'onboard',
  // Words of time say when, not what: "$2.1 billion yesterday" and "NT$41.2 yesterday" share no quantity.
  'yesterday', 'today', 'tomorrow', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Light lemma → shared key. Rows: word forms, the key. */
const SYNONYMS: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [['casualty', 'casualties'], ['kill', 'wound']], // "40,000 casualties" = killed or wounded
  [['killed', 'kill', 'kills', 'killing', 'dead', 'death', 'deaths', 'died', 'die', 'fatalities', 'fatality'], ['kill']],
  [['wounded', 'wound', 'wounds', 'wounding', 'injured', 'injury', 'injuries', 'injure', 'injures', 'injuring', 'hurt', 'hurting'], ['wound']],
  // What a disaster does to people, counted as a toll is (see figures-conflicts-rules TALLIES).
  [['evacuated', 'evacuate', 'evacuates', 'evacuating', 'evacuation', 'evacuations', 'evacuee', 'evacuees'], ['evacuate']],
  [['rescued', 'rescue', 'rescues', 'rescuing'], ['rescue']],
  [['missing', 'unaccounted'], ['missing']],
  [['displaced', 'displace', 'uprooted'], ['displace']],
  [['hospitalised', 'hospitalized', 'hospitalisation', 'hospitalization', 'hospitalise', 'hospitalize'], ['hospitalise']],
  // "was found dead on Friday" = "his body was discovered on Saturday".
  [['found', 'find', 'finds', 'discovered', 'discover', 'discovers'], ['find']],
  // "cut 1,200 jobs" = "shed 1,500 jobs" = "axing 900 jobs".
  [['cut', 'cuts', 'cutting', 'shed', 'sheds', 'shedding', 'axe', 'axed', 'axes', 'axing', 'slash', 'slashed', 'slashes', 'slashing', 'eliminate', 'eliminated', 'eliminates', 'eliminating'], ['cut']],
  // "10,000 protesters marched" = "50,000 demonstrators" = "2,000 people attended the rally" = "the crowd": how many came.
  [['protesters', 'protester', 'demonstrators', 'demonstrator', 'marchers', 'marcher', 'crowd', 'crowds', 'attended', 'gathered', 'marched', 'rallied', 'protested', 'demonstrated'], ['crowd']],
  // "fined Vexel $5 million" = "a $7 million fine".
  [['fine', 'fined', 'fines', 'fining'], ['fine']],
  // "pledged $10 million" = "promised $25 million". ("sent" and "deployed" are left apart: "two countries sent
  // four planes" is a part of "14 planes were deployed".)
  [['pledged', 'pledge', 'pledges', 'pledging', 'promised', 'promise', 'promises', 'vowed'], ['pledge']],
  // "at a depth of 12 km" = "35 kilometres deep".
  [['deep', 'depth'], ['depth']],
  [['purchase', 'purchased', 'purchasing', 'buy', 'buying', 'bought', 'acquire'], ['buy']],
  [['weapons', 'weapon', 'arms', 'weaponry', 'munitions'], ['weapon']],
  // "fired 11 shots" = "sprayed a dozen bullets" = "unleashed 30 rounds": how many shots a gun fired. ("round"
  // alone is left out: "the first round" of a vote or a fight is no shot.)
  [['shot', 'shots', 'gunshot', 'gunshots', 'bullet', 'bullets', 'rounds'], ['shot']],
  [['fired', 'firing', 'sprayed', 'spraying', 'unleashed', 'unleashing'], ['fired']],
  [['meeting', 'meet', 'met', 'meets', 'encounter', 'summit', 'talks', 'talk', 'gathering', 'discussions', 'discussion'], ['meet']],
  [['offered', 'offer', 'offers', 'offering'], ['offer']],
  [['troops', 'troop', 'soldiers', 'soldier', 'servicemen'], ['troop']],
  [['u.s.', 'us', 'american', 'united', 'states'], ['us']],
  // "covers some 12,000 workers" = "applies to around 15,000 workers": the group a measure reaches.
  [['cover', 'covers', 'covered', 'covering', 'apply', 'applies', 'applied', 'extend', 'extends', 'extended', 'affect', 'affects', 'affected'], ['cover']],
  // "burned roughly 11,000 hectares" = "consumed 9,500 hectares"
  [['burn', 'burns', 'burned', 'burnt', 'burning', 'consume', 'consumes', 'consumed', 'scorched', 'charred', 'ravaged'], ['burn']],
  [['fire', 'fires', 'wildfire', 'wildfires', 'blaze', 'blazes', 'flames', 'flame', 'bushfire', 'bushfires'], ['fire']],
  // "signed an agreement" = "reached a deal" = "agreed": one settlement.
  [['agreement', 'agreements', 'agree', 'agreed', 'deal', 'deals', 'accord', 'accords', 'settlement', 'pact', 'treaty'], ['deal']],
  // "the court ruled" = "the ruling" = "the judgment was delivered" = "upheld the fine": one decision.
  // ("rule" and "rules" are left out: more often regulations than a decision.)
  // "escaped from a prison van" = "the escape": one breakout (a once-only event, see dates-events.ts).
  [['escaped', 'escape', 'escapes', 'escaping', 'jailbreak', 'breakout'], ['escape']],
  // "a 6.1-magnitude quake" = "the earthquake" = "the tremor": one shock.
  [['quake', 'quakes', 'earthquake', 'earthquakes', 'tremor', 'tremors', 'temblor', 'temblors'], ['quake']],
  // "was felt clearly for 20 seconds" = "shook houses for a minute": how long the ground shook.
  [['felt', 'shook', 'shake', 'shakes', 'shaking', 'shaken', 'jolted', 'rattled', 'swayed'], ['shake']],
  // "fell 45 metres" = "falling about 150ft" = "plunged 300m": one fall's height.
  [['fell', 'fall', 'falls', 'falling', 'fallen', 'plunged', 'plunge', 'plunging', 'tumbled', 'tumbling'], ['fall']],
  // "a mother of 12" = "a mom of 12": her children (see extract/figures kinCount).
  [['mom', 'moms', 'mum', 'mums', 'mother', 'mothers'], ['mother']],
  [['dad', 'dads', 'father', 'fathers'], ['father']],
  // "300 homes destroyed" = "2,400 houses damaged": dwellings.
  [['home', 'homes', 'house', 'houses', 'dwelling', 'dwellings'], ['house']],
  // "checked into a clinic" = "entered rehab" = "was admitted to hospital": one admission (see dates-events.ts).
  [['entered', 'checked', 'admitted', 'admission', 'admitting'], ['admit']],
  // "was arrested on Monday" = "police detained him" = "was taken into custody": one arrest (see dates-events.ts).
  [['arrested', 'arrest', 'arrests', 'detained', 'detain', 'detention', 'apprehended', 'apprehend', 'custody', 'nabbed'], ['arrest']],
  [['pulledover'], ['pullover']],
  // "resigned" = "stepped down" = "quit": one resignation.
  [['resigned', 'resign', 'resigns', 'resignation', 'quit', 'quits', 'stepdown'], ['resign']],
  // "hired" = "appointed" = "brought back": one hiring.
  [['hired', 'hire', 'hires', 'rehired', 'appointed', 'appoint', 'appointment', 'broughtback'], ['hire']],
  // A debate's length, as a noun or a verb: "a 14-hour debate" = "debated for 9 hours" (see STRETCHES).
  [['debate', 'debates', 'debated', 'debating'], ['debate']],
  // A jury's deliberation, as a noun or a verb: "after 18 hours of deliberation" = "deliberated for 25 hours" (see STRETCHES).
  [['deliberation', 'deliberations', 'deliberated', 'deliberating'], ['deliberate']],
  // "turnout reached 71 percent" = "64% of eligible voters participated": the share of voters who voted.
  [['turnout', 'participation', 'participated'], ['turnout']],
  // "was convicted" = "found guilty" = "the guilty verdict": one conviction.
  [['convicted', 'convict', 'conviction', 'guilty'], ['convict']],
  [['sentenced', 'sentencing', 'sentence', 'sentences', 'jailed', 'imprisoned'], ['sentence']],
  [['ruled', 'ruling', 'rulings', 'judgment', 'judgement', 'judgments', 'verdict', 'verdicts', 'upheld', 'overturned', 'quashed'], ['ruling']],
  // "signed", "re-signed", "picked up Leo Varga", "claimed Varga off waivers": one player's signing (see dates-events.ts).
  // ("sign" and "signs" are left out: more often "a sign of" than a signing.)
  [['signed', 'signing', 'pickedup', 'claimedoff'], ['sign']],
];
const SYNONYM_OF = new Map<string, readonly string[]>();
for (const [forms, keys] of SYNONYMS) for (const f of forms) SYNONYM_OF.set(f, keys);

/** Heads of closed compounds that also name the group alone: "dockworkers" are "workers", "shareholders" "holders". */
const COMPOUND_HEADS = ['worker', 'driver', 'owner', 'holder'];

function compoundHead(key: string): string | null {
  return COMPOUND_HEADS.find((h) => key.length >= h.length + 3 && key.endsWith(h)) ?? null;
}

function lemma(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/**
 * `contentKeys` remembered per phrase for one run: sources repeat subjects and events, and the arrays are only read.
 * `drop`: keys left out when others remain (a figure's "toll" of "death toll" says only that the dead are counted).
 */
export function memoKeys(drop: ReadonlySet<string> = NONE): (phrase: string | null) => string[] {
  const known = new Map<string, string[]>();
  return (phrase) => {
    if (!phrase) return [];
    let keys = known.get(phrase);
    if (!keys) {
      keys = contentKeys(phrase);
      if (keys.length > 1 && keys.some((k) => drop.has(k))) keys = keys.filter((k) => !drop.has(k));
      known.set(phrase, keys);
    }
    return keys;
  };
}

const NONE: ReadonlySet<string> = new Set();

/** "picked up Leo Varga", "picked up veteran running back Leo Varga": a name after at most three words that are no article or preposition. */
const PICKED_UP = /\bpicked up (?=(?:(?!(?:the|a|an|against|for|from|with|to|at|in|on|by|of|and)\b)[a-z][a-z-]* |[A-Z]{2,3} ){0,3}\p{Lu})/gu;

/** Sorted, de-duplicated content keys of a phrase; empty for null. */
export function contentKeys(phrase: string | null): string[] {
  if (!phrase) return [];
  const out = new Set<string>();
  // "ruled out a ceasefire" refuses something; it is no court's ruling.
  // "picked up Leo Varga" signs a player; "picked up the pace" does not
  let folded = phrase.replace(PICKED_UP, 'pickedup ').replace(/\bclaimed(?= (?:\S+ ){1,4}off waivers\b)/g, 'claimedoff').toLowerCase().replace(/[’‘]/g, "'").replace(/'s\b/g, '').replace(/\brul(?:ed|es|ing) out\b/g, 'ruleout')
    // "stepped down" resigns; "stepped up patrols" does not.
    .replace(/\bstep(?:ped|s|ping)? down\b/g, 'stepdown')
    // "was pulled over", "pulled him over", "police stopped his car": one traffic stop (see dates-events.ts)
    // ("pulled Tom Alder over", not "pulled out over costs")
    .replace(/\bpull(?:ed|s|ing)? ((?:(?!out |up |back |down |off |away |in |ahead )\S+ ){0,2})over\b/g, 'pulledover $1')
    .replace(/\b(?:police|officers?|cops?|troopers?|deputies|patrolm[ae]n) (?:had )?stopped\b|\bstopped by (?:police|an? (?:officer|trooper|deputy|patrolman)|officers|troopers|deputies)\b/g, 'pulledover')
    .replace(/\b(?:brought|brings|bring|bringing) (?:\S+ )?back\b/g, 'broughtback')
    // "were taken to hospital" = "were hospitalised" ("admitted to hospital" is an admission: see dates-events.ts).
    .replace(/\b(?:taken|rushed|brought|flown|airlifted) to (?:a |the )?hospitals?\b/g, 'hospitalised')
    .replace(/\b(?:made|left|rendered) homeless\b/g, 'homeless')
    // "voters went to the polls", "electors took part", "voters turned out": a turnout, as "participated" is.
    // ("voters voted for Alder", "cast ballots against the plan": a share of the vote, not a turnout.)
    .replace(/\b(voters?|electors?|electorate)((?: (?:had|have|has|been|already|reportedly))*) (?:voted|(?:went|gone|go|going) to the polls|(?:took|taken|take|taking) part|turned out)\b(?! (?:for|against|to|in favou?r|yes|no)\b)/g, '$1$2 participated')
    .replace(/\bturned out\b/g, 'attended')
    // "cast ballots", "cast their votes" = "voted": a turnout.
    .replace(/\bcast (?:their |a )?(?:ballots?|votes?)\b(?! (?:for|against|in favou?r)\b)/g, 'participated')
    // "15,000" is one number, not "15" and "000".
    .replace(/(\d),(?=\d{3}\b)/g, '$1');
  // "a DWI conviction" = "convicted of driving under the influence": one offence, one key (lexicon/offences.ts)
  folded = foldOffences(folded);
  for (const raw of folded.split(/[^\p{L}\p{N}.]+/u)) {
    const w = raw.replace(/^\.+|\.+$/g, '');
    if (w.length < 2 && !/\d/.test(w)) continue;
    if (STOPWORDS.has(w)) continue;
    const syn = SYNONYM_OF.get(w) ?? SYNONYM_OF.get(lemma(w));
    if (syn) for (const k of syn) out.add(k);
    else out.add(offenceKey(w) ?? lemma(w));
    const head = compoundHead(lemma(w));
    if (head) out.add(head);
  }
  return [...out].sort();
}

export interface Similarity { readonly shared: number; readonly overlap: number; readonly jaccard: number }

export function similarity(a: readonly string[], b: readonly string[]): Similarity {
  const set = new Set(a);
  let shared = 0;
  for (const k of b) if (set.has(k)) shared++;
  const min = Math.min(a.length, b.length);
  const union = a.length + b.length - shared;
  return { shared, overlap: min === 0 ? 0 : shared / min, jaccard: union === 0 ? 1 : shared / union };
}

/** Same thing, loosely: enough to merge two mentions that already agree on the value. */
export function sameTopic(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return a.length === b.length;
  const s = similarity(a, b);
  return s.shared >= 1 && s.overlap >= 0.5;
}

/** Same thing, strictly: enough to call two different values a conflict. */
export function sameSubject(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const s = similarity(a, b);
  return s.shared >= 2 && s.jaccard >= 0.5;
}

/** Keys shared by more than this many clusters are too common to block on. */
export const MAX_BLOCK = 64;
