// Change classification and releases of the generated package.
import { describe, expect, it } from 'vitest';
import { diffModels, releaseLevel } from '../src/model/diff.js';
import type { EnumDef, Model } from '../src/model/types.js';
import { bumpVersion, planRelease } from '../src/release/release.js';

const source = { path: 'docs/1.md', line: 1, column: 1 };

function model(...enums: Partial<EnumDef>[]): Model {
  return {
    schemaVersion: 1,
    locales: ['zh-CN'],
    fallback: {},
    docs: [],
    enums: enums.map((enumDef) => ({
      name: 'Color',
      module: '1',
      kind: 'enum',
      valueType: 'number',
      url: 'https://x/1',
      source,
      members: [],
      ...enumDef,
    })),
  };
}

const red = { name: 'Red', value: 1, source, description: { text: '红', links: [] } };
const blue = { name: 'Blue', value: 2, source };

describe('diffModels', () => {
  it.each([
    ['nothing', model({ members: [red] }), model({ members: [red] }), []],
    ['an enum added', model(), model({ members: [red] }), [['enum-added', 'minor', undefined]]],
    ['an enum removed', model({ members: [red] }), model(), [['enum-removed', 'major', undefined]]],
    ['a member added', model({ members: [red] }), model({ members: [red, blue] }), [['member-added', 'minor', 'Blue']]],
    ['a member removed', model({ members: [red, blue] }), model({ members: [red] }), [['member-removed', 'major', 'Blue']]],
    ['a member renamed (same value)', model({ members: [red] }), model({ members: [{ ...red, name: 'Crimson' }] }), [['member-renamed', 'major', 'Crimson']]],
    ['a value changed', model({ members: [red] }), model({ members: [{ ...red, value: 9 }] }), [['value-changed', 'major', 'Red']]],
    ['the value type changed', model({ members: [red] }), model({ valueType: 'string', members: [{ ...red, value: 'red' }] }), [['value-changed', 'major', 'Red'], ['value-type-changed', 'major', undefined]]],
    ['a description changed', model({ members: [red] }), model({ members: [{ ...red, description: { text: '红色', links: [] } }] }), [['text-changed', 'patch', 'Red']]],
    ['a link target changed', model({ members: [{ ...red, description: { text: 'x', links: [{ text: 'x', target: 'a', href: 'https://a' }] } }] }), model({ members: [{ ...red, description: { text: 'x', links: [{ text: 'x', target: 'b', href: 'https://b' }] } }] }), [['text-changed', 'patch', 'Red']]],
    ['a solution added', model({ members: [red] }), model({ members: [{ ...red, solution: { text: '重试', links: [] } }] }), [['text-changed', 'patch', 'Red']]],
    ['a translation added', model({ members: [red] }), model({ members: [{ ...red, translations: { en: { description: { text: 'red', links: [] } } } }] }), [['text-changed', 'patch', 'Red']]],
  ] as const)('%s', (_label, before, after, expected) => {
    expect(diffModels(before, after).map((change) => [change.kind, change.level, change.member])).toEqual(expected);
  });

  it('treats no previous model as everything added', () => {
    expect(releaseLevel(diffModels(undefined, model({ members: [red] })))).toBe('minor');
  });
});

describe('releases', () => {
  it.each([
    ['1.2.3', 'major', '2.0.0'],
    ['1.2.3', 'minor', '1.3.0'],
    ['1.2.3', 'patch', '1.2.4'],
    ['0.9.0-beta.1', 'minor', '0.10.0'],
  ] as const)('%s + %s → %s', (version, level, next) => {
    expect(bumpVersion(version, level)).toBe(next);
  });

  it('starts the changelog with the configured version', () => {
    expect(planRelease({}, [], '1.0.0', 2)).toEqual({ version: '1.0.0', changelog: '# Changelog\n\n## 1.0.0\n\nFirst release, generated from 2 docs.\n', level: undefined });
  });

  it('keeps version and changelog when nothing changed', () => {
    expect(planRelease({ version: '1.4.0', changelog: '# Changelog\n\nold\n' }, [], '1.0.0', 2)).toEqual({ version: '1.4.0', changelog: '# Changelog\n\nold\n' });
  });

  it('bumps by the highest level and prepends an entry grouped by level', () => {
    const changes = diffModels(model({ members: [red] }), model({ members: [{ ...red, description: { text: '红色', links: [] } }, blue] }));
    const release = planRelease({ version: '1.4.0', changelog: '# Changelog\n\n## 1.4.0\n\nold\n' }, changes, '1.0.0', 2);
    expect(release.version).toBe('1.5.0');
    expect(release.changelog).toBe(
      '# Changelog\n\n## 1.5.0\n\n### Added\n\n- `1`: Color.Blue = 2 added (docs/1.md:1)\n\n### Docs text\n\n- `1`: Color.Red: text changed (docs/1.md:1)\n\n## 1.4.0\n\nold\n',
    );
  });

  it('lets a configured version above the bump win', () => {
    const changes = diffModels(model({ members: [red] }), model({ members: [red, blue] }));
    expect(planRelease({ version: '1.4.0', changelog: '# Changelog\n' }, changes, '3.0.0', 2).version).toBe('3.0.0');
  });
});
