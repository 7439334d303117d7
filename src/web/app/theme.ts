/**
 * Mantine theme. Noto Sans covers Latin, Cyrillic and Armenian with one design; the
 * fallbacks are system fonts that also carry Armenian glyphs (Sylfaen on Windows,
 * Mshtakan on macOS), so no script falls back to boxes.
 */
import { createTheme, type CSSVariablesResolver } from '@mantine/core';

const fontStack = [
  '"Noto Sans"',
  '"Noto Sans Armenian"',
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Sylfaen',
  'Mshtakan',
  'Roboto',
  'Arial',
  'sans-serif',
].join(', ');

export const theme = createTheme({
  fontFamily: fontStack,
  headings: { fontFamily: fontStack },
  primaryColor: 'indigo',
  // Shade 8 keeps white text on filled buttons above the 4.5:1 contrast ratio.
  primaryShade: 8,
  defaultRadius: 'sm',
  focusRing: 'always',
});

/**
 * Contrast fixes for WCAG AA (4.5:1): Mantine's "dimmed" grey (gray.6) is too light on
 * the page background, and "light" variants (alerts, badges) put shade 9 text on shade 1,
 * which is 4.3:1 for teal; shade 0 behind it passes for every colour. Field errors use
 * Mantine's red.6 (3.6:1 on white): shade 9 passes.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-error': t.colors.red[9],
    ...Object.fromEntries(Object.entries(t.colors).map(([name, shades]) => [`--mantine-color-${name}-light`, shades[0]])),
  },
  dark: {},
});
