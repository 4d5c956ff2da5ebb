import { useState, type RefObject } from 'react';
import { useI18n } from '../i18n';
import { contextLine } from '../lib/exportTable';
import type { LegendItem } from '../lib/chartImage';
import { downloadBlob, exportFileName } from './download';
import { contextItems, useExportContext, type ExportContext } from './exportContext';

interface Props {
  /** The element holding the chart's <svg> (Recharts' surface). */
  readonly chart: RefObject<HTMLElement | null>;
  /** The chart's title, written on top of the image and into its <title>. */
  readonly title: string;
  /** A legend drawn as HTML beside the chart, drawn into the image instead. */
  readonly legend?: readonly LegendItem[];
  /** What the file holds, the first part of its name: `pio-chart-B12`. */
  readonly fileStem: string;
  /** Defaults to the nearest ExportContextProvider's; without either nothing is shown. */
  readonly context?: ExportContext;
  /** Prefix of the test ids: `${testId}-png`, `${testId}-svg`. */
  readonly testId?: string;
}

/** Downloads a chart as SVG or PNG (2x, white background), with its title and context. */
export function ChartExport({ chart, title, legend, fileStem, context, testId }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const inherited = useExportContext();
  const ctx = context ?? inherited;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!ctx) return null;

  const run = async (format: 'svg' | 'png') => {
    const svgElement = chart.current?.querySelector('svg.recharts-surface');
    if (!(svgElement instanceof SVGSVGElement)) return;
    setBusy(true);
    setError(null);
    try {
      const { chartSvg, svgToPng } = await import('../lib/chartImage');
      const at = new Date();
      const lines = contextItems(i18n, { ...ctx, title: undefined }, at).map(contextLine);
      const svg = chartSvg(svgElement, { title, lines, legend });
      const name = exportFileName(fileStem, ctx.fileTag, at, format);
      downloadBlob(
        name,
        format === 'svg'
          ? new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' })
          : await svgToPng(svg, 2),
      );
    } catch (e) {
      setError(t('export.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="export-menu chart-export"
      role="group"
      aria-label={t('export.chartGroup', { what: title })}
      aria-busy={busy || undefined}
    >
      <span className="export-menu-title" aria-hidden="true">
        {t('export.chartTitle')}
      </span>
      <button
        type="button"
        disabled={busy}
        onClick={() => void run('png')}
        data-testid={testId ? `${testId}-png` : undefined}
      >
        {t('export.png')}
      </button>
      <button
        type="button"
        disabled={busy}
        onClick={() => void run('svg')}
        data-testid={testId ? `${testId}-svg` : undefined}
      >
        {t('export.svg')}
      </button>
      {error && (
        <span role="alert" className="export-error">
          {error}
        </span>
      )}
    </div>
  );
}
