/** Buttons whose label may be long (Armenian, Russian): they wrap onto two lines instead of running out of their box. */
export const wrappingButton = {
  root: { height: 'auto', minHeight: 30, paddingBlock: 4 },
  label: { whiteSpace: 'normal', lineHeight: 1.3, textAlign: 'left' },
} as const;
