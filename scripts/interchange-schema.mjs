// Writes docs/interchange.schema.json from the interchange zod schema (which is generated from the migrated database
// schema). `node scripts/interchange-schema.mjs --check` exits 1 when the committed file is out of date.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const out = path.resolve('dist/tools/interchange-schema.mjs');
await build({
  entryPoints: ['electron/backend/interchange/document-schema.ts'],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  logLevel: 'warning',
  external: ['better-sqlite3'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
const { interchangeJsonSchemaText } = await import(pathToFileURL(out).href);
const target = path.resolve('docs/interchange.schema.json');
const text = interchangeJsonSchemaText();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error('docs/interchange.schema.json is out of date: run `npm run interchange-schema`.');
    process.exit(1);
  }
  console.log('docs/interchange.schema.json is up to date.');
} else {
  fs.writeFileSync(target, text);
  console.log(`wrote ${path.relative(process.cwd(), target)} (${text.length} bytes)`);
}
