import type { Encoding } from './types';

/** Files above this size are refused before they are read: the whole file is held in memory. */
export const MAX_IMPORT_BYTES = 300 * 1024 * 1024;

const UNITS = ['bytes', 'kB', 'MB', 'GB'] as const;

/**
 * A size as people read it, in whole units of 1024: "312 MB". Rounds up unless `round` is
 * 'nearest', so that a file just over a limit never shows the same figure as the limit.
 */
export function describeSize(size: number, round: 'up' | 'nearest' = 'up'): string {
  let value = size;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = round === 'up' ? Math.ceil(value) : Math.round(value);
  return `${shown} ${UNITS[unit] ?? 'bytes'}`;
}

export function hasZipSignature(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The old binary Excel (.xls) and other OLE2 compound files. */
export function hasOle2Signature(bytes: Uint8Array): boolean {
  const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return signature.every((byte, i) => bytes[i] === byte);
}

export type DecodeResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: Encoding;
      readonly nul: NulReplacement | null;
    }
  | { readonly ok: false; readonly code: 'binary_file' | 'empty_file' };

/** Where the first NUL byte was, and how many were replaced; null when there were none. */
export interface NulReplacement {
  readonly line: number;
  readonly count: number;
}

const SAMPLE_BYTES = 64 * 1024;
/**
 * NUL bytes a text file may hold (a cell pasted from a broken source) before it is taken for
 * binary or UTF-16 content; those few are shown as U+FFFD, never passed on as NUL.
 */
const MAX_NUL_BYTES = 16;
/** Share of control characters above which a text is taken for binary content. */
const CONTROL_SHARE = 0.05;

/**
 * Windows-1252 bytes 0x80-0x9F, as the WHATWG Encoding Standard maps them. Node 20.18.3 and
 * later decode 'windows-1252' as Latin-1 (nodejs/node#60888, #56542), so the euro sign, curly
 * quotes and dashes would come out as C1 control characters; browsers are right. Applying the
 * table after TextDecoder gives the same text in both.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) =>
      String.fromCharCode(WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)),
    );
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
}

/** UTF-16 without a byte order mark has a NUL in every other byte; binary files have many. */
function tooManyNul(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let n = 0;
  for (const b of sample) if (b === 0) n++;
  return n > MAX_NUL_BYTES || n > sample.length * CONTROL_SHARE;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (isControl(code)) controls++;
  }
  return controls > sample.length * CONTROL_SHARE;
}

function decodeByBom(bytes: Uint8Array): { text: string; encoding: Encoding } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  return null;
}

function decodeWithoutBom(bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Decodes a text file: a byte order mark decides (UTF-8, UTF-16 LE/BE); without one, valid
 * UTF-8 is UTF-8 and anything else is Windows-1252, what Excel writes on a Belgian PC.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, code: 'empty_file' };
  const withBom = decodeByBom(bytes);
  // UTF-16 without a byte order mark is rare enough in survey exports to be refused with binary.
  if (!withBom && tooManyNul(bytes)) return { ok: false, code: 'binary_file' };
  const decoded = withBom ?? decodeWithoutBom(bytes);
  const { encoding } = decoded;
  let { text } = decoded;
  let nul: NulReplacement | null = null;
  const first = text.indexOf('\0');
  if (first >= 0) {
    const count = text.split('\0').length - 1;
    if (count > MAX_NUL_BYTES) return { ok: false, code: 'binary_file' };
    nul = { line: text.slice(0, first).split('\n').length, count };
    text = text.replaceAll('\0', '\uFFFD');
  }
  if (text.trim() === '') return { ok: false, code: 'empty_file' };
  if (looksBinary(text)) return { ok: false, code: 'binary_file' };
  return { ok: true, text, encoding, nul };
}
