// Browser-only: runs a function at most once per animation frame, however often it is asked to.
export function perFrame(fn: () => void): () => void {
  let frame = 0;
  return () => {
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0;
        fn();
      });
  };
}
