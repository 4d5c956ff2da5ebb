import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layers' package rules in eslint.config.js, held to what the README says they enforce:
// each case adds one import to a real file of a layer and lints it as that file.

const ROOT = path.join(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: ROOT });

async function restrictedImports(file: string, line: string): Promise<string[]> {
  const text = `${line}\n${readFileSync(path.join(ROOT, file), 'utf8')}`;
  const [result] = await eslint.lintText(text, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('lint of the layers', () => {
  it.each([
    ['src/engine/catalog.ts', "import { useState } from 'react';", /React belongs/],
    [
      'src/indicators/annex.ts',
      "import * as duckdb from '@duckdb/duckdb-wasm';",
      /Only src\/engine/,
    ],
    ['src/ingest/wave.ts', "import { useQuery } from '@tanstack/react-query';", /React belongs/],
    ['src/views/ImportView.tsx', "import { Table } from 'apache-arrow';", /Only src\/engine/],
  ])(
    'refuses in %s: %s',
    async (file, line, message) => {
      const messages = await restrictedImports(file, line);
      expect(messages.some((m) => message.test(m))).toBe(true);
    },
    120_000,
  );

  it('lets the engine import DuckDB and a screen import React', async () => {
    expect(
      await restrictedImports(
        'src/engine/load.ts',
        "import * as duckdb from '@duckdb/duckdb-wasm';",
      ),
    ).toEqual([]);
    expect(
      await restrictedImports('src/components/KpiCard.tsx', "import { useMemo } from 'react';"),
    ).toEqual([]);
  }, 120_000);
});
