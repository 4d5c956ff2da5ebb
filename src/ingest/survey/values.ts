import {
  ADDITIONALITY_VALUES,
  INNOV_IN_USE_VALUES,
  ORG_TYPES,
  SERVICES,
  scaleOf,
  type QuestionCode,
} from '../../model';
import type { MappedValue } from './types';

export type Service = (typeof SERVICES)[number];
export type InnovInUse = (typeof INNOV_IN_USE_VALUES)[number];
export type Additionality = (typeof ADDITIONALITY_VALUES)[number];

/**
 * A label reduced to what a person means by it: case, accents, punctuation and spacing do
 * not count. Dots and apostrophes vanish (`n.v.t.` = `nvt`, `don't` = `dont`); any other run
 * of non-alphanumerics is one space (`co-financiering` = `co financiering`).
 */
export function labelKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function dictionary<V>(entries: readonly (readonly [string, V])[]): ReadonlyMap<string, V> {
  return new Map(entries.map(([label, value]) => [labelKey(label), value]));
}

const NOT_APPLICABLE = new Set(
  [
    'niet van toepassing',
    'n.v.t.',
    'nvt',
    'weet niet',
    'weet ik niet',
    'ik weet het niet',
    'geen mening',
    'geen idee',
    'not applicable',
    'n/a',
    'n.a.',
    'na',
    "don't know",
    'do not know',
    'no opinion',
  ].map(labelKey),
);

export function isNotApplicableLabel(text: string): boolean {
  return NOT_APPLICABLE.has(labelKey(text));
}

const FIVE_POINT = dictionary<number>([
  ['zeer ontevreden', 1],
  ['heel ontevreden', 1],
  ['ontevreden', 2],
  ['neutraal', 3],
  ['noch tevreden, noch ontevreden', 3],
  ['tevreden', 4],
  ['zeer tevreden', 5],
  ['heel tevreden', 5],
  ['zeer slecht', 1],
  ['heel slecht', 1],
  ['slecht', 2],
  ['noch goed, noch slecht', 3],
  ['goed', 4],
  ['zeer goed', 5],
  ['heel goed', 5],
  ['helemaal niet akkoord', 1],
  ['niet akkoord', 2],
  ['noch akkoord, noch niet akkoord', 3],
  ['akkoord', 4],
  ['helemaal akkoord', 5],
  ['helemaal oneens', 1],
  ['oneens', 2],
  ['noch eens, noch oneens', 3],
  ['eens', 4],
  ['helemaal eens', 5],
  ['helemaal niet nuttig', 1],
  ['niet nuttig', 2],
  ['nuttig', 4],
  ['zeer nuttig', 5],
  ['very dissatisfied', 1],
  ['dissatisfied', 2],
  ['neutral', 3],
  ['neither satisfied nor dissatisfied', 3],
  ['satisfied', 4],
  ['very satisfied', 5],
  ['very poor', 1],
  ['very bad', 1],
  ['poor', 2],
  ['bad', 2],
  ['good', 4],
  ['very good', 5],
  ['strongly disagree', 1],
  ['disagree', 2],
  ['neither agree nor disagree', 3],
  ['agree', 4],
  ['strongly agree', 5],
  ['not at all useful', 1],
  ['not useful', 2],
  ['useful', 4],
  ['very useful', 5],
  // LimeSurvey's answer codes of an array question with five answer options.
  ['A1', 1],
  ['A2', 2],
  ['A3', 3],
  ['A4', 4],
  ['A5', 5],
]);

const YES_NO_PARTLY = dictionary<InnovInUse>([
  ['ja', 'ja'],
  ['ja, volledig', 'ja'],
  ['yes', 'ja'],
  ['yes, fully', 'ja'],
  ['Y', 'ja'],
  ['nee', 'nee'],
  ['neen', 'nee'],
  ['nog niet', 'nee'],
  ['no', 'nee'],
  ['not yet', 'nee'],
  ['N', 'nee'],
  ['gedeeltelijk', 'gedeeltelijk'],
  ['ja, gedeeltelijk', 'gedeeltelijk'],
  ['deels', 'gedeeltelijk'],
  ['partly', 'gedeeltelijk'],
  ['partially', 'gedeeltelijk'],
  ['partial', 'gedeeltelijk'],
  ['yes, partly', 'gedeeltelijk'],
]);

/**
 * Each key with the word beginnings that name it. A label names a key when it has a word
 * starting with one of them, and names no other key of the same list.
 */
type Keywords<K extends string> = readonly (readonly [K, readonly string[]])[];

const ADDITIONALITY_KEYWORDS: Keywords<Additionality> = [
  [
    'not_done',
    [
      'not_done',
      'niet gedaan',
      'niet uitgevoerd',
      'niet doorgegaan',
      'not done',
      'not have done',
      'would not have',
      "wouldn't have",
    ],
  ],
  ['later', ['later']],
  ['smaller', ['kleiner', 'beperkter', 'minder ambitieus', 'smaller', 'less ambitious']],
  ['same', ['hetzelfde', 'zelfde', 'dezelfde', 'evengoed', 'toch gedaan', 'same', 'anyway']],
];

const SERVICE_KEYWORDS: Keywords<Service> = [
  ['coaching', ['coach', 'begeleiding']],
  [
    'cofinancing',
    ['cofinanc', 'co-financ', 'co financ', 'financiering', 'financiele steun', 'funding'],
  ],
  [
    'market_consultation_support',
    ['marktconsultatie', 'marktverkenning', 'market consultation', 'market engagement'],
  ],
  ['legal_advice', ['juridisch', 'legal']],
  ['network_events', ['netwerk', 'network']],
  ['knowledge_platform', ['kennisplatform', 'knowledge']],
];

type OrgTypeOrSize = (typeof ORG_TYPES)[number] | 'micro' | 'small' | 'medium' | 'large';

const ORG_TYPE_KEYWORDS: Keywords<OrgTypeOrSize> = [
  ['department', ['departement', 'department', 'ministerie', 'ministry']],
  ['flemish_agency', ['agentschap', 'agency', 'verzelfstandigd']],
  ['province', ['provincie', 'province', 'provincial']],
  ['municipality', ['gemeente', 'stad', 'stadsbestuur', 'municipality', 'city']],
  ['ocmw', ['ocmw', 'public centre for social welfare']],
  ['intermunicipal', ['intergemeentelijk', 'intercommunale', 'intermunicipal']],
  ['hospital', ['ziekenhuis', 'hospital']],
  ['care', ['zorg', 'woonzorg', 'welzijn', 'care']],
  ['education', ['onderwijs', 'school', 'hogeschool', 'universiteit', 'education', 'university']],
  ['other', ['andere', 'anders', 'overige', 'other', '-oth-']],
  ['micro', ['micro']],
  ['small', ['klein', 'small']],
  ['medium', ['middelgro', 'medium']],
  ['large', ['groot', 'grote', 'large']],
];

function compileKeywords<K extends string>(
  list: Keywords<K>,
): readonly (readonly [K, readonly string[]])[] {
  return list.map(([key, words]) => [key, words.map(labelKey)]);
}

const COMPILED = {
  additionality: compileKeywords(ADDITIONALITY_KEYWORDS),
  services: compileKeywords(SERVICE_KEYWORDS),
  orgTypes: compileKeywords(ORG_TYPE_KEYWORDS),
};

function matchKeywords<K extends string>(
  list: readonly (readonly [K, readonly string[]])[],
  text: string,
): K | undefined {
  const padded = ` ${labelKey(text)}`;
  const found = list.filter(([, words]) => words.some((w) => padded.includes(` ${w}`)));
  return found.length === 1 ? found[0]?.[0] : undefined;
}

/** The SERVICES key an option text names (`Juridisch advies` → `legal_advice`), if any. */
export function serviceKey(text: string): Service | undefined {
  return matchKeywords(COMPILED.services, text);
}

export function additionalityKey(text: string): Additionality | undefined {
  return matchKeywords(COMPILED.additionality, text);
}

/** An ORG_TYPES key, or a company size class for the company survey's ORG_TYPE question. */
export function orgTypeKey(text: string): OrgTypeOrSize | undefined {
  return matchKeywords(COMPILED.orgTypes, text);
}

export function yesNoPartlyKey(text: string): InnovInUse | undefined {
  return YES_NO_PARTLY.get(labelKey(text));
}

/**
 * The options of a multi-select cell. Microsoft Forms joins them with `;` (and ends with one),
 * Google Forms with `, `: a comma inside an option's own text is kept where the longer text
 * is a known option.
 */
export function splitOptions(
  cell: string,
  isKnown: (option: string) => boolean = (option) => serviceKey(option) !== undefined,
): string[] {
  if (cell.includes(';')) {
    return cell
      .split(';')
      .map((o) => o.trim())
      .filter((o) => o !== '');
  }
  const parts = cell.split(',');
  const options: string[] = [];
  let start = 0;
  while (start < parts.length) {
    let end = start + 1;
    for (let longer = parts.length; longer > start + 1; longer--) {
      if (isKnown(parts.slice(start, longer).join(',').trim())) {
        end = longer;
        break;
      }
    }
    options.push(parts.slice(start, end).join(',').trim());
    start = end;
  }
  return options.filter((o) => o !== '');
}

const NOT_CHOSEN = new Set(['n', 'no', 'nee', 'neen', '0', 'false', 'onwaar'].map(labelKey));

/** For a column that stands for one option of a multi-select question. */
export function isChosen(cell: string): boolean {
  const trimmed = cell.trim();
  return trimmed !== '' && !NOT_CHOSEN.has(labelKey(trimmed));
}

const QUOTES = /^(["'])(.*)\1$/s;
const SPACE_BETWEEN_THOUSANDS = /(\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g;

/**
 * A number as a person or a spreadsheet writes it: padded (` 4 `), quoted (`"4"`), with a
 * decimal comma (`3,5`) or point, and thousands separators (`341.250,00`, `1,234.5`,
 * `1 234`). Where a file's decimal separator is the comma, a lone dot is a thousands separator
 * only between groups of three digits (`1.234`); otherwise it is read as a decimal point, and
 * the same holds the other way round.
 */
export function parseNumber(text: string, decimal: ',' | '.' = '.'): number | null {
  let s = text.trim();
  const quoted = QUOTES.exec(s);
  if (quoted) s = (quoted[2] ?? '').trim();
  const m = /^([+\-−]?)([\d.,]*\d[\d.,]*)$/.exec(s.replace(SPACE_BETWEEN_THOUSANDS, '$1'));
  if (!m) return null;
  const negative = m[1] === '-' || m[1] === '−';
  const body = m[2] ?? '';
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  let decimalMark: ',' | '.' | null = null;
  let thousandsMark: ',' | '.' | null = null;
  if (dots > 0 && commas > 0) {
    decimalMark = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    thousandsMark = decimalMark === '.' ? ',' : '.';
  } else if (dots + commas > 0) {
    const mark = dots > 0 ? '.' : ',';
    const lone = dots + commas === 1;
    if (lone && (mark === decimal || !groupedByThousands(body, mark))) decimalMark = mark;
    else thousandsMark = mark;
  }
  let whole = body;
  let fraction = '';
  if (decimalMark !== null) {
    const at = body.lastIndexOf(decimalMark);
    whole = body.slice(0, at);
    fraction = body.slice(at + 1);
    if (!/^\d+$/.test(fraction)) return null;
  }
  if (thousandsMark !== null) {
    if (!groupedByThousands(whole, thousandsMark)) return null;
    whole = whole.split(thousandsMark).join('');
  }
  if (!/^\d*$/.test(whole)) return null;
  const value = Number(`${whole || '0'}.${fraction || '0'}`);
  return negative && value !== 0 ? -value : value;
}

function groupedByThousands(digits: string, mark: ',' | '.'): boolean {
  return (mark === '.' ? /^\d{1,3}(\.\d{3})+$/ : /^\d{1,3}(,\d{3})+$/).test(digits);
}

/** A label that starts with its score: `10 – Zeer waarschijnlijk`, `0 - Helemaal niet`, `5 = goed`. */
const LEADING_NUMBER = /^\s*(-?\d{1,2})\s*(?:[-–—=:.)(]\s*)?[^\d\s.,].*$/su;

function leadingNumber(text: string): number | null {
  const m = LEADING_NUMBER.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * What the standard dictionaries say a cell of a question means, or undefined when they do
 * not recognise it. Plain numbers are not a label: the caller reads them with parseNumber.
 * Open text (REMARKS) is never interpreted: a remark reading `nvt` is kept as written.
 */
export function defaultValue(code: QuestionCode, text: string): MappedValue | undefined {
  if (code === 'REMARKS') return undefined;
  if (isNotApplicableLabel(text)) return 'not_applicable';
  switch (scaleOf(code)) {
    case 'likert5':
      return leadingNumber(text) ?? FIVE_POINT.get(labelKey(text));
    case 'nps11':
      return leadingNumber(text) ?? undefined;
    case 'yes_no_partly':
      return yesNoPartlyKey(text);
    case 'multi':
      return serviceKey(text);
    case 'category':
      return code === 'ADDITIONALITY' ? additionalityKey(text) : orgTypeKey(text);
    case 'open':
      return code === 'PROJECT_ID' ? (normalizeProjectId(text) ?? undefined) : undefined;
  }
}

/**
 * A mapping's own value for a cell: the cell text exactly as written first, then the same
 * label ignoring case, accents and spacing. Either way it wins over the default dictionaries.
 */
export function lookupValue(
  values: Readonly<Record<string, MappedValue>> | undefined,
  text: string,
): MappedValue | undefined {
  if (!values) return undefined;
  if (Object.hasOwn(values, text)) return values[text];
  const trimmed = text.trim();
  if (Object.hasOwn(values, trimmed)) return values[trimmed];
  return byLabelKey(values).get(labelKey(trimmed));
}

const labelKeyed = new WeakMap<object, ReadonlyMap<string, MappedValue>>();

function byLabelKey(
  values: Readonly<Record<string, MappedValue>>,
): ReadonlyMap<string, MappedValue> {
  let keyed = labelKeyed.get(values);
  if (!keyed) {
    const map = new Map<string, MappedValue>();
    for (const [label, value] of Object.entries(values)) {
      const key = labelKey(label);
      if (!map.has(key)) map.set(key, value);
    }
    keyed = map;
    labelKeyed.set(values, keyed);
  }
  return keyed;
}

const PROJECT_ID = /^(?:pio)?[\s._/-]*((?:19|20)\d{2})[\s._/-]*(\d{1,3})$/i;

/**
 * The canonical spelling `PIO-2017-005` of a project number written as `pio-2017-005`,
 * `PIO 2017 005`, `PIO_2017_5` or `2017-005`; null when the text is no project number.
 */
export function normalizeProjectId(text: string): string | null {
  const m = PROJECT_ID.exec(text.trim());
  if (!m) return null;
  return `PIO-${m[1] ?? ''}-${(m[2] ?? '').padStart(3, '0')}`;
}

/** How to read `05/04/2021`: day first (Belgian) or month first (US). */
export type DateOrder = 'dmy' | 'mdy';

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([ap])\.?\s*m\.?)?`;
/**
 * Google Forms writes the form's time zone after the time (`2024/03/05 10:12:44 AM CET`). A
 * Brussels zone, winter or summer, is the local time stored; any other would need converting
 * and is not read. A trailing Z comes from a spreadsheet date cell printed as UTC, which had
 * no zone of its own.
 */
const ZONE = String.raw`(?:\s*(?:Z|CES?T|MES?Z|(?:GMT|UTC)\+0?[12](?::?00)?))?`;
const YEAR_FIRST = new RegExp(
  String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T]${TIME}${ZONE})?$`,
  'i',
);
const NUMERIC_STAMP = new RegExp(
  String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:,?\s+${TIME}${ZONE})?$`,
  'i',
);

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function stamp(
  year: number,
  month: number,
  day: number,
  time: { h: number; min: number; s: number } | null,
): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const date = `${String(year)}-${pad(month)}-${pad(day)}`;
  if (!time) return date;
  if (time.h > 23 || time.min > 59 || time.s > 59) return null;
  return `${date} ${pad(time.h)}:${pad(time.min)}:${pad(time.s)}`;
}

/**
 * A submission time as `YYYY-MM-DD HH:MM:SS` (Brussels local time, no zone), or `YYYY-MM-DD`
 * when the cell holds a date only: a time would be invented. Reads ISO (`2021-05-12 10:31`,
 * `2021-05-12T10:31:22`), Google Forms' `2021/05/12 10:31:22 AM CET`, Belgian
 * `12/05/2021 10:31[:22]`, `12-5-2021`, `12.05.2021`, and US `5/12/2021 10:31:22 AM`. A
 * numeric date is read day first unless `order` says otherwise; without `order`, an AM/PM
 * marker makes it month first, as Google Forms in English writes it. Null when the text is
 * none of these or not a real date and time.
 */
export function parseTimestamp(text: string, order?: DateOrder): string | null {
  const s = text.trim();
  const yearFirst = YEAR_FIRST.exec(s);
  if (yearFirst) {
    const time = clock(yearFirst.slice(5, 9));
    if (time === undefined) return null;
    return stamp(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]), time);
  }
  const numeric = NUMERIC_STAMP.exec(s);
  if (!numeric) return null;
  const time = clock(numeric.slice(5, 9));
  if (time === undefined) return null;
  const monthFirst = (order ?? (numeric[8] ? 'mdy' : 'dmy')) === 'mdy';
  const first = Number(numeric[1]);
  const second = Number(numeric[3]);
  return monthFirst
    ? stamp(Number(numeric[4]), first, second, time)
    : stamp(Number(numeric[4]), second, first, time);
}

/** Hours, minutes, seconds and AM/PM as matched by TIME: null for no time, undefined if bad. */
function clock(
  parts: readonly (string | undefined)[],
): { h: number; min: number; s: number } | null | undefined {
  const [hours, minutes, seconds, meridiem] = parts;
  if (hours === undefined) return null;
  let h = Number(hours);
  if (meridiem !== undefined) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  return { h, min: Number(minutes), s: Number(seconds ?? 0) };
}

/**
 * The order of a column of numeric dates. The cells decide where one can only be read one
 * way (`25/04/2021` is day first, `4/25/2021` month first), else an AM/PM marker means month
 * first, else `fallback`.
 */
export function guessDateOrder(cells: Iterable<string>, fallback: DateOrder): DateOrder {
  const evidence = dateOrderEvidence(cells);
  return evidence === 'meridiem' ? 'mdy' : (evidence ?? fallback);
}

/**
 * What some cells of a date column say of its order: the first cell read only one way decides;
 * else whether any has an AM/PM marker; else nothing (null).
 */
export function dateOrderEvidence(cells: Iterable<string>): DateOrder | 'meridiem' | null {
  let meridiem = false;
  for (const cell of cells) {
    const m = NUMERIC_STAMP.exec(cell.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) return 'dmy';
    if (Number(m[3]) > 12) return 'mdy';
    if (m[8] !== undefined) meridiem = true;
  }
  return meridiem ? 'meridiem' : null;
}
