/** Saves a blob as a file through a same-origin blob URL: nothing leaves the page. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves text as a file through a same-origin blob URL: nothing leaves the page. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** A file-name part from free text: letters, digits and dashes only. */
export function fileNamePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** Local time as a file name writes it: `2026-11-26T1215`. */
export function fileStamp(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${String(at.getFullYear())}-${p(at.getMonth() + 1)}-${p(at.getDate())}T${p(at.getHours())}${p(at.getMinutes())}`;
}

/**
 * `pio-records-B3-care-2026-11-26T1215.csv`: what the file holds, the filters it was made
 * under (`tag`, may be empty) and when, each part reduced to letters, digits and dashes.
 */
export function exportFileName(stem: string, tag: string, at: Date, extension: string): string {
  const parts = [stem, tag].map(fileNamePart).filter((p) => p !== '');
  return `${[...parts, fileStamp(at)].join('-')}.${extension}`;
}
