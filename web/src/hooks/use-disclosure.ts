import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A button that shows a panel (a disclosure, not an ARIA menu): the panel closes on a press
 * outside the container and on Escape, which gives the focus back to the button. Spread
 * `containerProps` on the element holding both, `buttonProps` on the button, `id={panelId}` on the panel.
 */
export function useDisclosure() {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (container.current && event.target instanceof Node && !container.current.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key === 'Escape' && open) {
        setOpen(false);
        container.current?.querySelector('button')?.focus();
      }
    },
    [open],
  );
  const close = useCallback(() => {
    setOpen(false);
  }, []);

  return {
    open,
    panelId,
    close,
    containerProps: { ref: container, onKeyDown },
    buttonProps: {
      'aria-expanded': open,
      'aria-controls': panelId,
      onClick: () => {
        setOpen((value) => !value);
      },
    },
  };
}
