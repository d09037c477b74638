/**
 * Runs `callback` once the next frame is on screen: an animation frame callback runs just before the
 * frame is painted, and a task it queues runs after. Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timeout: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timeout = setTimeout(callback);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timeout);
  };
}
