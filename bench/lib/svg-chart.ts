/**
 * A small hand-written SVG line chart (no dependency): shared x values, several series in percent, optional
 * vertical markers. Enough for the quality sweep's "rate against threshold" plot.
 */
export interface Series {
  name: string;
  color: string;
  /** One value per x, in percent (0..100); NaN leaves a gap. */
  values: readonly number[];
  dashed?: boolean;
}

export interface LineChartSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  xs: readonly number[];
  series: readonly Series[];
  markers?: ReadonlyArray<{ x: number; label: string }>;
  /** Digits of the x tick labels. */
  xDigits?: number;
}

const WIDTH = 760;
const HEIGHT = 440;
const MARGIN = { left: 60, right: 20, top: 40, bottom: 150 };

export function lineChart(spec: LineChartSpec): string {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const xMin = Math.min(...spec.xs);
  const xMax = Math.max(...spec.xs);
  const highest = Math.max(0, ...spec.series.flatMap((series) => series.values.filter(Number.isFinite)));
  const yMax = Math.min(100, Math.max(10, Math.ceil(highest / 10) * 10));
  const x = (value: number) => MARGIN.left + ((value - xMin) / (xMax - xMin || 1)) * plotWidth;
  const y = (value: number) => MARGIN.top + plotHeight - (value / yMax) * plotHeight;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${WIDTH / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${escape(spec.title)}</text>`,
  );
  for (let tick = 0; tick <= yMax; tick += yMax > 50 ? 10 : 5) {
    out.push(
      `<line x1="${MARGIN.left}" y1="${f(y(tick))}" x2="${MARGIN.left + plotWidth}" y2="${f(y(tick))}" stroke="#e3e3e3"/>`,
      `<text x="${MARGIN.left - 6}" y="${f(y(tick) + 4)}" text-anchor="end">${tick}%</text>`,
    );
  }
  spec.xs.forEach((value, index) => {
    out.push(`<line x1="${f(x(value))}" y1="${MARGIN.top + plotHeight}" x2="${f(x(value))}" y2="${MARGIN.top + plotHeight + 4}" stroke="#555"/>`);
    if (index % 2 === 0 || index === spec.xs.length - 1) {
      out.push(`<text x="${f(x(value))}" y="${MARGIN.top + plotHeight + 18}" text-anchor="middle">${value.toFixed(spec.xDigits ?? 2)}</text>`);
    }
  });
  out.push(
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#555"/>`,
    `<text x="${MARGIN.left + plotWidth / 2}" y="${MARGIN.top + plotHeight + 38}" text-anchor="middle">${escape(spec.xLabel)}</text>`,
    `<text transform="translate(16 ${MARGIN.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">${escape(spec.yLabel)}</text>`,
  );
  for (const marker of spec.markers ?? []) {
    out.push(
      `<line x1="${f(x(marker.x))}" y1="${MARGIN.top}" x2="${f(x(marker.x))}" y2="${MARGIN.top + plotHeight}" stroke="#888" stroke-dasharray="2 3"/>`,
      `<text x="${f(x(marker.x) - 4)}" y="${MARGIN.top + 12}" text-anchor="end" fill="#555">${escape(marker.label)}</text>`,
    );
  }
  for (const series of spec.series) {
    const points = series.values.map((value, index) => (Number.isFinite(value) ? `${f(x(spec.xs[index]!))},${f(y(value))}` : undefined));
    const segments = points.join(' ').split(/\s*undefined\s*/).filter((segment) => segment.trim() !== '');
    for (const segment of segments) {
      out.push(`<polyline points="${segment.trim()}" fill="none" stroke="${series.color}" stroke-width="2"${series.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
    }
    for (const point of points) {
      if (point === undefined) continue;
      const [cx, cy] = point.split(',');
      out.push(`<circle cx="${cx}" cy="${cy}" r="2.5" fill="${series.color}"/>`);
    }
  }
  const legendTop = MARGIN.top + plotHeight + 56;
  spec.series.forEach((series, index) => {
    const column = index % 2;
    const row = Math.floor(index / 2);
    const lx = MARGIN.left + column * (plotWidth / 2);
    const ly = legendTop + row * 20;
    out.push(
      `<line x1="${lx}" y1="${ly}" x2="${lx + 28}" y2="${ly}" stroke="${series.color}" stroke-width="2"${series.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
      `<text x="${lx + 34}" y="${ly + 4}">${escape(series.name)}</text>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function f(value: number): string {
  return value.toFixed(1);
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
