import { asideAnswer, claimThere } from "../../src/cli/asideAnswer";

describe("asideAnswer: a job asked of the JSON's thread, made once", () => {
  it("back before it is needed: the answer", () => {
    const job = asideAnswer<string>();
    expect(claimThere(job.claim)).toBe(true);
    job.answer("rows");
    expect(job.get()).toBe("rows");
  });

  it("not started there when needed: taken here, and the thread does not start it", () => {
    const job = asideAnswer<string>();
    expect(job.get()).toBeNull();
    expect(claimThere(job.claim)).toBe(false);
  });

  it("started there: waited for, not made again", async () => {
    const job = asideAnswer<string>();
    expect(claimThere(job.claim)).toBe(true);
    const got = job.get();
    expect(got).toBeInstanceOf(Promise);
    job.answer("rows");
    await expect(got).resolves.toBe("rows");
  });

  it("the thread fails or ends: null (made here), the first answer kept", async () => {
    const job = asideAnswer<string>();
    expect(claimThere(job.claim)).toBe(true);
    const got = job.get();
    job.answer(null);
    job.answer("late");
    await expect(got).resolves.toBeNull();
    expect(job.get()).toBeNull();
  });

  it("the claim is shared memory: a copy sent to another thread is the same claim", () => {
    const job = asideAnswer<string>();
    const sent = structuredClone(job.claim);
    expect(claimThere(sent)).toBe(true);
    expect(job.get()).toBeInstanceOf(Promise);
  });
});
