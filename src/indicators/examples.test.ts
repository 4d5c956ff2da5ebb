import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox } from '../engine/sandbox';
import type { Engine } from '../engine/types';
import { demoSandbox } from '../ingest/testing/demoEngine';
import { EXPLORER_EXAMPLES } from './examples';

let engine: Engine;
let sandbox: Sandbox;

beforeAll(async () => {
  const made = await demoSandbox();
  engine = made.engine;
  sandbox = new Sandbox(await made.lock());
});
afterAll(async () => {
  await engine.close();
});

describe('explorer examples', () => {
  it('cover every evaluation question', () => {
    const questions = new Set(EXPLORER_EXAMPLES.map((x) => x.question));
    expect([...questions].sort()).toEqual(
      ['companies', 'data', 'innovation', 'reach', 'satisfaction'].sort(),
    );
  });

  it.each(EXPLORER_EXAMPLES.map((x) => [x.id, x.text]))(
    '%s runs on the demo data and returns rows',
    async (_, text) => {
      const result = await sandbox.run(text, [], 100);
      expect(result.total).toBeGreaterThan(0);
    },
  );
});
