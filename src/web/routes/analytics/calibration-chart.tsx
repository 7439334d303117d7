/**
 * Calibration as a picture: for each bin of held-out spells, the mean predicted
 * probability (across) against the share that actually became long-term (up). Points on
 * the diagonal mean the scores can be read as probabilities. Mantine has no charts and
 * one small plot does not justify a charting library: plain SVG, announced as one image
 * whose figures are in the table next to it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNumbers } from './numbers';
import type { ModelReport } from './profiling-api';

type Bin = ModelReport['calibration'][number];

const size = 320;
const pad = { left: 56, right: 16, top: 16, bottom: 52 };
const plot = size - pad.left - pad.right;
const ticks = [0, 0.25, 0.5, 0.75, 1];
const x = (v: number) => pad.left + v * plot;
const y = (v: number) => pad.top + (1 - v) * plot;
const ink = '#343a40';
const grid = '#dee2e6';
const accent = '#364fc7';

export function CalibrationChart({ bins }: { bins: readonly Bin[] }) {
  const { t } = useTranslation('analytics');
  const n = useNumbers();
  const id = useId();
  const points = bins.map((b) => `${x(b.meanPredicted)},${y(b.observedRate)}`).join(' ');
  const largest = Math.max(1, ...bins.map((b) => b.count));

  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${size} ${size}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        style={{ width: '100%', maxWidth: 420, height: 'auto', display: 'block', marginInline: 'auto' }}
      >
        <title id={`${id}-title`}>{t('calibration.chartTitle')}</title>
        <desc id={`${id}-desc`}>{t('calibration.chartDesc')}</desc>
        {ticks.map((v) => (
          <g key={v} aria-hidden="true">
            <line x1={x(v)} x2={x(v)} y1={y(0)} y2={y(1)} stroke={grid} />
            <line x1={x(0)} x2={x(1)} y1={y(v)} y2={y(v)} stroke={grid} />
            <text x={x(v)} y={y(0) + 16} fontSize={11} textAnchor="middle" fill={ink}>
              {n.share(v)}
            </text>
            <text x={x(0) - 6} y={y(v) + 4} fontSize={11} textAnchor="end" fill={ink}>
              {n.share(v)}
            </text>
          </g>
        ))}
        <g aria-hidden="true">
          <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} stroke={ink} strokeDasharray="4 4" />
          <polyline points={points} fill="none" stroke={accent} strokeWidth={2} />
          {bins.map((b) => (
            <circle key={b.bin} cx={x(b.meanPredicted)} cy={y(b.observedRate)} r={3 + 4 * Math.sqrt(b.count / largest)} fill={accent} fillOpacity={0.85} />
          ))}
          <text x={pad.left + plot / 2} y={size - 10} fontSize={12} textAnchor="middle" fill={ink}>
            {t('calibration.predicted')}
          </text>
          <text transform={`translate(14 ${pad.top + plot / 2}) rotate(-90)`} fontSize={12} textAnchor="middle" fill={ink}>
            {t('calibration.observed')}
          </text>
        </g>
      </svg>
      <figcaption style={{ fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-gray-7)', textAlign: 'center', marginTop: 4 }}>
        {t('calibration.legend')}
      </figcaption>
    </figure>
  );
}
