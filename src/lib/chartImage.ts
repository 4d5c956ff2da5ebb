/** Chart images for reports: a chart's <svg> made self-contained, and drawn as PNG. */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties a stylesheet may set on chart elements; copied inline. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

export interface LegendItem {
  readonly label: string;
  readonly colour: string;
}

export interface ChartImageOptions {
  readonly title: string;
  /** Lines under the chart: filters, reference date, origin, export time. */
  readonly lines: readonly string[];
  readonly legend?: readonly LegendItem[];
}

export interface ChartSvg {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

const FONT = 'Arial, Helvetica, sans-serif';
const PAD = 16;
const TITLE_SIZE = 16;
const LINE_SIZE = 11;
const LINE_HEIGHT = 15;

function copyStyles(source: Element, target: Element): void {
  const style = getComputedStyle(source);
  const inline = STYLE_PROPERTIES.map((p) => [p, style.getPropertyValue(p)] as const)
    .filter(([, v]) => v !== '')
    .map(([p, v]) => `${p}:${v}`)
    .join(';');
  if (inline !== '') target.setAttribute('style', inline);
  const from = source.children;
  const to = target.children;
  for (let i = 0; i < from.length && i < to.length; i++) {
    const a = from[i];
    const b = to[i];
    if (a && b) copyStyles(a, b);
  }
}

function text(
  doc: Document,
  content: string,
  x: number,
  y: number,
  size: number,
  weight = 'normal',
): SVGTextElement {
  const t = doc.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('font-family', FONT);
  t.setAttribute('font-size', String(size));
  t.setAttribute('font-weight', weight);
  t.setAttribute('fill', '#1d1d1b');
  t.textContent = content;
  return t;
}

/**
 * The chart as a standalone SVG document: its title on top, the chart with every computed
 * style written inline (the page's stylesheet does not travel with the file), an optional
 * legend, the context lines below, on a white background.
 */
export function chartSvg(chart: SVGSVGElement, options: ChartImageOptions): ChartSvg {
  const box = chart.getBoundingClientRect();
  const chartWidth = Math.ceil(box.width) || Number(chart.getAttribute('width')) || 600;
  const chartHeight = Math.ceil(box.height) || Number(chart.getAttribute('height')) || 300;
  const width = Math.max(chartWidth + 2 * PAD, 480);
  const titleBlock = PAD + TITLE_SIZE + 8;
  const legendBlock = options.legend && options.legend.length > 0 ? LINE_HEIGHT + 10 : 0;
  const height =
    titleBlock + chartHeight + legendBlock + 8 + options.lines.length * LINE_HEIGHT + PAD;

  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${String(width)} ${String(height)}`);
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = options.title;
  root.append(title);
  const desc = doc.createElementNS(SVG_NS, 'desc');
  desc.textContent = options.lines.join('\n');
  root.append(desc);
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  root.append(background);
  root.append(text(doc, options.title, PAD, PAD + TITLE_SIZE, TITLE_SIZE, 'bold'));

  const clone = doc.importNode(chart, true);
  copyStyles(chart, clone);
  clone.setAttribute('x', String(PAD));
  clone.setAttribute('y', String(titleBlock));
  clone.setAttribute('width', String(chartWidth));
  clone.setAttribute('height', String(chartHeight));
  clone.setAttribute('viewBox', `0 0 ${String(chartWidth)} ${String(chartHeight)}`);
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  root.append(clone);

  let y = titleBlock + chartHeight;
  if (legendBlock > 0 && options.legend) {
    let x = PAD;
    y += LINE_HEIGHT + 4;
    for (const item of options.legend) {
      const swatch = doc.createElementNS(SVG_NS, 'rect');
      swatch.setAttribute('x', String(x));
      swatch.setAttribute('y', String(y - 10));
      swatch.setAttribute('width', '12');
      swatch.setAttribute('height', '12');
      swatch.setAttribute('fill', item.colour);
      root.append(swatch);
      root.append(text(doc, item.label, x + 16, y, 12));
      x += 16 + item.label.length * 7 + 16;
    }
  }
  y += 8;
  for (const line of options.lines) {
    y += LINE_HEIGHT;
    root.append(text(doc, line, PAD, y - 4, LINE_SIZE));
  }
  const xml = new XMLSerializer().serializeToString(doc);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, width, height };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.decoding = 'sync';
  return new Promise((resolve, reject) => {
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart image could not be drawn.'));
    image.src = url;
  });
}

/** The SVG drawn on a white canvas at `scale` times its size, as PNG. Stays in the page. */
export async function svgToPng(svg: ChartSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas in this browser.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))),
        'image/png',
      );
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
