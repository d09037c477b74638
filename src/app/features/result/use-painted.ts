import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from '../../lib/after-next-paint';

/**
 * False on the first render, then true once that render is on screen: what waits for it renders in
 * a following, interruptible pass, after the first paint rather than before it.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => startTransition(() => setPainted(true))), []);
  return painted;
}
