/**
 * The physical line on which each CSV record starts, as a text editor counts lines: a quoted
 * field may hold line breaks, so record numbers and line numbers part ways. Record k of the
 * returned list lines up with row k of a parser that keeps empty lines.
 */
export function recordStartLines(text: string, quote = '"'): number[] {
  const starts: number[] = [1];
  const q = quote.charCodeAt(0);
  let line = 1;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === q) {
      inQuotes = !inQuotes;
    } else if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      line++;
      if (!inQuotes && i + 1 < text.length) starts.push(line);
    }
  }
  return starts;
}
