import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED } from './build.ts';
import { renderDataset } from './render.ts';

describe('demo data generator', () => {
  const first = renderDataset(SEED);

  it('is deterministic', () => {
    const second = renderDataset(SEED);
    expect([...second.csv]).toEqual([...first.csv]);
  });

  it('matches the files in datasets/ (run `npm run data` after changing the model)', () => {
    for (const [name, text] of first.csv) {
      const onDisk = readFileSync(new URL(`../../datasets/${name}.csv`, import.meta.url), 'utf8');
      expect(onDisk === text, `${name}.csv is stale`).toBe(true);
    }
  });

  it('keeps the figures fixed by sources', () => {
    const apps = first.world.applications;
    const call = (id: string) => apps.filter((a) => a.call.id === id);
    expect(call('CALL-2017-OPEN-1')).toHaveLength(18);
    expect(call('CALL-2017-OPEN-1').filter((a) => a.decision === 'eligible')).toHaveLength(12);
    expect(call('CALL-2019-OPEN-1')).toHaveLength(29);
    expect(call('CALL-2019-OPEN-1').filter((a) => a.lead.level === 'local')).toHaveLength(7);
  });
});
