// A small bar chart of revenue per month as inline SVG (no chart library: twelve bars do not need one).
const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, text) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}

export function revenueChart(months, format) {
  const width = 600, height = 140, base = 118, top = 12;
  const max = Math.max(1, ...months.map((m) => Number(m.revenue)));
  const step = width / Math.max(1, months.length);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'data-testid': 'revenue-chart' });
  months.forEach((m, i) => {
    const value = Number(m.revenue);
    const barHeight = Math.round((value / max) * (base - top));
    const bar = svg('rect', { x: i * step + step * 0.15, y: base - barHeight, width: step * 0.7, height: Math.max(barHeight, value > 0 ? 1 : 0), class: 'bar' });
    bar.append(svg('title', {}, m.month + ': ' + format(value) + ' (' + m.orders + ')'));
    chart.append(bar);
    chart.append(svg('text', { x: i * step + step / 2, y: height - 6, 'text-anchor': 'middle', class: 'axis' }, m.month.slice(5)));
  });
  chart.append(svg('line', { x1: 0, x2: width, y1: base, y2: base, class: 'base' }));
  return chart;
}
