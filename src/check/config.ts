import picomatch from 'picomatch';
import { CODE_BY_NAME, CODES } from '../model/codes.js';
import type { Aliases } from './names.js';
import type { SeveritySetting } from './policy.js';

/**
 * `summit-facts.config.json`, found in the working directory or given by --config:
 *   {
 *     "severity":    {"quote/variant-spelling": "off", "figure/conflict": "error"},
 *     "speechVerbs": ["quipped"],
 *     "aliases":     {"Mao Zedong": ["Mao Tse-tung"]},
 *     "ignore":      ["archive/**", "*-draft.txt"]
 *   }
 * Every key is optional; anything else is refused with a one-line reason.
 */
export interface CheckConfig {
  readonly severity: Readonly<Record<string, SeveritySetting>>;
  /** Speech verbs of a house style, added to the extractor's list when checking ("thundered"). */
  readonly speechVerbs: readonly string[];
  readonly aliases: Aliases;
  readonly ignore: readonly string[];
}

export const CONFIG_FILE = 'summit-facts.config.json';

export const emptyConfig: CheckConfig = { severity: {}, speechVerbs: [], aliases: {}, ignore: [] };

const KEYS = ['$schema', 'severity', 'speechVerbs', 'aliases', 'ignore'];
const SEVERITIES = ['error', 'warning', 'info', 'off'];

/** Parses and validates config text; a string return is the reason it is unusable. */
export function parseConfig(json: string): CheckConfig | string {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    return `not valid JSON (${(err as Error).message})`;
  }
  if (!isObject(data)) return 'expected a JSON object';
  const unknown = Object.keys(data).find((k) => !KEYS.includes(k));
  if (unknown !== undefined) return `unknown key "${unknown}"; allowed: ${KEYS.slice(1).join(', ')}`;
  const severity = data.severity ?? {};
  if (!isObject(severity)) return '"severity" must be an object of code → "error" | "warning" | "info" | "off"';
  for (const [code, value] of Object.entries(severity)) {
    if (!CODE_BY_NAME.has(code) || /^(load|extract|shard)\//.test(code)) return `"severity": unknown code "${code}"; known codes: ${CODES.filter((c) => !/^(load|extract|shard)\//.test(c.code)).map((c) => c.code).join(', ')}`;
    if (typeof value !== 'string' || !SEVERITIES.includes(value)) return `"severity"."${code}" must be "error", "warning", "info" or "off", got ${JSON.stringify(value)}`;
  }
  const speechVerbs = data.speechVerbs ?? [];
  if (!isStrings(speechVerbs) || speechVerbs.some((v) => !/^\p{L}+(?: \p{L}+)*$/u.test(v))) return '"speechVerbs" must be an array of words, e.g. ["quipped"]';
  const aliases = data.aliases ?? {};
  if (!isObject(aliases)) return '"aliases" must be an object of "Canonical Name" → ["Variant", …]';
  for (const [name, variants] of Object.entries(aliases)) {
    if (!isStrings(variants) || variants.length === 0) return `"aliases"."${name}" must be a non-empty array of names`;
  }
  const ignore = data.ignore ?? [];
  if (!isStrings(ignore)) return '"ignore" must be an array of paths or globs';
  return { severity: severity as Record<string, SeveritySetting>, speechVerbs, aliases: aliases as Aliases, ignore };
}

/**
 * Is this source path ignored? `path` is relative to the config file's folder, with forward
 * slashes. Globs are picomatch's, as input globs are fast-glob's (`*`, `**`, `?`, `[abc]`,
 * `{a,b}`, extglobs); a glob with no `/` also matches the base name (`*-draft.txt`).
 */
export function isIgnored(path: string, globs: readonly string[]): boolean {
  return globs.some((g) => picomatch(g.replace(/^\.\//, ''), { dot: true, basename: !g.includes('/') })(path));
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
