import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const SATISFACTION = ['Zeer ontevreden', 'Ontevreden', 'Neutraal', 'Tevreden', 'Zeer tevreden'];
const ADDITIONALITY = ['Niet gedaan', 'Later gedaan', 'Kleiner gedaan', 'Hetzelfde gedaan'];
const REMARKS = [
  'Heel nuttige begeleiding.',
  'De marktconsultatie gaf ons een beter beeld van wat mogelijk is.',
  '',
  'Sneller antwoord op vragen over de cofinanciering, graag.',
  '',
];

/** A deterministic pseudo-random sequence (LCG), so every run writes the same file. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

/**
 * A LimeSurvey-style export of `rows` respondents (UTF-8 with BOM, every field quoted, CRLF),
 * with the tool's metadata and ten question columns answered with full Dutch labels.
 */
export async function writeLargeExport(path: string, rows: number, seed = 20161028): Promise<void> {
  const next = random(seed + rows);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const out = createWriteStream(path);
  const header = [
    'id',
    'submitdate',
    'lastpage',
    'startlanguage',
    'seed',
    'startdate',
    'datestamp',
    'PROJ',
    'TEVR',
    'NPS',
    'COACH',
    'ADDIT',
    'DIENST[SQ001]',
    'DIENST[SQ002]',
    'DIENST[SQ003]',
    'OPM',
  ];
  out.write(`\uFEFF${header.map(quote).join(',')}\r\n`);
  let buffer = '';
  for (let i = 1; i <= rows; i++) {
    const complete = next() > 0.08;
    const day = 1 + (i % 28);
    const stamp = `2025-05-${String(day).padStart(2, '0')} ${String(8 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00`;
    const fields = [
      String(i),
      complete ? stamp : '',
      complete ? '3' : '1',
      'nl',
      String(1_000_000 + i),
      stamp,
      stamp,
      `PIO-20${String(17 + (i % 8))}-${String(1 + (i % 20)).padStart(3, '0')}`,
      pick(SATISFACTION),
      String(Math.floor(next() * 11)),
      next() < 0.15 ? 'Niet van toepassing' : pick(SATISFACTION),
      pick(ADDITIONALITY),
      next() < 0.7 ? 'Ja' : '',
      next() < 0.5 ? 'Ja' : '',
      next() < 0.2 ? 'Ja' : '',
      pick(REMARKS),
    ];
    buffer += `${fields.map(quote).join(',')}\r\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.write(buffer);
  out.end();
  await once(out, 'finish');
}
