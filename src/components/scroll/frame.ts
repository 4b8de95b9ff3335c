// Browser-only: the page's work per animation frame, in one place. Each job reads the page and returns what
// it will write; in a frame every job reads first and then every job writes, so that a frame of scrolling
// forces one layout at most, however many parts of the page follow the scroll (the scroll controller, the
// header). A job asked for many times in a frame runs once; a job can also run at once (runNow).

/** A job: reads what it needs, and returns the writes (or nothing to write). */
type Job = () => (() => void) | void;

const queued = new Set<Job>();
let frame = 0;

function run(): void {
  frame = 0;
  const jobs = [...queued];
  queued.clear();
  jobs.map((read) => read()).forEach((write) => write?.());
}

/** Runs `job` at once, its reading and then its writes: for a moment outside the frames of scrolling (a
 *  click that needs the place now, the controller's first reading). */
export function runNow(job: Job): void {
  job()?.();
}

/** The function that asks for `job` to run in the next animation frame. */
export function perFrame(job: Job): () => void {
  return () => {
    queued.add(job);
    frame ||= requestAnimationFrame(run);
  };
}
