/**
 * Mantine's Modal with two accessibility fixes: its header is a <header>, which inside a
 * portal becomes a second page banner, so it renders a <div>; and the close button gets
 * a translated name.
 */
import type { ReactNode } from 'react';
import { Modal, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  onClose: () => void;
  size?: MantineSize;
  children: ReactNode;
}

export function AppModal({ title, onClose, size = 'md', children }: Props) {
  const { t } = useTranslation();
  return (
    <Modal.Root opened onClose={onClose} size={size}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title fw={700} fz="lg">
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label={t('common.close')} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
