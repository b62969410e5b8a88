// The CLI straight from the TypeScript sources, as bin/summit-facts.js runs the build:
//   node --import ./scripts/register-ts.mjs scripts/summit-facts-dev.mjs extract seeds/
// For tests that need a real process; never part of the package.
const { main } = await import('../src/cli/main.ts');
const { nodeIO } = await import('../src/cli/node-io.ts');
process.exitCode = await main(process.argv.slice(2), nodeIO());
