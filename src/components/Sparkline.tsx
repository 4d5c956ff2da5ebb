import { useId } from 'react';
import { niceScale } from '../lib/ticks';
import { PALETTE } from './formatValue';

export interface TrendPoint {
  readonly label: string;
  /** Null where the value is hidden or missing: a gap in the line. */
  readonly value: number | null;
  readonly shown: string;
}

interface Props {
  readonly points: readonly TrendPoint[];
  /** A reference value, drawn as a dashed line. */
  readonly benchmark?: number;
  /** What the whole line says, for those who cannot see it. */
  readonly label: string;
  readonly testId?: string;
}

const WIDTH = 240;
const HEIGHT = 56;
const PAD = { x: 6, top: 6, bottom: 6 };

/** A trend at a glance: its points in time order joined by a line, gaps where a value is hidden. */
export function Sparkline({ points, benchmark, label, testId }: Props) {
  const titleId = useId();
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const scale = niceScale(
    Math.min(...values, benchmark ?? Infinity),
    Math.max(...values, benchmark ?? -Infinity),
    2,
  );
  const x = (i: number) =>
    PAD.x + (points.length < 2 ? 0.5 : i / (points.length - 1)) * (WIDTH - 2 * PAD.x);
  const y = (v: number) =>
    HEIGHT -
    PAD.bottom -
    ((v - scale.min) / (scale.max - scale.min)) * (HEIGHT - PAD.top - PAD.bottom);
  const segments: string[][] = [[]];
  points.forEach((p, i) => {
    if (p.value === null) segments.push([]);
    else segments[segments.length - 1]?.push(`${x(i).toFixed(1)},${y(p.value).toFixed(1)}`);
  });
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <figure className="sparkline" data-testid={testId}>
      <svg
        viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
        width="100%"
        height={HEIGHT}
        preserveAspectRatio="none"
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{label}</title>
        {benchmark !== undefined && (
          <line
            x1={0}
            x2={WIDTH}
            y1={y(benchmark)}
            y2={y(benchmark)}
            stroke={PALETTE.benchmark}
            strokeDasharray="4 3"
            strokeWidth={1.5}
            vectorEffect="non-scaling-stroke"
          />
        )}
        {segments
          .filter((s) => s.length > 1)
          .map((s) => (
            <polyline
              key={s.join(' ')}
              points={s.join(' ')}
              fill="none"
              stroke={PALETTE.primary}
              strokeWidth={2}
              vectorEffect="non-scaling-stroke"
            />
          ))}
        {points.map((p, i) =>
          p.value === null ? null : (
            <circle key={p.label} cx={x(i)} cy={y(p.value)} r={2.5} fill={PALETTE.primary} />
          ),
        )}
      </svg>
      {first && last && (
        <figcaption className="sparkline-ends">
          <span>
            {first.label} <strong>{first.shown}</strong>
          </span>
          <span>
            {last.label} <strong>{last.shown}</strong>
          </span>
        </figcaption>
      )}
    </figure>
  );
}
