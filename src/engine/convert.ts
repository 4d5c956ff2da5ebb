import { DataType, Null, type Field, type Table, type Vector } from 'apache-arrow';
import type { ColumnInfo, Row, Value } from './types';

type Converter = (raw: unknown) => Value;

const MS_PER_DAY = 86_400_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** DuckDB dates are calendar dates: read the epoch value in UTC so no time zone shifts them. */
export function epochMsToIsoDate(ms: number): string {
  const d = new Date(Math.floor(ms / MS_PER_DAY) * MS_PER_DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Timestamps without zone are local (Brussels) wall-clock times: keep them as written. */
export function epochMsToIsoDateTime(ms: number): string {
  const d = new Date(ms);
  const base =
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const millis = d.getUTCMilliseconds();
  return millis === 0 ? base : `${base}.${pad(millis, 3)}`;
}

function toNumber(raw: unknown): Value {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'bigint') return Number(raw);
  if (typeof raw === 'number') return raw;
  return Number(raw);
}

/** Arrow hands a decimal as little-endian 32-bit words of a two's-complement integer. */
export function decimalWordsToNumber(words: Uint32Array, scale: number): number {
  let big = 0n;
  for (let i = words.length - 1; i >= 0; i--) {
    big = (big << 32n) | BigInt(words[i] ?? 0);
  }
  const bits = BigInt(words.length * 32);
  if (words.length > 0 && ((words[words.length - 1] ?? 0) & 0x80000000) !== 0) {
    big -= 1n << bits;
  }
  if (scale === 0) return Number(big);
  const divisor = 10n ** BigInt(scale);
  const whole = big / divisor;
  const frac = big % divisor;
  const fracAbs = frac < 0n ? -frac : frac;
  const sign = big < 0n ? '-' : '';
  const wholeAbs = whole < 0n ? -whole : whole;
  return Number(`${sign}${wholeAbs}.${fracAbs.toString().padStart(scale, '0')}`);
}

function converterFor(type: DataType): Converter {
  const childType = (i: number): DataType | undefined =>
    (type.children as (Field | undefined)[])[i]?.type as DataType | undefined;
  if (DataType.isDate(type)) {
    return (raw) => (raw === null || raw === undefined ? null : epochMsToIsoDate(Number(raw)));
  }
  if (DataType.isTimestamp(type)) {
    return (raw) => (raw === null || raw === undefined ? null : epochMsToIsoDateTime(Number(raw)));
  }
  if (DataType.isDecimal(type)) {
    const { scale } = type;
    return (raw) => {
      if (raw === null || raw === undefined) return null;
      if (raw instanceof Uint32Array) return decimalWordsToNumber(raw, scale);
      return toNumber(raw);
    };
  }
  if (DataType.isInt(type) || DataType.isFloat(type)) return toNumber;
  if (DataType.isList(type) || DataType.isFixedSizeList(type)) {
    const child = childType(0);
    const inner = child ? converterFor(child) : (v: unknown) => v as Value;
    return (raw) => {
      if (raw === null || raw === undefined) return null;
      const out: Value[] = [];
      for (const item of raw as Iterable<unknown>) out.push(inner(item));
      return out;
    };
  }
  if (DataType.isStruct(type)) {
    const fields = type.children.map(
      (f: Field, i) => [f.name, converterFor(childType(i) ?? new Null())] as const,
    );
    return (raw) => {
      if (raw === null || raw === undefined) return null;
      const source = raw as Record<string, unknown>;
      const out: Record<string, Value> = {};
      for (const [name, convert] of fields) out[name] = convert(source[name]);
      return out;
    };
  }
  if (DataType.isBool(type))
    return (raw) => (raw === null || raw === undefined ? null : Boolean(raw));
  return (raw) => {
    if (raw === null || raw === undefined) return null;
    if (typeof raw === 'bigint') return Number(raw);
    if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
    if (raw instanceof Uint8Array)
      return Array.from(raw, (b) => b.toString(16).padStart(2, '0')).join('');
    return JSON.stringify(raw);
  };
}

export function columnsOf(table: Table): ColumnInfo[] {
  return table.schema.fields.map((f) => ({ name: f.name, type: String(f.type) }));
}

/** Converts an Arrow result to plain rows once, at the edge of the engine. */
export function tableToRows<R extends Row = Row>(table: Table): R[] {
  const fields = table.schema.fields;
  const vectors: { name: string; vector: Vector | null; convert: Converter }[] = fields.map(
    (f, i) => ({
      name: f.name,
      vector: table.getChildAt(i),
      convert: converterFor(f.type as DataType),
    }),
  );
  const rows: R[] = new Array<R>(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Row = {};
    for (const { name, vector, convert } of vectors) {
      row[name] = convert(vector ? vector.get(r) : null);
    }
    rows[r] = row as R;
  }
  return rows;
}
