/**
 * A zod schema built on its first use, not when its module loads. Building the rule set's schemas
 * was over half of what the command line's bundle ran at load (zod makes every check, default and
 * object eagerly), on every run, though a run without a rule file parses none (defaultRules() is a
 * copy of defaults.ts). The value stands for the schema itself: every property read, `in`,
 * `instanceof` and prototype goes to the schema, built then; a schema made from it (`.default()`,
 * `.prefault()`, `.nullable()`) is zod's own.
 *
 * @example const days = lazySchema(() => z.number().int().min(0)); // nothing built yet
 */
export function lazySchema<T extends object>(build: () => T): T {
  let schema: T | undefined;
  const real = (): T => (schema ??= build());
  // The target stays empty: a property the schema has but cannot be reconfigured is told as
  // configurable (a proxy may not report a fixed property its target lacks).
  return new Proxy(Object.create(null) as T, {
    get: (_, key) => Reflect.get(real(), key, real()),
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(real(), key);
      return d && { ...d, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
