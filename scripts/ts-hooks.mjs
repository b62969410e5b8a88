// Node module hooks that run this project's TypeScript sources as they are, for the test runner
// (a worker thread or a child process started from a test): `.js` imports that name a `.ts` file
// resolve to it, and `.ts` files are stripped of their types by vite's oxc transform (vitest's own).
// Never used by the built package. Registered by scripts/register-ts.mjs (`node --import`).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

let transform;

export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (err) {
    const local = specifier.startsWith('.') || specifier.startsWith('file:') || specifier.startsWith('/');
    if (!local || !specifier.endsWith('.js') || !context.parentURL?.endsWith('.ts')) throw err;
    return next(`${specifier.slice(0, -3)}.ts`, context);
  }
}

export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  transform ??= (await import('vite')).transformWithOxc;
  const file = fileURLToPath(url);
  const { code } = await transform(await readFile(file, 'utf8'), file, { lang: 'ts', sourcemap: false });
  return { format: 'module', source: code, shortCircuit: true };
}
