/** A support segment as a badge with words (never colour alone; no orange or yellow, whose light badges fall below 4.5:1). */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { wrappingBadge } from '../cases/badge-styles';
import type { Segment } from './api';

const colour: Record<Segment, string> = { self_service: 'teal', standard: 'blue', intensive: 'violet', specialist: 'grape' };

export function SegmentBadge({ segment, size = 'md' }: { segment: Segment; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation('assessment');
  return (
    <Badge variant="light" color={colour[segment]} radius="sm" tt="none" size={size} styles={wrappingBadge}>
      {t(`segment.${segment}`)}
    </Badge>
  );
}
