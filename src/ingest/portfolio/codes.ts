import { VALUE_ALIASES, VALUE_GROUPS, VALUE_LABELS } from '../../model';
import { labelKey } from '../survey/values';

/**
 * How people write an allowed value: the key itself (`oost_vlaanderen`), its display names
 * in Dutch and English (`Oost-Vlaanderen`, `East Flanders`) and its other common spellings,
 * each reduced by labelKey so that case, accents, spaces, hyphens and underscores do not count.
 */
function spellingsOf(key: string): string[] {
  const label = VALUE_LABELS[key];
  return [key, ...(label ? [label.nl, label.en] : []), ...(VALUE_ALIASES[key] ?? [])].map((s) =>
    labelKey(s.replaceAll('_', ' ')),
  );
}

interface CodeBook {
  /** Spelling → the one key it names; a spelling two keys share names neither. */
  readonly keys: ReadonlyMap<string, string | null>;
  readonly spellings: readonly (readonly [string, string])[];
}

const books = new WeakMap<readonly string[], CodeBook>();

function bookOf(allowed: readonly string[]): CodeBook {
  let book = books.get(allowed);
  if (!book) {
    const keys = new Map<string, string | null>();
    const spellings: [string, string][] = [];
    for (const key of allowed) {
      for (const spelling of spellingsOf(key)) {
        const known = keys.get(spelling);
        keys.set(spelling, known === undefined || known === key ? key : null);
        spellings.push([spelling, key]);
      }
    }
    book = { keys, spellings };
    books.set(allowed, book);
  }
  return book;
}

/**
 * The allowed key a written value means, or null when it names none (or could be two). An
 * exact key is itself; `Oost-Vlaanderen`, `oost vlaanderen` and `O-Vl` are `oost_vlaanderen`.
 */
export function matchCode(allowed: readonly string[], written: string): string | null {
  if (allowed.includes(written)) return written;
  return bookOf(allowed).keys.get(labelKey(written.replaceAll('_', ' '))) ?? null;
}

/** Edit distance with transpositions (optimal string alignment), for suggestions. */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] ?? [];
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

const MAX_SUGGESTIONS = 3;
/** Edits per character beyond which a key is no suggestion at all (the allowed list is shown). */
const FAR = 0.6;

/**
 * The allowed keys closest to a value that names none, nearest first: those a group word
 * stands for (`KMO`: micro, small, medium), else those whose spellings are fewest edits away
 * or that share a word with it; none when every key is far from it.
 */
export function suggestCodes(allowed: readonly string[], written: string): string[] {
  const key = labelKey(written.replaceAll('_', ' '));
  const group = VALUE_GROUPS[key]?.filter((k) => allowed.includes(k));
  if (group && group.length > 0) return group;
  const best = new Map<string, number>();
  const words = new Set(key.split(' ').filter((w) => w.length >= 3));
  for (const [spelling, code] of bookOf(allowed).spellings) {
    let score = distance(key, spelling) / Math.max(key.length, spelling.length, 1);
    if (spelling.split(' ').some((w) => words.has(w))) score = Math.min(score, 0.3);
    if (spelling.startsWith(key) || key.startsWith(spelling)) score = Math.min(score, 0.25);
    const known = best.get(code);
    if (known === undefined || score < known) best.set(code, score);
  }
  return [...best.entries()]
    .filter(([, score]) => score <= FAR)
    .sort((a, b) => a[1] - b[1] || allowed.indexOf(a[0]) - allowed.indexOf(b[0]))
    .slice(0, MAX_SUGGESTIONS)
    .map(([code]) => code);
}
