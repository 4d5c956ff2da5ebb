import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportIssue } from '../issues';
import { applyMapping } from './apply';
import { proposeMapping } from './propose';
import { readExport } from './read';
import {
  belgianExcelCsv,
  euSurveyXlsx,
  googleFormsCsv,
  limeSurveyCsv,
  msFormsXlsx,
  mutated,
  qualtricsCsv,
} from './testing/exports';

// Property tests of the importer: whatever the bytes, reading and mapping end in an accepted
// wave or in located problems; they never throw and never hang.

const CONTEXT = { knownProjects: new Set<string>(), existingSurveys: new Set<string>() };

const seeds: { name: string; bytes: Uint8Array }[] = [];
beforeAll(async () => {
  seeds.push(
    { name: 'lime.csv', bytes: limeSurveyCsv({ answers: 'labels' }) },
    { name: 'qualtrics.csv', bytes: qualtricsCsv({ headerRows: 3 }) },
    { name: 'google.csv', bytes: googleFormsCsv() },
    { name: 'belgisch.csv', bytes: belgianExcelCsv({ encoding: 'windows-1252' }) },
    { name: 'forms.xlsx', bytes: await msFormsXlsx({ lang: 'nl' }) },
    { name: 'eusurvey.xlsx', bytes: await euSurveyXlsx() },
  );
});

function wellFormed(issues: readonly ImportIssue[], fileName: string): void {
  for (const issue of issues) {
    expect(issue.file).toBe(fileName);
    expect(['error', 'warning']).toContain(issue.severity);
    if (issue.line !== null) expect(issue.line).toBeGreaterThanOrEqual(1);
  }
}

/** Reads, proposes and applies; returns how it ended. Any exception fails the property. */
async function importEnds(bytes: Uint8Array, fileName: string): Promise<'accepted' | 'rejected'> {
  const read = await readExport(bytes, fileName);
  wellFormed(read.issues, fileName);
  if (!read.ok) {
    expect(read.issues.some((i) => i.severity === 'error')).toBe(true);
    return 'rejected';
  }
  const applied = applyMapping(read.file, proposeMapping(read.file), {}, CONTEXT);
  wellFormed(applied.issues, fileName);
  if (!applied.ok) expect(applied.issues.some((i) => i.severity === 'error')).toBe(true);
  return applied.ok ? 'accepted' : 'rejected';
}

const NAMES = ['x.csv', 'x.xlsx', 'x.txt', 'x'] as const;

describe('importer under random input', () => {
  it('ends every run of random bytes in an import or a clear error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2048 }),
        fc.constantFrom(...NAMES),
        async (bytes, name) => {
          await importEnds(bytes, name);
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('ends every truncated export of every tool in an import or a clear error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: seeds.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (which, fraction) => {
          const seed = seeds[which];
          if (!seed) return;
          const cut = seed.bytes.slice(0, Math.floor(seed.bytes.length * fraction));
          await importEnds(cut, seed.name);
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);

  it('ends every mutated export of every tool in an import or a clear error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: seeds.length - 1 }),
        fc.array(
          fc.record({
            at: fc.double({ min: 0, max: 1, noNaN: true }),
            byte: fc.constantFrom(0, 0x22, 0x2c, 0x3b, 0x0a, 0x0d, 0x09, 0xff, 0x80, 0x3d),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        async (which, mutations) => {
          const seed = seeds[which];
          if (!seed) return;
          await importEnds(mutated(seed.bytes, mutations), seed.name);
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);

  it('accepts every untouched export, so the properties above start from valid files', async () => {
    const ends = await Promise.all(seeds.map((s) => importEnds(s.bytes, s.name)));
    expect(ends).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'accepted', 'accepted']);
  });
});
