/**
 * Writes the illustrative PIO demo data set: one CSV per canonical table in datasets/, plus
 * datasets/README.md. Deterministic: a fixed seed and a seeded PRNG, so that two runs give
 * byte-identical files. Run with `npm run data`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { SEED } from './demo/build.ts';
import { readme } from './demo/readme.ts';
import { renderDataset } from './demo/render.ts';
import { summarise } from './demo/summary.ts';

async function main(): Promise<void> {
  const outDir = fileURLToPath(new URL('../datasets/', import.meta.url));
  const { world, csv, counts } = renderDataset(SEED);

  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of csv) writeFileSync(path.join(outDir, `${name}.csv`), text, 'utf8');
  const readmePath = path.join(outDir, 'README.md');
  // Formatted like the rest of the repository so that `prettier --check .` stays green.
  const options = (await prettier.resolveConfig(readmePath)) ?? {};
  const text = await prettier.format(readme(counts, SEED), { ...options, parser: 'markdown' });
  writeFileSync(readmePath, text, 'utf8');

  for (const [name, n] of counts) console.log(`${name.padEnd(22)} ${String(n).padStart(6)}`);
  console.log('');
  for (const line of summarise(world)) console.log(line);
}

await main();
