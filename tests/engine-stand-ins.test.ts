/**
 * The browser bundle swaps four of json-rules-engine's dependencies for small stand-ins
 * (src/engine-stand-ins/). Each is held here to what the real package does for the calls
 * json-rules-engine makes, and the engine is pinned to the release they were checked against.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKED_WITH_JSON_RULES_ENGINE } from '../src/engine-stand-ins/aliases';
import deepCopy from '../src/engine-stand-ins/deep-copy';
import EventEmitter from '../src/engine-stand-ins/event-emitter';
import hash from '../src/engine-stand-ins/hash';
import { JSONPath } from '../src/engine-stand-ins/json-path-unsupported';
import { CATALOGUE_FILE, loadRuleSet, QUESTIONNAIRE_FILE, RULE_FILES } from '../src/triage';

// The real packages, loaded as json-rules-engine loads them: through Node's require, which the
// aliases in vite.config.ts do not reach (an `import` here would be given the stand-in itself).
const nodeRequire = createRequire(join(import.meta.dirname, '..', 'node_modules', 'json-rules-engine', 'dist', 'engine.js'));
const realClone = nodeRequire('clone') as <T>(value: T) => T;
const EventEmitter2 = nodeRequire('eventemitter2') as new () => {
  on: (event: string, listener: (...args: unknown[]) => unknown) => unknown;
  emitAsync: (event: string, ...args: unknown[]) => Promise<unknown>;
};
const hashIt = nodeRequire('hash-it') as { default: (value: unknown) => number };
const realHash = hashIt.default;

const root = join(import.meta.dirname, '..');
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

describe("the stand-ins for json-rules-engine's dependencies", () => {
  it('are used with the json-rules-engine release they were checked against, pinned exactly', () => {
    expect((json('package.json').dependencies as Record<string, string>)['json-rules-engine']).toBe(
      CHECKED_WITH_JSON_RULES_ENGINE,
    );
    expect(json('node_modules/json-rules-engine/package.json').version).toBe(CHECKED_WITH_JSON_RULES_ENGINE);
  });

  it('event emitter: calls every listener of an event in order with its arguments, and waits for them all, as eventemitter2 does', async () => {
    // json-rules-engine's compiled classes inherit the old way: the constructor is called on `this`.
    function Subclass(this: object) {
      (EventEmitter as unknown as (this: object) => void).call(this);
    }
    Object.setPrototypeOf(Subclass.prototype, (EventEmitter as unknown as { prototype: object }).prototype);
    const calls = async (emitter: {
      on: (e: string, l: (...a: unknown[]) => unknown) => unknown;
      emitAsync: (e: string, ...a: unknown[]) => Promise<unknown>;
    }) => {
      const seen: string[] = [];
      emitter.on('success', async (a, b) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        seen.push(`first ${String(a)} ${String(b)}`);
        return 1;
      });
      emitter.on('success', (a) => {
        seen.push(`second ${String(a)}`);
        return 2;
      });
      emitter.on('failure', () => seen.push('failure'));
      const results = await emitter.emitAsync('success', 'event', 'almanac');
      await emitter.emitAsync('nobody-listens');
      return { seen: seen.sort(), results };
    };
    const standIn = new (Subclass as unknown as new () => Parameters<typeof calls>[0])();
    expect(await calls(standIn)).toEqual(await calls(new EventEmitter2()));
  });

  it('deep copy: copies the condition trees json-rules-engine copies, keeping every prototype, as clone does', () => {
    class Condition {
      constructor(
        public fact: string,
        public value: unknown,
      ) {}
      isBooleanOperator() {
        return false;
      }
    }
    const tree = {
      all: [
        new Condition('chestPain', [true, 'unsure']),
        { any: [new Condition('radiation', 'chest'), new Condition('age', 55)] },
      ],
      event: { type: 'triage' },
      priority: 1,
    };
    for (const copy of [deepCopy(tree), realClone(tree)]) {
      expect(copy).toEqual(tree);
      expect(copy).not.toBe(tree);
      expect(copy.all[0]).not.toBe(tree.all[0]);
      expect(Object.getPrototypeOf(copy.all[0])).toBe(Condition.prototype);
      expect(Object.getPrototypeOf((copy.all[1] as { any: Condition[] }).any[1])).toBe(Condition.prototype);
    }
  });

  it('hash: never gives two facts the same cache key where hash-it tells them apart', () => {
    const factKey = fc.record({ id: fc.string(), params: fc.dictionary(fc.string(), fc.jsonValue()) });
    fc.assert(
      fc.property(factKey, factKey, (a, b) => {
        if (realHash(a) !== realHash(b)) expect(hash(a)).not.toBe(hash(b));
      }),
      { numRuns: 5_000 },
    );
  });

  it('JSON path: is never reached, since a rule may not hold a path; it refuses if it is', () => {
    expect(() => JSONPath()).toThrow('not supported');
    const [first, ...rest] = RULE_FILES;
    const content = structuredClone(first!.content) as {
      rules: { conditions: { all?: Record<string, unknown>[]; any?: Record<string, unknown>[] } }[];
    };
    const leaf = (content.rules[0]!.conditions.all ?? content.rules[0]!.conditions.any)![0]!;
    leaf.path = '$.anything';
    expect(() => loadRuleSet([{ ...first!, content }, ...rest], CATALOGUE_FILE, QUESTIONNAIRE_FILE)).toThrow(/path/);
  });
});
