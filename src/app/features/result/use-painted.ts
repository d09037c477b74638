import { startTransition, useEffect, useState } from 'react';

/**
 * False on the first render, then true once that render is on screen: what waits for it renders in
 * a following, interruptible pass, after the first paint rather than before it.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timeout: ReturnType<typeof setTimeout> | undefined;
    // An animation frame callback runs just before the frame is painted; a task it queues runs after.
    const frame = requestAnimationFrame(() => {
      timeout = setTimeout(() => startTransition(() => setPainted(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timeout);
    };
  }, []);
  return painted;
}
