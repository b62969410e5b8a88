import { renderCheckJson } from './json.js';
import { renderGithub } from './github.js';
import { renderJunit } from './junit.js';
import { renderPretty } from './pretty.js';
import type { CheckRenderer } from './types.js';

export type { CheckRenderer, CheckRenderOptions } from './types.js';

export type CheckFormat = 'pretty' | 'json' | 'github' | 'junit';

/** Every `check` output format; a new one is one file and one row. `pretty` is the default. */
export const checkRenderers: Readonly<Record<CheckFormat, CheckRenderer>> = Object.freeze({
  pretty: renderPretty,
  json: renderCheckJson,
  github: renderGithub,
  junit: renderJunit,
});

export const checkFormatNames: readonly string[] = Object.freeze(Object.keys(checkRenderers));

export const isCheckFormat = (name: string): name is CheckFormat => Object.hasOwn(checkRenderers, name);
