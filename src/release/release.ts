// Releases of the generated package: the next version from the classified changes,
// and the CHANGELOG entry listing them. Pure: the previous state comes in as data.
import { describeChange, releaseLevel, type ChangeLevel, type ModelChange } from '../model/diff.js';

export interface PreviousRelease {
  /** The version in the previous generated package.json. */
  version?: string;
  /** The previous CHANGELOG.md text. */
  changelog?: string;
}

export interface Release {
  version: string;
  changelog: string;
  level?: ChangeLevel;
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?$/;
const CHANGELOG_TITLE = '# Changelog';

export function bumpVersion(version: string, level: ChangeLevel): string {
  const match = SEMVER.exec(version);
  if (!match) return version;
  const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (level === 'major') return `${major + 1}.0.0`;
  if (level === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** Compares semver versions (pre-release tags ignored): negative when a < b. */
function compareVersions(a: string, b: string): number {
  const parse = (version: string): number[] => (SEMVER.exec(version) ?? []).slice(1, 4).map(Number);
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * The release for `changes`. With no previous package, the configured version starts the
 * changelog. A configured version above the previous one wins (a manual bump).
 */
export function planRelease(previous: PreviousRelease, changes: readonly ModelChange[], configuredVersion: string, docCount: number): Release {
  const level = releaseLevel(changes);
  if (previous.version === undefined || previous.changelog === undefined) {
    const changelog = `${CHANGELOG_TITLE}\n\n## ${configuredVersion}\n\nFirst release, generated from ${docCount} doc${docCount === 1 ? '' : 's'}.\n`;
    return { version: configuredVersion, changelog, level };
  }
  if (!level) return { version: previous.version, changelog: previous.changelog };
  const bumped = bumpVersion(previous.version, level);
  const version = compareVersions(configuredVersion, bumped) > 0 ? configuredVersion : bumped;
  return { version, changelog: prependEntry(previous.changelog, changelogEntry(version, changes)), level };
}

const HEADINGS: Record<ChangeLevel, string> = {
  major: 'Breaking changes',
  minor: 'Added',
  patch: 'Docs text',
};

export function changelogEntry(version: string, changes: readonly ModelChange[]): string {
  const lines = [`## ${version}`];
  for (const level of ['major', 'minor', 'patch'] as const) {
    const list = changes.filter((change) => change.level === level);
    if (list.length === 0) continue;
    lines.push('', `### ${HEADINGS[level]}`, '');
    for (const change of list) lines.push(`- \`${change.module}\`: ${describeChange(change)} (${change.source.path}:${change.source.line})`);
  }
  return `${lines.join('\n')}\n`;
}

function prependEntry(changelog: string, entry: string): string {
  const body = changelog.startsWith(CHANGELOG_TITLE) ? changelog.slice(CHANGELOG_TITLE.length).replace(/^\n+/, '') : changelog;
  return `${CHANGELOG_TITLE}\n\n${entry}\n${body}`;
}

/** The release of a package generated for the first time. */
export function firstRelease(version: string, docCount: number): Release {
  return planRelease({}, [], version, docCount);
}
