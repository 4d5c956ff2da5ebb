import type { RefObject } from 'react';
import { useI18n } from '../i18n';
import { contextLine } from '../lib/exportTable';
import type { LegendItem } from '../lib/chartImage';
import { downloadBlob, exportFileName } from './download';
import { ExportGroup, useExportAction } from './ExportGroup';
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
  const { busy, error, run: act } = useExportAction();
  if (!ctx) return null;

  const run = (format: 'svg' | 'png') => {
    const svgElement = chart.current?.querySelector('svg.recharts-surface');
    if (!(svgElement instanceof SVGSVGElement)) return;
    void act(async () => {
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
    });
  };

  return (
    <ExportGroup
      className="chart-export"
      label={t('export.chartGroup', { what: title })}
      title={t('export.chartTitle')}
      busy={busy}
      error={error}
    >
      <button
        type="button"
        disabled={busy}
        onClick={() => run('png')}
        data-testid={testId ? `${testId}-png` : undefined}
      >
        {t('export.png')}
      </button>
      <button
        type="button"
        disabled={busy}
        onClick={() => run('svg')}
        data-testid={testId ? `${testId}-svg` : undefined}
      >
        {t('export.svg')}
      </button>
    </ExportGroup>
  );
}
