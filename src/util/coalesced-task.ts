/**
 * An async task run at most once at a time: a request while it runs asks for one more run after it (any number
 * of requests then make one run), so the last request is always followed by a run that started after it. A
 * request is ignored while `may()` is false, including the run asked for during the previous one.
 *
 * @example
 *   const detection = new CoalescedTask(() => this.#detect(), () => !this.#closed);
 *   detection.request(); // runs now, or once more after the run in progress
 */
export class CoalescedTask {
  readonly #task: () => Promise<void>;
  readonly #may: () => boolean;
  #running: Promise<void> | undefined;
  #again = false;

  constructor(task: () => Promise<void>, may: () => boolean = () => true) {
    this.#task = task;
    this.#may = may;
  }

  request(): void {
    if (!this.#may()) return;
    if (this.#running !== undefined) {
      this.#again = true;
      return;
    }
    // A run's failure is the task's to report: dropped here, so a failed run never becomes an unhandled rejection.
    this.#running = this.#task().catch(() => {}).finally(() => {
      this.#running = undefined;
      if (this.#again) {
        this.#again = false;
        this.request();
      }
    });
  }
}
