// doc-codegen verify: the SDK readers (TypeScript with ts-morph, C/C++ with tree-sitter), the
// comparison, the command's report and exit codes; and the cross-doc check's config switches.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { lint } from '../src/build-model.js';
import { expandEnumMacros, readCppSdk } from '../src/verify/cpp.js';
import { readJavaSdk } from '../src/verify/java.js';
import { readTypeScriptSdk } from '../src/verify/typescript.js';
import { cli } from './helpers/cli.js';
import { REPO_ROOT } from './helpers/paths.js';

const INVALID = path.join(REPO_ROOT, 'test/fixtures/invalid');
const members = (enums: { qualifiedName: string; members: { name: string; value?: bigint | string }[] }[]) =>
  Object.fromEntries(enums.map((found) => [found.qualifiedName, Object.fromEntries(found.members.map((member) => [member.name, member.value]))]));

describe('SDK readers', () => {
  it('reads TypeScript enums (declare, const, in namespaces) and `as const` objects, with their constant values', () => {
    const enums = readTypeScriptSdk([
      {
        path: 'sdk/index.ts',
        text: `export enum A { X, Y = 4, Z }
export const enum B { S = "s", T = 1 << 3, U = T | 1 }
export namespace rtc { export namespace media { export enum C { K = -1 } } }
export const D = { P: 0, Q: -2, R: "r", "S-T": 5 } as const;
const notAnEnum = { P: 0 };`,
      },
      // In a declaration file an enum is ambient: a member without a value is no constant to TypeScript either.
      { path: 'sdk/types.d.ts', text: 'export declare enum E { V = 2, W }\nexport declare const enum F { G = 1, H }\n' },
    ]);
    expect(members(enums)).toEqual({
      A: { X: 0n, Y: 4n, Z: 5n },
      B: { S: 's', T: 8n, U: 9n },
      'rtc.media.C': { K: -1n },
      D: { P: 0n, Q: -2n, R: 'r', 'S-T': 5n },
      E: { V: 2n, W: undefined },
      F: { G: 1n, H: 2n },
    });
    expect(enums.map((found) => [found.name, found.file, found.line])).toEqual([
      ['A', 'sdk/index.ts', 1],
      ['B', 'sdk/index.ts', 2],
      ['C', 'sdk/index.ts', 3],
      ['D', 'sdk/index.ts', 4],
      ['E', 'sdk/types.d.ts', 1],
      ['F', 'sdk/types.d.ts', 2],
    ]);
  });

  it('reads C/C++ enums in namespaces and classes, evaluating values exactly', async () => {
    const enums = await readCppSdk([
      {
        path: 'include/rtc.h',
        text: `#pragma once
#define FLAG(x) (1 << (x))
namespace bytertc { namespace detail {
enum class Feedback : uint64_t { kNone = 0, kNoise = 1ULL << 10, kBig = 1ULL << 54, kNext };
} // namespace detail
class Engine { public: enum Media { kAudio = 1, kVideo, kBoth = kAudio | kVideo, kOdd = FLAG(2) }; };
}
typedef enum { ANON = 1 } AnonymousEnum;
enum Plain { P_A = -3, P_B };`,
      },
    ]);
    expect(members(enums)).toEqual({
      'bytertc::detail::Feedback': { kNone: 0n, kNoise: 1024n, kBig: 18014398509481984n, kNext: 18014398509481985n },
      // A macro's value is not known without its expansion: left undefined, and so the next one.
      'bytertc::Engine::Media': { kAudio: 1n, kVideo: 2n, kBoth: 3n, kOdd: undefined },
      Plain: { P_A: -3n, P_B: -2n },
    });
  });

  it('reads Objective-C NS_ENUM and NS_OPTIONS (as Foundation expands them) beside @interface, with doc comments', async () => {
    const text = `#import <Foundation/Foundation.h>
@interface Hub : NSObject
- (void)pair;
@end
/// Lamp states.
typedef NS_ENUM(NSInteger, LampState) {
    /// Waiting.
    LampStateIdle = 0,
    LampStateOn = 2, ///< Lit.
    LampStateAfter,
};
typedef NS_OPTIONS(NSUInteger,
                   LampFlags) {
    LampFlagA = 1 << 0,
    LampFlagB = 1 << 1,
};`;
    expect(expandEnumMacros(text).split('\n').length).toBe(text.split('\n').length);
    const enums = await readCppSdk([{ path: 'LampKit.h', text }]);
    expect(members(enums)).toEqual({ LampState: { LampStateIdle: 0n, LampStateOn: 2n, LampStateAfter: 3n }, LampFlags: { LampFlagA: 1n, LampFlagB: 2n } });
    expect(enums[0]?.members.map((member) => [member.line, member.doc])).toEqual([
      [8, 'Waiting.'],
      [9, 'Lit.'],
      [10, undefined],
    ]);
  });

  it("reads Java enums (the constructor's first argument) and static final constants, nested and in interfaces", async () => {
    const enums = await readJavaSdk([
      {
        path: 'src/Hub.java',
        text: `package com.acme;
public class Hub {
    public enum Mode {
        /** Off. */
        OFF(0),
        ON(0x2, "on"),
        AUTO;
        Mode(int value) {}
    }
    public static final class Errors {
        public static final int ERR_A = 1_000;
        public static final int ERR_B = ERR_A + 1; // one more
        public static final long ERR_C = 5L;
        private static final int HIDDEN = 9;
        public final int notStatic = 3;
        public static final String NAME = "hub";
    }
}
interface Flags { int FLAG_A = 1; int FLAG_B = FLAG_A << 1; }`,
      },
    ]);
    expect(members(enums)).toEqual({
      'Hub.Mode': { OFF: 0n, ON: 2n, AUTO: undefined },
      'Hub.Errors': { ERR_A: 1000n, ERR_B: 1001n, ERR_C: 5n, NAME: 'hub' },
      Flags: { FLAG_A: 1n, FLAG_B: 2n },
    });
    expect(enums[0]?.members[0]?.doc).toBe('Off.');
    expect(enums[1]?.members[1]?.doc).toBe('one more');
  });
});

describe('doc-codegen verify', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('reports each finding at its doc row, a summary per enum, and exits 1 on mismatches (0 with --warn-only)', async () => {
    // --no-cache: nothing is written into the fixture.
    const dir = path.join(INVALID, 'sdk-value-mismatch');
    const result = await cli(['verify', '--sdk', 'sdk/*.h', '--no-cache'], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('  17:1    error   ErrorType.FlowBlocked is 8 in the docs, 16 in the SDK (sdk/errors.h:7: `1 << 4`)  sdk-value-mismatch\n');
    expect(result.stderr).toContain('doc-codegen: 1 enums compared with 1 SDK file:\n  ErrorType (module 700001, sdk/errors.h): 2 agree, 1 differs\n');
    expect((await cli(['verify', '--sdk', 'sdk/*.h', '--warn-only', '--no-cache'], dir)).status).toBe(0);
    const json = JSON.parse((await cli(['verify', '--sdk', 'sdk/errors.h', '--format', 'json', '--no-cache'], dir)).stdout) as { diagnostics: { ruleId: string; line: number }[]; verify: unknown };
    expect(json.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.line])).toEqual([['sdk-value-mismatch', 17]]);
    expect(json.verify).toEqual({ sdkFiles: ['sdk/errors.h'], enums: ['ErrorType (module 700001, sdk/errors.h): 2 agree, 1 differs'] });
  });

  it('maps doc enums to SDK names under `sdk`, and agrees when the SDK does', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'doc-codegen-verify-'));
    dirs.push(dir);
    await cp(path.join(INVALID, 'sdk-value-mismatch/docs'), path.join(dir, 'docs'), { recursive: true });
    await writeFile(path.join(dir, 'rtc.d.ts'), 'export declare enum RtcErrorType { Success = 0, InvalidToken = 1, FlowBlocked = 8 }\n');
    await writeFile(path.join(dir, 'doc-codegen.config.json'), JSON.stringify({ docs: ['docs/*.md'], sdk: { ErrorType: 'RtcErrorType' } }));
    const result = await cli(['verify', '--sdk', 'rtc.d.ts'], dir);
    expect(result.stderr).toBe('doc-codegen: 1 enums compared with 1 SDK file:\n  ErrorType (module 700001, rtc.d.ts): 3 agree\n');
    expect(result.status).toBe(0);
  });

  it('says what to do when --sdk names no file, or one it cannot read (exit 2)', async () => {
    const dir = path.join(INVALID, 'sdk-value-mismatch');
    expect(await cli(['verify', '--sdk', 'nothing/*.d.ts', '--no-cache'], dir)).toMatchObject({ status: 2, stderr: 'doc-codegen: --sdk nothing/*.d.ts: no such file (give .d.ts/.ts declarations, C/C++/Objective-C headers or Java sources).\n' });
    expect(await cli(['verify', '--sdk', 'docs/700001.md', '--no-cache'], dir)).toMatchObject({
      status: 2,
      stderr: 'doc-codegen: --sdk: cannot read docs/700001.md: verify reads TypeScript (.d.ts, .ts), C, C++ and Objective-C headers (.h, .hpp, .m) and Java (.java).\n',
    });
  });
});

describe('cross-doc check', () => {
  const rules = async (config: object) => {
    const base = await loadConfig(path.join(INVALID, 'cross-doc-value-mismatch/doc-codegen.config.json'));
    return (await lint({ ...base, ...config })).diagnostics.map((diagnostic) => `${diagnostic.file}:${diagnostic.line} ${diagnostic.ruleId}`);
  };

  it('compares only docs of one platform family when families are given, and nothing when turned off', async () => {
    expect(await rules({})).toEqual(['docs/700001.md:18 cross-doc-value-mismatch', 'docs/700002.md:18 cross-doc-value-mismatch']);
    expect(await rules({ platformFamilies: { android: ['700001'], windows: ['700002'] } })).toEqual([]);
    expect(await rules({ platformFamilies: { native: ['700001', '700002'] } })).toHaveLength(2);
    expect(await rules({ crossDocCheck: false })).toEqual([]);
  });
});
