import '@patternfly/patternfly/patternfly-charts.css';

/** PatternFly chart tokens (light and dark themes follow the CSS variables). */
export const chartColors = [
  'var(--pf-t--chart--color--blue--300)',
  'var(--pf-t--chart--color--green--300)',
  'var(--pf-t--chart--color--purple--300)',
  'var(--pf-t--chart--color--orange--300)',
  'var(--pf-t--chart--color--teal--300)',
  'var(--pf-t--chart--color--yellow--300)',
  'var(--pf-t--chart--color--blue--500)',
  'var(--pf-t--chart--color--green--500)',
];

export const colors = {
  primary: 'var(--pf-t--chart--color--blue--300)',
  secondary: 'var(--pf-t--chart--color--green--400)',
  danger: 'var(--pf-t--chart--color--red-orange--300)',
  warning: 'var(--pf-t--global--color--status--warning--default)',
  reference: 'var(--pf-t--global--text--color--subtle)',
  grid: 'var(--pf-t--global--border--color--default)',
  axis: 'var(--pf-t--global--text--color--subtle)',
  panicFill: 'var(--pf-t--global--color--status--warning--default)',
};

export const colorAt = (i: number) => chartColors[i % chartColors.length];

/** HH:MM:SS in the browser's locale. */
export const clock = (t: number) => new Date(t).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
