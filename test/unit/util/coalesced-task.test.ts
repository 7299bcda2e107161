import { describe, expect, it } from 'vitest';
import { CoalescedTask } from '../../../src/util/coalesced-task.ts';

/** A task whose runs finish only when the test says so. */
function controlledTask() {
  const finishers: Array<() => void> = [];
  let runs = 0;
  const task = () => {
    runs++;
    return new Promise<void>((resolve) => finishers.push(resolve));
  };
  return {
    task,
    get runs() {
      return runs;
    },
    async finishCurrent() {
      finishers.shift()!();
      // Let the finally handler (and a rerun it starts) run.
      await Promise.resolve();
      await Promise.resolve();
    },
  };
}

describe('CoalescedTask', () => {
  it('runs at once when idle', () => {
    const control = controlledTask();
    new CoalescedTask(control.task).request();
    expect(control.runs).toBe(1);
  });

  it('turns any number of requests during a run into one run after it', async () => {
    const control = controlledTask();
    const task = new CoalescedTask(control.task);
    task.request();
    task.request();
    task.request();
    task.request();
    expect(control.runs).toBe(1);
    await control.finishCurrent();
    expect(control.runs).toBe(2);
    await control.finishCurrent();
    expect(control.runs).toBe(2);
  });

  it('runs again for a request made after the previous run finished', async () => {
    const control = controlledTask();
    const task = new CoalescedTask(control.task);
    task.request();
    await control.finishCurrent();
    task.request();
    expect(control.runs).toBe(2);
  });

  it('ignores requests, and the rerun asked for during a run, while it may not run', async () => {
    const control = controlledTask();
    let open = true;
    const task = new CoalescedTask(control.task, () => open);
    task.request();
    task.request();
    open = false;
    await control.finishCurrent();
    expect(control.runs).toBe(1);
    task.request();
    expect(control.runs).toBe(1);
  });
});
