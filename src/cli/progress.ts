// The progress line of a long run, on a terminal only: one line, rewritten in place, that
// appears once a run has taken a second (shorter runs print nothing) and is erased when the
// run ends, so what is printed after it reads as if it had never been there.
import type { Progress } from '../build-model.js';
import type { OutputStream } from './io.js';

/** How long a run goes before it shows progress, and how often the line is redrawn at most. */
export const PROGRESS_AFTER_MS = 1000;
const REDRAW_MS = 100;

const LINE: Record<Progress['stage'], (done: number, total: number) => string> = {
  parse: (done, total) => `${done} of ${total} docs parsed`,
  emit: (done, total) => (done < total ? `emitting ${total} enums` : `${total} enums emitted`),
  write: (done, total) => `${done} of ${total} files written`,
};

export interface ProgressLine {
  /** For the library's onProgress; undefined when no line is shown (not a terminal, or JSON output). */
  onProgress?: (progress: Progress) => void;
  /** Erases the line, if one was drawn. */
  done(): void;
}

export function progressLine(stream: OutputStream, options: { enabled: boolean; now?: () => number }): ProgressLine {
  if (!options.enabled || stream.isTTY !== true) return { done: () => undefined };
  const now = options.now ?? (() => performance.now());
  const started = now();
  let drawnAt: number | undefined;
  return {
    onProgress: ({ stage, done, total }) => {
      const time = now();
      const last = done === total;
      if (time - started < PROGRESS_AFTER_MS || (drawnAt !== undefined && time - drawnAt < REDRAW_MS && !last)) return;
      drawnAt = time;
      stream.write(`\r\u001b[2Kdoc-codegen: ${LINE[stage](done, total)}…`);
    },
    done: () => {
      if (drawnAt !== undefined) stream.write('\r\u001b[2K');
      drawnAt = undefined;
    },
  };
}
