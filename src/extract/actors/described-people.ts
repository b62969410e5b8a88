import type { ActorMention, ActorOccurrence } from '../../model/mention.js';
import type { ParsedSource, Token } from '../../nlp/types.js';
import { COMMON_WORD_TAGS, hasAnyTag, hasTag, PERSON_TAGS, PLACE_TAGS, ORG_TAGS } from '../../nlp/lexicon.js';
import { DESCRIBED_PERSON_MODIFIERS, DESCRIBED_PERSON_NOUNS, NOUN_GENDER, PARENT_NOUNS, PEOPLE_PLURALS, SUBJECT_NOUNS } from '../../lexicon/described-people.js';
import { actorGender } from '../quotes/context.js';
import { COMPASS_POINTS } from '../../lexicon/places.js';
import { DESCRIPTOR_ADJECTIVES, ROLE_HEADS } from '../../lexicon/people.js';
import { ARTICLES, namedAnchors, toActors } from './venues.js';
import { isCapitalised, isFunctionWord, isPossessive, nameKey, stripPossessive } from './words.js';

/**
 * People an article tells by a description tied to a named place, organisation or people rather than by
 * a name: "a Dorvale man", "a Lampton mother of five", "a Kestrel Times correspondent", "Vexel executives",
 * "Velmoran officials", and a people's name in the plural: "two Britons", "Velmorans queued to vote".
 *
 * Each is keyed by what the person is and what ties it down (`person:man|dorvale`, `person:group of
 * official|vexel`, `person:velmorans`): two descriptions meet across outlets only when both agree, never
 * with a named actor. Where the article ties the description to one named person, it is that person's
 * instead (a form of theirs and a role, see `attach`): by the words ("Tom Alder, a Dorvale man,"), or by
 * the lead that keeps the name for the next sentence ("A Dorvale man was charged … Tom Alder, 27, …"),
 * or by the story's subject, named far more than anyone else who fits. A description tied to two people
 * stays a description of its own: two people are never one. One about the story's subject that nothing
 * ties and that only ever comes with "the" ("the Dorvale man") speaks of someone named elsewhere: it is
 * no actor of its own.
 *
 * Runs after speakers are found: a described person never speaks for a quote here.
 */
export function findDescribedPeople(
  doc: ParsedSource,
  actors: readonly ActorMention[],
  tokenActor: ReadonlyMap<number, string>,
  taken: number,
): { actors: ActorMention[]; described: ActorMention[] } {
  const tokens = doc.tokens;
  const { named, kindOf, runEnd } = namedAnchors(doc, actors, tokenActor);
  const headline = (p: number) => isHeadline(doc, p);
  const isPersonAt = (i: number) => kindOf.get(tokenActor.get(i) ?? '')?.kind === 'person';
  const found: Found[] = [];
  doc.sentences.forEach((s, sentence) => {
    const end = s.endToken;
    if (headline(s.paragraph)) for (let k = s.firstToken + 1; k < end; k++) titleDescriptions(k, s.firstToken, sentence);
    const heading = doc.paragraphs[s.paragraph]!.heading;
    // Most sentences hold no person noun and no people's name in the plural: nothing to look for there.
    let any = false;
    for (let i = s.firstToken; i < end && !any; i++) any = DESCRIBED_PERSON_NOUNS.has(stripPossessive(tokens[i]!.norm)) || demonymNoun(tokens[i]!);
    if (!any) return;
    for (let i = s.firstToken; i < end; i++) {
      const t = tokens[i]!;
      if (!isCapitalised(t)) continue;
      const local = tokenActor.get(i);
      if (local !== undefined && i > s.firstToken && tokenActor.get(i - 1) === local) continue; // inside a name
      // 1. "a Dorvale man", "Vexel executives", "Velmoran officials": what ties it down, then who.
      // A title in capitals ("Jury Convicts Dorvale Man") says a description only as its story does: see `echoed`.
      // An anchor is read only where a person noun follows within a few words ("a North Dorvale County man").
      let soon = false;
      for (let k = i + 1; k < end && k <= i + 6 && !soon; k++) soon = DESCRIBED_PERSON_NOUNS.has(stripPossessive(tokens[k]!.norm));
      const anchor = soon ? anchorAt(i, end, s.firstToken, heading) : undefined;
      if (anchor) {
        let j = anchor.end;
        const fits = (k: number) => k < end && !tokenActor.has(k) && lowerWord(tokens[k]!);
        while (fits(j) && j - anchor.end < 2 && DESCRIBED_PERSON_MODIFIERS.has(tokens[j]!.norm)) j++;
        const noun = fits(j) ? DESCRIBED_PERSON_NOUNS.get(stripPossessive(tokens[j]!.norm)) : undefined;
        if (noun && !nounGoesOn(j + 1, end)) {
          let last = j;
          // "a Lampton mother of five": the children counted are part of who she is.
          if (PARENT_NOUNS.has(noun.head) && !noun.plural && j + 2 < end && tokens[j + 1]!.norm === 'of' && isCount(tokens[j + 2]!)) last = j + 2;
          found.push({ first: i, end: last + 1, key: `person:${noun.plural ? 'group of ' : ''}${noun.head}|${anchor.key}`, plural: noun.plural, head: noun.head, sentence, titled: false });
          i = last;
          continue;
        }
      }
      // 2. "the Velmoran won", "two Britons": a people's name standing for a person or a group.
      const demonym = demonymNoun(t);
      if (demonym && local === undefined && !heading && standsAlone(i, end, s.firstToken)) {
        found.push({ first: i, end: i + 1, key: `person:${nameKey(t.text)}`, plural: true, head: null, sentence, titled: false });
      }
    }
  });
  // "Jury Convicts Dorvale Man", "Dorv. man guilty": a heading's capitals make any run look like a
  // description; one the story itself gives ("a Dorvale man") is one.
  // "Dorv. man" where the story says "a Dorvale man": the place cut short is that place.
  const full = (f: Found): Found => {
    if (!f.key.endsWith('.')) return f;
    const whole = found.find((g) => g !== f && !g.key.endsWith('.') && echoes(f.key, g.key));
    return whole ? { ...f, key: whole.key } : f;
  };
  const story = found.filter((f) => !f.titled).map(full);
  const covered = new Set(story.flatMap((f) => [f.end - 1]));
  const echoed = [...story, ...found.filter((f) => f.titled && !covered.has(f.end - 1) && story.some((g) => echoes(f.key, g.key))).map(full)];
  return attach(doc, actors, tokenActor, echoed, taken, isPersonAt, runEnd);

  /**
   * In a headline, where capitals and dropped articles say little, each run of one to three words before
   * a person noun may name a place: "Jury Convicts Dorvale Man" tries "Dorvale", "Convicts Dorvale", …;
   * "Dorv. man guilty" tries "Dorv.". Only one the story repeats counts (see `echoed`).
   */
  function titleDescriptions(k: number, first: number, sentence: number): void {
    const noun = DESCRIBED_PERSON_NOUNS.get(stripPossessive(tokens[k]!.norm));
    if (!noun || tokenActor.has(k) || tokens[k]!.kind !== 'word' || (lowerWord(tokens[k]!) && tokens[k - 1]?.text !== '.')) return;
    let i = k;
    for (let n = 0; n < 3; n++) {
      if (i - 1 >= first && tokens[i - 1]!.text === '.' && tokens[i - 1]!.glued) i--; // "Dorv. man"
      if (i - 1 < first || !isCapitalised(tokens[i - 1]!) || isFunctionWord(tokens[i - 1]!)) return;
      i--;
      const text = doc.text.slice(tokens[i]!.start, tokens[k - 1]!.end);
      const key = tokenActor.has(i) && runEnd(i) === k ? nameKey(kindOf.get(tokenActor.get(i)!)!.name) : nameKey(text.replace(/\.$/, '')) + (text.endsWith('.') ? '.' : '');
      found.push({ first: i, end: k + 1, key: `person:${noun.plural ? 'group of ' : ''}${noun.head}|${key}`, plural: noun.plural, head: noun.head, sentence, titled: true });
    }
  }

  /**
   * The named place, organisation or people that starts at `i`: an actor's run of tokens ("Vexel"),
   * capitalised words no actor took that are no ordinary words ("Dorvale", "CXR"), or a people's
   * adjective ("Velmoran", "North Velmoran"). At a sentence's start or in a heading, only an actor or
   * a word the word lists know as no common word: "Local officials", "Police officers" are no anchor.
   */
  function anchorAt(i: number, end: number, first: number, heading: boolean): { end: number; key: string } | undefined {
    const t = tokens[i]!;
    const prev = i > first ? tokens[i - 1]! : undefined;
    if (prev && isCapitalised(prev) && !ARTICLES.has(prev.norm) && !(tokenActor.has(i) && tokenActor.get(i - 1) !== tokenActor.get(i))) return undefined;
    if (DESCRIBED_PERSON_MODIFIERS.has(t.norm) || DESCRIBED_PERSON_NOUNS.has(t.norm) || DESCRIPTOR_ADJECTIVES.has(t.norm)) return undefined;
    const people = (k: number) => k < end && isCapitalised(tokens[k]!) && !tokenActor.has(k) && hasTag(stripPossessive(tokens[k]!.norm), 'Demonym');
    if (people(i)) return { end: i + 1, key: nameKey(t.text) };
    if (COMPASS_POINTS.has(t.norm) && people(i + 1)) return { end: i + 2, key: nameKey(`${t.text} ${tokens[i + 1]!.text}`) };
    // "the Bureau of Inquiry expert": the tail of a longer name, which no actor took, ties nothing down.
    if (!tokenActor.has(i) && i - 2 >= first && tokens[i - 1]!.norm === 'of' && isCapitalised(tokens[i - 2]!)) return undefined;
    const there = named(i, end, true);
    if (!there) return undefined;
    if (!tokenActor.has(i)) {
      for (let k = i; k < there.end; k++) {
        const norm = stripPossessive(tokens[k]!.norm);
        if (hasAnyTag(norm, COMMON_WORD_TAGS) && !hasAnyTag(norm, NAME_TAGS)) return undefined;
      }
      if (isPossessive(tokens[there.end - 1]!)) return undefined; // "Alder's lawyer": someone's, not from somewhere
    }
    // A capital that only opens a sentence (after a quote mark, too) says nothing: "Frightened residents".
    let opener = first;
    while (opener < i && tokens[opener]!.kind !== 'word') opener++;
    // An actor there needs more than that one spot: "Frightened residents" taken for a place's people.
    const known = hasAnyTag(stripPossessive(t.norm), NAME_TAGS);
    if ((i === opener || heading) && !known && (!tokenActor.has(i) || (there.end === i + 1 && kindOf.get(tokenActor.get(i)!)!.count < 2))) return undefined;
    // "Dorv. man": a place cut short, its full stop part of it.
    if (tokens[there.end]?.text === '.' && tokens[there.end]!.glued && there.end + 1 < end && lowerWord(tokens[there.end + 1]!)) return { end: there.end + 1, key: `${there.key}.` };
    return there;
  }

  /** The noun goes on into a longer one: "a Kestrel fan club", "Vexel officer training". */
  function nounGoesOn(k: number, end: number): boolean {
    if (k >= end) return false;
    const n = tokens[k]!;
    if (n.kind !== 'word' || !lowerWord(n)) return false;
    return GROUP_HEADS.has(n.norm) || (hasAnyTag(n.norm, NOUN_TAGS) && !hasAnyTag(n.norm, VERB_TAGS));
  }

  /**
   * A people's name in the plural that is a noun here ("Britons", "three Velmorans said"), not an
   * adjective of a list ("Velmoran and Dorvish troops") nor the start of a name ("Velmorans for Peace",
   * "Young Velmorans"). A people's name in the singular is one person the article has named or will:
   * "the Velmoran said" is left to whoever that is.
   */
  function standsAlone(i: number, end: number, first: number): boolean {
    const next = i + 1 < end ? tokens[i + 1]! : undefined;
    if (next && isCapitalised(next)) return false;
    if (next && (next.norm === 'and' || next.norm === 'or' || next.text === ',' || next.text === '/') && i + 2 < end && demonymNoun(tokens[i + 2]!)) return false;
    if (next && next.glued && (next.text === '-' || next.kind === 'word')) return false;
    const prev = i > first ? tokens[i - 1]! : undefined;
    return !(prev && isCapitalised(prev) && !isPossessive(prev) && !ARTICLES.has(prev.norm) && !isCount(prev));
  }
}

interface Found {
  readonly first: number;
  readonly end: number;
  readonly key: string;
  readonly plural: boolean;
  /** The noun that says who ("man"), or null for a people's name ("the Velmoran"). */
  readonly head: string | null;
  /** Index of the sentence it stands in. */
  readonly sentence: number;
  /** Read in a title whose capitals say nothing ("Dorvale Man Charged"). */
  readonly titled: boolean;
}

/**
 * Descriptions the article ties to one named person become that person's; the rest are described people
 * of their own. Ties, by the words: "Dorvale man Tom Alder" (a role, the name is right there), "Tom Alder,
 * a Dorvale man", "Tom Alder, 27, a Dorvale man", "a Dorvale man, Tom Alder,". And by the story: a
 * description of who the subject is ("a Dorvale man", not "a Vexel spokesman") is the person the article
 * names far more than any other who could be it (see `subjectOf`).
 */
function attach(
  doc: ParsedSource,
  actors: readonly ActorMention[],
  tokenActor: ReadonlyMap<number, string>,
  found: readonly Found[],
  taken: number,
  isPersonAt: (i: number) => boolean,
  runAfter: (i: number) => number,
): { actors: ActorMention[]; described: ActorMention[] } {
  // Most articles describe no one: nothing to tie, nothing to read (the ages below scan every word).
  if (found.length === 0) return { actors: [...actors], described: [] };
  const tokens = doc.tokens;
  const headline = (p: number) => isHeadline(doc, p);
  const startsPerson = (k: number) => k < tokens.length && isPersonAt(k) && tokenActor.get(k - 1) !== tokenActor.get(k);
  const byLocal = new Map(actors.map((a) => [a.local, a]));
  const kindOf = (local: string) => byLocal.get(local)!;
  /**
   * The person the sentence `k` or the two after it give an age ("Tom Alder, 27,", "27-year-old Tom
   * Alder"), when one fits sex `sex`: the only one not known to be of the other sex, or the only one
   * known to be of this one.
   */
  const agedNear = (f: Found, k: number, sex: 'male' | 'female' | undefined): string | undefined => {
    const aged: string[] = [];
    for (let n = k; n <= k + 2 && n < doc.sentences.length; n++) {
      const { firstToken, endToken } = doc.sentences[n]!;
      for (let i = firstToken; i < endToken; i++) {
        if (!isPersonAt(i) || tokenActor.get(i - 1) === tokenActor.get(i)) continue;
        let j = runAfter(i);
        if (tokens[j]?.text === '.' && tokens[j]!.glued) j++; // "Ray Dunmore Jr., 49,"
        const after = tokens[j]?.text === ',' && /^\d{1,3}$/.test(tokens[j + 1]?.text ?? '') && (tokens[j + 2]?.text === ',' || tokens[j + 2]?.text === '.');
        const before = i > firstToken && /^\d{1,3}-year-old$/.test(tokens[i - 1]!.norm);
        const local = tokenActor.get(i)!;
        if ((after || before) && !aged.includes(local)) aged.push(local);
      }
    }
    const gender = (local: string) => told.get(local) ?? actorGender(kindOf(local));
    const fits = aged.filter((local) => !holdsOffice(kindOf(local)) && (!sex || (gender(local) ?? sex) === sex) && sameAge(f, local));
    if (fits.length === 1) return fits[0];
    const sure = fits.filter((local) => sex && gender(local) === sex);
    return sure.length === 1 ? sure[0] : undefined;
  };
  /** The ages the article gives each person: "Tom Alder, 27,", "27-year-old Tom Alder". */
  const ages = new Map<string, Set<number>>();
  for (let i = 0; i < tokens.length; i++) {
    if (!isPersonAt(i) || tokenActor.get(i - 1) === tokenActor.get(i)) continue;
    let j = runAfter(i);
    if (tokens[j]?.text === '.' && tokens[j]!.glued) j++;
    const after = tokens[j]?.text === ',' && /^\d{1,3}$/.test(tokens[j + 1]?.text ?? '') ? Number(tokens[j + 1]!.text) : null;
    const before = i > 0 ? AGE.exec(tokens[i - 1]!.norm) : null;
    for (const age of [after, before ? Number(before[1]) : null]) if (age !== null) (ages.get(tokenActor.get(i)!) ?? ages.set(tokenActor.get(i)!, new Set()).get(tokenActor.get(i)!)!).add(age);
  }
  /** The age a description gives ("a 48-year-old Dorvale woman"), which the person must be given too. */
  const ageOf = (f: Found) => {
    const m = f.first > 0 ? AGE.exec(tokens[f.first - 1]!.norm) : null;
    return m ? Number(m[1]) : null;
  };
  const sameAge = (f: Found, local: string) => {
    const age = ageOf(f);
    return age === null || (ages.get(local)?.has(age) ?? false);
  };
  /** "a Dorvale man", "the Dorvale man", "a 27-year-old Dorvale man", a headline's "Dorvale man …": not "one Dorvale man" of a list. */
  const determiner = (f: Found): string | null => {
    const { firstToken, paragraph } = doc.sentences[f.sentence]!;
    let k = f.first - 1;
    while (k >= firstToken && k > f.first - 3 && (AGE.test(tokens[k]!.norm) || (lowerWord(tokens[k]!) && (DESCRIPTOR_ADJECTIVES.has(tokens[k]!.norm) || hasTag(tokens[k]!.norm, 'Adjective'))))) k--;
    if (k < firstToken) return '';
    if (ARTICLES.has(tokens[k]!.norm)) return tokens[k]!.norm;
    // A headline drops its articles: "Jury convicts Dorvale man", "trial of Dorvale mother of five".
    return headline(paragraph) && !isCount(tokens[k]!) ? '' : null;
  };
  const byArticle = (f: Found) => determiner(f) !== null;
  /** A description that opens someone to the reader: after "a"/"an" (an age or adjective between), or bare. */
  const opensStory = (f: Found) => ['', 'a', 'an'].includes(determiner(f) ?? 'none');
  const linked = new Map<string, Set<string>>();
  const link = (key: string, who: string) => (linked.get(key) ?? linked.set(key, new Set()).get(key)!).add(who);
  const roleOnly = new Set<Found>();
  for (const f of found) {
    if (f.plural) continue;
    // "Dorvale man Tom Alder": a role before the name.
    const stop = doc.sentences[f.sentence]!.endToken;
    if (f.end < stop && startsPerson(f.end)) {
      link(f.key, tokenActor.get(f.end)!);
      roleOnly.add(f);
      continue;
    }
    let who: string | undefined;
    // "a Dorvale man, Tom Alder, said"
    if (f.end + 1 < stop && tokens[f.end]!.text === ',' && startsPerson(f.end + 1)) {
      const j = runAfter(f.end + 1);
      if (j >= stop || [',', '(', '.'].includes(tokens[j]!.text)) who = tokenActor.get(f.end + 1);
    } else {
      // "Tom Alder, a Dorvale man", "Tom Alder, 27, an unemployed Dorvale man"
      let k = f.first - 1;
      while (k >= 0 && k > f.first - 4 && lowerWord(tokens[k]!) && !ARTICLES.has(tokens[k]!.norm)) k--;
      if (k >= 1 && ARTICLES.has(tokens[k]!.norm) && tokens[k - 1]!.text === ',') {
        let p = k - 2;
        if (p >= 1 && /^\d+$/.test(tokens[p]!.text) && tokens[p - 1]!.text === ',') p -= 2;
        if (p >= 0 && isPersonAt(p) && tokenActor.get(p + 1) !== tokenActor.get(p)) who = tokenActor.get(p);
      }
    }
    if (who !== undefined) link(f.key, who);
  }
  const owner = new Map<string, string>();
  for (const [key, who] of linked) if (who.size === 1) owner.set(key, [...who][0]!);
  // "Ana Ruiz, a Dorvale woman": she is no man, whatever her first name says.
  const told = new Map<string, 'male' | 'female'>();
  for (const f of found) {
    const sex = f.head === null ? undefined : NOUN_GENDER.get(f.head);
    const who = owner.get(f.key);
    if (sex && who !== undefined) told.set(who, sex);
  }
  // Where the story first names each actor: a headline names its subject before the lead tells who
  // they are ("Ana Ruiz Convicted" over "A Dorvale woman was convicted …").
  const firstSeen = new Map<string, number>();
  for (const s of doc.sentences) {
    if (headline(s.paragraph)) continue;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const local = tokenActor.get(i);
      if (local !== undefined && !firstSeen.has(local)) firstSeen.set(local, tokens[i]!.start);
    }
  }
  // "A Dorvale man was charged … Tom Alder, 27, was …": the lead keeps the name for the next sentences,
  // which open with it and an age.
  for (const f of found) {
    if (f.plural || f.head === null || linked.has(f.key) || owner.has(f.key) || !SUBJECT_NOUNS.has(f.head)) continue;
    if (!opensStory(f)) continue;
    const sex = NOUN_GENDER.get(f.head);
    const who = agedNear(f, f.sentence + (headline(doc.sentences[f.sentence]!.paragraph) ? 0 : 1), sex);
    if (who === undefined) continue;
    owner.set(f.key, who);
    if (sex) told.set(who, sex);
  }
  // Twice: "a Dorvale woman" found to be Ana Ruiz says Ana Ruiz is no "Lampton man".
  for (let pass = 0; pass < 2; pass++) {
    for (const f of found) {
      if (f.plural || f.head === null || linked.has(f.key) || owner.has(f.key) || !SUBJECT_NOUNS.has(f.head) || !byArticle(f)) continue;
      const sex = NOUN_GENDER.get(f.head) ?? null;
      const who = subjectOf(actors, sex, told);
      if (who === undefined || !sameAge(f, who)) continue;
      // "a Dorvale man" after the subject is named is someone new; "the Dorvale man" is the one named before.
      const seen = firstSeen.get(who) ?? Infinity;
      const early = found.some((g) => g.key === f.key && tokens[g.first]!.start < seen);
      const introduced = found.some((g) => g.key === f.key && ARTICLES.has(tokens[g.first - 1]?.norm ?? '') && tokens[g.first - 1]!.norm !== 'the' && tokens[g.first]!.start > seen);
      if (introduced && !early) continue;
      owner.set(f.key, who);
      if (sex) told.set(who, sex);
    }
  }
  // "a Dorvale woman" and "a Dorvale mother" of one article, one of them Ana Ruiz's: both are hers.
  for (const f of found) {
    if (f.plural || f.head === null || owner.has(f.key) || linked.has(f.key) || !SUBJECT_NOUNS.has(f.head) || !byArticle(f)) continue;
    const where = f.key.slice(f.key.indexOf('|'));
    const sex = NOUN_GENDER.get(f.head);
    const mates = new Set(found.filter((g) => g !== f && !g.plural && g.key.endsWith(where) && owner.has(g.key) && (!sex || (told.get(owner.get(g.key)!) ?? sex) === sex)).map((g) => owner.get(g.key)!));
    if (mates.size === 1 && sameAge(f, [...mates][0]!)) owner.set(f.key, [...mates][0]!);
  }
  const extra = new Map<string, Found[]>();
  for (const f of found) {
    const who = owner.get(f.key);
    if (who !== undefined) (extra.get(who) ?? extra.set(who, []).get(who)!).push(f);
  }
  const out = actors.map((a) => {
    const more = extra.get(a.local);
    if (!more) return a;
    const occurrences: ActorOccurrence[] = [...a.occurrences];
    const roles = [...a.roles];
    let count = a.count;
    for (const f of more) {
      const start = tokens[f.first]!.start;
      const last = tokens[f.end - 1]!;
      const stop = last.end - (last.text.length - stripPossessive(last.text).length);
      const text = doc.text.slice(start, stop);
      const role = text.replace(/\s+/g, ' ');
      if (!roles.some((r) => r.toLowerCase() === role.toLowerCase())) roles.push(role);
      if (roleOnly.has(f)) continue;
      count++;
      if (!occurrences.some((o) => o.text === text)) occurrences.push({ source: doc.id, start, end: stop, text, rule: 'described-person' });
    }
    return { ...a, occurrences, roles, count };
  });
  // "the Dorvale man" no one is tied to speaks of someone named elsewhere: no new actor for it.
  const definite = (f: Found) => tokens[f.first - 1]?.norm === 'the';
  const backRef = (f: Found) => !f.plural && f.head !== null && SUBJECT_NOUNS.has(f.head) && found.every((g) => g.key !== f.key || definite(g));
  const own = found.filter((f) => !owner.has(f.key) && !backRef(f));
  return { actors: out, described: toActors(doc, own, taken, 'person', 'described-person') };
}

/**
 * The person a story is about, as far as a description of sex `gender` can tell: of the people the
 * article names who could be it (not known to be of the other sex), the one named at least three
 * times and more than twice as often as the next. Otherwise none: a guess between two is no tie.
 */
function subjectOf(actors: readonly ActorMention[], gender: 'male' | 'female' | null, told: ReadonlyMap<string, 'male' | 'female'>): string | undefined {
  const fits = actors
    .filter((a) => a.kind === 'person' && !holdsOffice(a) && (gender === null || (told.get(a.local) ?? actorGender(a) ?? gender) === gender))
    .sort((a, b) => b.count - a.count);
  const [top, next] = fits;
  if (!top || !/\s/.test(top.name) || top.count < 3 || (next && top.count <= DOMINANCE * next.count)) return undefined;
  return top.local;
}

const AGE = /^(\d{1,3})-year-old$/;

/**
 * A person the article gives an office or a trade ("Inspector Leo Varga", "defence lawyer Ana Ruiz"): the
 * one who speaks of the story's subject, not the subject a lead describes ("a Dorvale climber").
 */
function holdsOffice(a: ActorMention): boolean {
  return a.roles.some((r) => {
    const last = r.toLowerCase().split(/\s+/).pop()!.replace(/\.$/, '');
    return ROLE_HEADS.has(last) && !SUBJECT_NOUNS.has(last);
  });
}
/** How much more often the story's subject is named than the next person who could be described so. */
const DOMINANCE = 2;
const NAME_TAGS = [...PERSON_TAGS, ...PLACE_TAGS, ...ORG_TAGS, 'Demonym', 'ProperNoun'];
const NOUN_TAGS = ['Noun', 'Singular', 'Plural', 'Uncountable'];
/** Nouns of bodies and places a person noun may qualify: "a Dorvale fan club", "the Vexel workers union". */
const GROUP_HEADS = new Set(['club', 'clubs', 'group', 'groups', 'union', 'unions', 'association', 'federation', 'council', 'committee',
  'office', 'department', 'team', 'squad', 'network', 'forum', 'site', 'page', 'account', 'camp', 'quarters', 'pool', 'center', 'centre', 'program', 'programme']);
const VERB_TAGS = ['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Copula', 'Modal', 'Auxiliary', 'Negative', 'Adverb'];
/** Words after which a people's name is a noun: "the Velmoran who", "the Velmoran in his corner". */
const LINK_TAGS = ['Preposition', 'Conjunction', 'QuestionWord', 'Determiner'];

const lowerWord = (t: Token) => t.kind === 'word' && t.text === t.norm && /^\p{Ll}/u.test(t.text);
const isCount = (t: Token) => /^\d+$/.test(t.text) || hasAnyTag(t.norm, ['Cardinal', 'TextValue', 'Value']);

/** A heading, or an article's first line when it ends without a stop: its title, however it is cased. */
function isHeadline(doc: ParsedSource, p: number): boolean {
  const para = doc.paragraphs[p]!;
  if (para.heading) return true;
  if (p !== 0) return false;
  const last = doc.sentences[para.endSentence - 1]!;
  return para.endSentence - para.firstSentence === 1 && !/^[.!?]$/.test(doc.tokens[last.endToken - 1]?.text ?? '');
}

/** A heading's description and the story's: the same, or a place cut short ("man|dorv." and "man|dorvale"). */
function echoes(title: string, story: string): boolean {
  if (title === story) return true;
  if (!title.endsWith('.')) return false;
  const bar = title.indexOf('|');
  return story.slice(0, bar + 1) === title.slice(0, bar + 1) && story.slice(bar + 1).startsWith(title.slice(bar + 1, -1));
}

/** A people's name in the plural: "Velmorans", "Britons". */
function demonymNoun(t: Token): boolean {
  if (!isCapitalised(t) || t.kind !== 'word') return false;
  const norm = stripPossessive(t.norm);
  return PEOPLE_PLURALS.has(norm) || hasTag(norm, 'Demonym') && hasTag(norm, 'Plural');
}
