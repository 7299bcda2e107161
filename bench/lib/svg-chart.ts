/**
 * A small hand-written SVG line chart (no dependency): shared x values, one or more stacked panels each with
 * its own percent scale (so a 0–2% wrong-hit rate is readable under a 0–60% hit rate), optional vertical
 * markers across all panels.
 */
export interface Series {
  name: string;
  color: string;
  /** One value per x, in percent (0..100); NaN leaves a gap. */
  values: readonly number[];
  dashed?: boolean;
}

export interface Panel {
  title: string;
  series: readonly Series[];
}

export interface LineChartSpec {
  title: string;
  xLabel: string;
  xs: readonly number[];
  panels: readonly Panel[];
  markers?: ReadonlyArray<{ x: number; label: string }>;
  /** Digits of the x tick labels. */
  xDigits?: number;
}

const WIDTH = 760;
const LEFT = 60;
const RIGHT = 20;
const PANEL_HEIGHT = 200;
const PANEL_GAP = 70;
const TOP = 50;

export function lineChart(spec: LineChartSpec): string {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const xMin = Math.min(...spec.xs);
  const xMax = Math.max(...spec.xs);
  const x = (value: number) => LEFT + ((value - xMin) / (xMax - xMin || 1)) * plotWidth;
  const legendRows = (panel: Panel) => Math.ceil(panel.series.length / 2);
  const out: string[] = [];
  let top = TOP;
  const body: string[] = [];
  for (const panel of spec.panels) {
    const highest = Math.max(0, ...panel.series.flatMap((series) => series.values.filter(Number.isFinite)));
    const { yMax, step } = scale(highest);
    const y = (value: number) => top + PANEL_HEIGHT - (value / yMax) * PANEL_HEIGHT;
    body.push(`<text x="${LEFT}" y="${top - 8}" font-weight="bold">${escape(panel.title)}</text>`);
    for (let tick = 0; tick <= yMax + 1e-9; tick += step) {
      body.push(
        `<line x1="${LEFT}" y1="${f(y(tick))}" x2="${LEFT + plotWidth}" y2="${f(y(tick))}" stroke="#e3e3e3"/>`,
        `<text x="${LEFT - 6}" y="${f(y(tick) + 4)}" text-anchor="end">${formatTick(tick, step)}%</text>`,
      );
    }
    spec.xs.forEach((value, index) => {
      body.push(`<line x1="${f(x(value))}" y1="${top + PANEL_HEIGHT}" x2="${f(x(value))}" y2="${top + PANEL_HEIGHT + 4}" stroke="#555"/>`);
      if (index % 2 === 0) body.push(`<text x="${f(x(value))}" y="${top + PANEL_HEIGHT + 17}" text-anchor="middle">${value.toFixed(spec.xDigits ?? 2)}</text>`);
    });
    body.push(`<rect x="${LEFT}" y="${top}" width="${plotWidth}" height="${PANEL_HEIGHT}" fill="none" stroke="#555"/>`);
    for (const marker of spec.markers ?? []) {
      body.push(`<line x1="${f(x(marker.x))}" y1="${top}" x2="${f(x(marker.x))}" y2="${top + PANEL_HEIGHT}" stroke="#888" stroke-dasharray="2 3"/>`);
    }
    for (const series of panel.series) {
      const points = series.values.map((value, index) => (Number.isFinite(value) ? [x(spec.xs[index]!), y(value)] as const : undefined));
      let run: string[] = [];
      const flush = () => {
        if (run.length > 1) body.push(`<polyline points="${run.join(' ')}" fill="none" stroke="${series.color}" stroke-width="2"${series.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
        run = [];
      };
      for (const point of points) {
        if (point === undefined) {
          flush();
          continue;
        }
        run.push(`${f(point[0])},${f(point[1])}`);
        body.push(`<circle cx="${f(point[0])}" cy="${f(point[1])}" r="2.5" fill="${series.color}"/>`);
      }
      flush();
    }
    const legendTop = top + PANEL_HEIGHT + 36;
    panel.series.forEach((series, index) => {
      const lx = LEFT + (index % 2) * (plotWidth / 2);
      const ly = legendTop + Math.floor(index / 2) * 18;
      body.push(
        `<line x1="${lx}" y1="${ly}" x2="${lx + 28}" y2="${ly}" stroke="${series.color}" stroke-width="2"${series.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
        `<text x="${lx + 34}" y="${ly + 4}">${escape(series.name)}</text>`,
      );
    });
    top = legendTop + legendRows(panel) * 18 + PANEL_GAP - 20;
  }
  const height = top - PANEL_GAP + 40;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${height}" fill="white"/>`,
    `<text x="${WIDTH / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${escape(spec.title)}</text>`,
    ...body,
    `<text x="${LEFT + plotWidth / 2}" y="${height - 14}" text-anchor="middle">${escape(spec.xLabel)}</text>`,
  );
  for (const marker of spec.markers ?? []) {
    out.push(`<text x="${f(x(marker.x) + 3)}" y="${TOP + 12}" fill="#555">${escape(marker.label)}</text>`);
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** A round tick step giving at most 6 intervals, and the axis top as a whole number of steps (≥ 1%). */
function scale(highest: number): { yMax: number; step: number } {
  const target = Math.max(1, highest * 1.05);
  const step = [0.2, 0.5, 1, 2, 5, 10, 20].find((candidate) => target / candidate <= 6) ?? 20;
  return { yMax: Math.min(100, step * Math.ceil(target / step)), step };
}

function formatTick(value: number, step: number): string {
  return step < 1 ? value.toFixed(1) : String(Math.round(value));
}

function f(value: number): string {
  return value.toFixed(1);
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
