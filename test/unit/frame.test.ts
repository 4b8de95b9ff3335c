// perFrame (components/scroll/frame.ts): in a frame every job reads before any job writes, each job once,
// with one animation frame asked for however many jobs and calls; runNow runs a job at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { perFrame, runNow } from '../../src/components/scroll/frame';

let frames: FrameRequestCallback[] = [];
beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) => frames.push(fn));
});
afterEach(() => vi.unstubAllGlobals());
const runFrame = () => frames.splice(0).forEach((fn) => fn(0));

describe('perFrame', () => {
  it('runs every reading of the frame before the first write', () => {
    const log: string[] = [];
    const job = (name: string) => perFrame(() => (log.push(`read ${name}`), () => log.push(`write ${name}`)));
    const [a, b] = [job('a'), job('b')];
    a();
    b();
    runFrame();
    expect(log).toEqual(['read a', 'read b', 'write a', 'write b']);
  });

  it('runs a job asked for several times in a frame once, in one frame, and again in the next', () => {
    const read = vi.fn();
    const schedule = perFrame(read);
    schedule();
    schedule();
    schedule();
    expect(frames).toHaveLength(1);
    runFrame();
    expect(read).toHaveBeenCalledTimes(1);
    schedule();
    runFrame();
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('takes a job that has nothing to write', () => {
    const log: string[] = [];
    const quiet = perFrame(() => void log.push('read quiet'));
    const busy = perFrame(() => (log.push('read busy'), () => log.push('write busy')));
    quiet();
    busy();
    runFrame();
    expect(log).toEqual(['read quiet', 'read busy', 'write busy']);
  });
});

describe('runNow', () => {
  it('reads and then writes at once, asking for no frame and leaving the next frame its jobs', () => {
    const log: string[] = [];
    const read = () => (log.push('read'), () => log.push('write'));
    const schedule = perFrame(read);
    schedule();
    runNow(read);
    expect(log).toEqual(['read', 'write']);
    expect(frames).toHaveLength(1);
    runFrame();
    expect(log).toEqual(['read', 'write', 'read', 'write']);
  });
  it('takes a job that has nothing to write', () => {
    const read = vi.fn();
    runNow(read);
    expect(read).toHaveBeenCalledTimes(1);
    expect(frames).toHaveLength(0);
  });
});
