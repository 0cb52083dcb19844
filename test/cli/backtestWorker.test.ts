import { EventEmitter } from "node:events";
import { inOrder } from "../../src/cli/backtestWorker";

// A worker whose jobs are answered when the test says, and whose postMessage clones as the real one does: a
// job holding what cannot be cloned (here a function) throws DataCloneError. terminate() ends it: its exit.
function fakeWorker() {
  const w = Object.assign(new EventEmitter(), {
    posted: [] as unknown[],
    terminated: 0,
    postMessage(m: unknown) {
      w.posted.push(structuredClone(m));
    },
    ref() {},
    unref() {},
    terminate() {
      w.terminated++;
      w.emit("exit", 1);
      return Promise.resolve(1);
    },
  });
  return w;
}

// reviewer47 L2: the backtest is sent while the asOf − 2H fit and rest() are still out. A backtest that cannot be
// sent runs in the thread (null), and the jobs already out are still answered, not rejected by a stopped worker.
test("a job that cannot be sent is declined; the jobs already out are still answered, then the worker is freed", async () => {
  const w = fakeWorker();
  let freed = 0;
  const ask = inOrder(w as never, () => freed++);
  const fit = ask({ kind: "model", job: {} as never }, []);
  const rest = ask({ kind: "rest" }, []);
  expect(ask({ kind: "backtest", job: { cannot: () => 1 } as never }, [])).toBeNull();
  // No later job is sent to it.
  expect(ask({ kind: "rest" }, [])).toBeNull();
  expect(w.posted).toHaveLength(2);
  expect(w.terminated).toBe(0);
  w.emit("message", { result: { fit: 2 } });
  w.emit("message", { result: { rest: true } });
  await expect(fit).resolves.toEqual({ fit: 2 });
  await expect(rest).resolves.toEqual({ rest: true });
  expect(freed).toBe(0);
  ask.done();
  expect(freed).toBe(1);
});

test("a worker that stops rejects the jobs out", async () => {
  const w = fakeWorker();
  const ask = inOrder(w as never, () => undefined);
  const fit = ask({ kind: "model", job: {} as never }, []);
  w.emit("exit", 1);
  await expect(fit).rejects.toThrow("the backtest worker stopped (exit code 1)");
  expect(ask({ kind: "rest" }, [])).toBeNull();
});
