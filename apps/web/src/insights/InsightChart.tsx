import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

/** One figure as a chart (Chart.js); the table beside it carries the same numbers for screen readers. */
export default function InsightChart(props: { kind: 'line' | 'bar'; label: string; labels: string[]; values: (number | null)[]; color: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: props.kind,
      data: { labels: props.labels, datasets: [{ label: props.label, data: props.values, backgroundColor: props.color, borderColor: props.color, spanGaps: false }] },
      options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } } },
    });
    return () => chart.destroy();
  }, [props.kind, props.label, props.labels, props.values, props.color]);
  return (
    <div className="werkbank-chart">
      <canvas ref={canvas} aria-hidden="true" />
    </div>
  );
}
