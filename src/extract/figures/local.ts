import { isSpeechVerb } from '../../lexicon/speech.js';
import { isCapitalised, type Word } from './words.js';

/**
 * A count located in a place the sentence describes as a part of a larger area: "six people were hurt and
 * 14 homes damaged in Kell, the capital of Varo district", "nine were injured in the village of Orsa",
 * "In Brannock, a town in the north of Dorvale, 12 homes collapsed". Such a count is that place's, a part
 * of what the story counts over the whole area (another outlet's "more than 300 injured"), not the whole.
 *
 * A place named as the area itself stays overall: "injuring 40 people in Dorvale province".
 * Returns the place, lower case, or null.
 */
export function localPlace(words: readonly Word[], first: number, next: number): string | null {
  return fronted(words, first) ?? placeAfter(words, next);
}

/** "in the town of Orsa", "in Kell, the capital of Varo district": the place the words at k open, if it is a part. */
function partPlaceAt(words: readonly Word[], k: number): string | null {
  if (!LOCATING.has(words[k]?.norm ?? '')) return null;
  let j = k + 1;
  // "in the village of Orsa", "in the remote village of Orsa"
  if (words[j]?.norm === 'the') {
    let h = j + 1;
    while (h < j + 3 && isLower(words[h]) && !PARTS.has(words[h]!.norm)) h++;
    if (!PARTS.has(words[h]?.norm ?? '') || words[h + 1]?.norm !== 'of') return null;
    const name = nameAt(words, h + 2);
    return name ? name.text : null;
  }
  // "in Kell, the capital of Varo district", "in Orsa, a small village near Kell"
  const name = nameAt(words, j);
  if (!name) return null;
  j = name.next;
  if (words[j]?.text !== ',' || !/^(?:the|a|an)$/.test(words[j + 1]?.norm ?? '')) return null;
  let h = j + 2;
  while (h < j + 4 && isLower(words[h]) && !PARTS.has(words[h]!.norm)) h++;
  if (!PARTS.has(words[h]?.norm ?? '')) return null;
  // "a town of 48,000 people", "a city of about a million" tell how many live there, not what it is part of:
  // the larger area is named ("the capital of Varo district", "a suburb of the capital").
  const link = words[h + 1];
  if (!link || !WITHIN.has(link.norm)) return null;
  return link.norm !== 'of' || isCapitalised(words[h + 2]) || /^(?:the|its)$/.test(words[h + 2]?.norm ?? '') ? name.text : null;
}

/** The figure's own stretch: up to the next comma, semicolon or verb of saying ("… damaged in Kell, said …"). */
function placeAfter(words: readonly Word[], next: number): string | null {
  for (let k = next; k < words.length; k++) {
    const w = words[k]!;
    if (STOPS.has(w.text) || w.kind === 'quote' || isSpeechVerb(w.norm) || CONTRAST.has(w.norm)) return null;
    const place = partPlaceAt(words, k);
    if (place) return place;
  }
  return null;
}

/** "In Kell, the capital of Varo district, six people were hurt": a place that opens the sentence, before the figure. */
function fronted(words: readonly Word[], first: number): string | null {
  if (first < 4 || !/^in$/i.test(words[0]?.text ?? '')) return null;
  return partPlaceAt(words, 0);
}

/** One to four capitalised words: "Kell", "Port Arrow". */
function nameAt(words: readonly Word[], j: number): { text: string; next: number } | null {
  let k = j;
  while (k < j + 4 && words[k]?.kind === 'word' && isCapitalised(words[k])) k++;
  return k > j ? { text: words.slice(j, k).map((w) => w.norm).join(' '), next: k } : null;
}

const isLower = (w: Word | undefined) => w !== undefined && w.kind === 'word' && /^\p{Ll}+$/u.test(w.text);

/** Prepositions that put a count in a place. */
const LOCATING = new Set(['in', 'at']);
/** Places smaller than the area a disaster or a vote covers. (A province, state or region is as often the whole.) */
const PARTS = new Set(['capital', 'town', 'village', 'city', 'hamlet', 'district', 'subdistrict', 'suburb', 'neighbourhood', 'neighborhood', 'township', 'settlement']);
/** What ties the part to the larger area: "the capital of", "a town in", "a village near", "a suburb north of". */
const WITHIN = new Set(['of', 'in', 'on', 'near', 'outside', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Punctuation that ends a figure's stretch. */
const STOPS = new Set([',', ';', ':', '(', '—', '–']);
/** Words that open a clause about something else: "six were hurt in Kell while three died in the village of Orsa". */
const CONTRAST = new Set(['while', 'whereas', 'but']);
