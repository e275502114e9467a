import type { MetricStat } from './model/types';

/**
 * A query's label: its own Label with CloudWatch's `${PROP('…')}` dynamic labels filled in
 * (Dim.<name>, MetricName, Namespace, Period, Stat), else the metric name as AWS defaults to.
 */
export function labelOf(label: string | undefined, stat: MetricStat): string {
  const metric = stat.Metric ?? {};
  if (label === undefined || label === '') return metric.MetricName ?? '';
  return label.replace(/\$\{PROP\('([^']+)'\)\}/g, (whole, property: string) => {
    if (property.startsWith('Dim.')) {
      const name = property.slice(4);
      return metric.Dimensions?.find((dimension) => dimension.Name === name)?.Value ?? whole;
    }
    switch (property) {
      case 'MetricName':
        return metric.MetricName ?? whole;
      case 'Namespace':
        return metric.Namespace ?? whole;
      case 'Period':
        return String(stat.Period ?? whole);
      case 'Stat':
        return stat.Stat ?? whole;
      default:
        return whole;
    }
  });
}
