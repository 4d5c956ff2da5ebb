import { describe, expect, it } from 'vitest';
import { niceScale, stepDecimals } from './ticks';

describe('round axis ticks', () => {
  it.each([
    ['shares up to 80,3%', 0, 0.803, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    ['shares up to 42,6%', 0, 0.426, [0, 0.1, 0.2, 0.3, 0.4, 0.5]],
    ['a ratio of 0,65', 0, 0.65, [0, 0.2, 0.4, 0.6, 0.8]],
    ['an NPS from -20 to +35,5', -20, 35.5, [-20, 0, 20, 40]],
    ['counts up to 3', 0, 3, [0, 1, 2, 3]],
    ['nothing but zero', 0, 0, [0, 0.2, 0.4, 0.6, 0.8, 1]],
  ])('%s', (_name, low, high, ticks) => {
    const scale = niceScale(low, high);
    expect(scale.ticks).toEqual(ticks);
    expect(scale.min).toBeLessThanOrEqual(Math.min(0, low));
    expect(scale.max).toBeGreaterThanOrEqual(high);
  });

  it('gives the decimals a step needs', () => {
    expect([20, 2.5, 0.1, 0.25].map(stepDecimals)).toEqual([0, 1, 1, 2]);
  });
});
