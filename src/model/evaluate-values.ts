// Pass 2 of a model build: every member's value, as an exact BigInt expression evaluated
// with references followed through any enum of the build (cycles and dangling references
// reported, each failure under the rule its reason belongs to).
import type { EnumDraft, MemberDraft, Report } from './draft.js';
import { evaluate, failure, toModelValue, type Parsed } from './values.js';

type Evaluated = Parsed<bigint | string>;

/** Pass 2: every member's value, references followed through any enum (cycles reported). */
export function evaluateValues(drafts: readonly EnumDraft[], constants: Readonly<Record<string, number | string>>, report: Report): void {
  const valueOf = evaluator(drafts, constants);
  for (const draft of drafts) {
    const pending = draft.members.filter((member) => member.state === 'new');
    if (readAsBareWords(draft, pending, report)) continue;
    for (const member of pending) {
      const result = valueOf(draft, member);
      if (!result.ok) {
        report(result.rule, `Value \`${member.raw.valueText.trim()}\` of ${member.raw.name}: ${result.reason}`, member.raw.valueSource);
      }
    }
  }
}

/**
 * Java-style docs write a string enum's values unquoted (`AAC`, `HEv1`): when every value
 * of an enum is a lone word that names nothing, the words are the values. Whether they were.
 */
function readAsBareWords(draft: EnumDraft, pending: readonly MemberDraft[], report: Report): boolean {
  if (pending.length === 0 || pending.length !== draft.members.length || !pending.every((member) => isUnresolvedWord(draft, member))) return false;
  for (const member of pending) {
    member.value = member.raw.valueText.trim();
    member.state = 'done';
  }
  const first = pending[0];
  if (first) {
    report('value-bare-word', `Every value of ${draft.name} is a bare word naming no member; they are read as strings ("${first.value}", …)`, first.raw.valueSource);
  }
  return true;
}

/** A member's value, evaluated once: its expression with references followed, or the one after the previous member's. */
function evaluator(drafts: readonly EnumDraft[], constants: Readonly<Record<string, number | string>>): (draft: EnumDraft, member: MemberDraft) => Evaluated {
  const lookup = referenceLookup(drafts);
  const valueOf = (draft: EnumDraft, member: MemberDraft): Evaluated => {
    if (member.state === 'visiting') return failure('unresolved-reference', `${member.raw.name} refers to itself`);
    if (member.state === 'done') {
      if (member.value === undefined) return failure('unresolved-reference', `${member.raw.name} has no value`);
      return { ok: true, value: typeof member.value === 'number' ? BigInt(member.value) : member.value };
    }
    member.state = 'visiting';
    const expression = member.expression;
    const reference = (path: readonly string[]): Evaluated => {
      const constant = constants[path.join('.')];
      if (constant !== undefined) return { ok: true, value: typeof constant === 'number' ? BigInt(constant) : constant };
      const target = lookup(draft, path);
      return 'ok' in target ? target : valueOf(target.enumDraft, target.member);
    };
    const result: Evaluated = expression
      ? evaluate(expression, reference)
      : member.implicitAfter
        ? nextValue(member.implicitAfter === 'first' ? undefined : valueOf(draft, member.implicitAfter))
        : failure('unparsable-value', 'no value');
    member.state = 'done';
    const modelValue = result.ok ? toModelValue(result.value) : result;
    if (!modelValue.ok) return modelValue;
    member.value = modelValue.value;
    return result;
  };
  return valueOf;
}

/** The member a reference names: `Member` in its own enum, `Enum.Member` in the same doc first, else the only enum of that name. */
function referenceLookup(drafts: readonly EnumDraft[]): (from: EnumDraft, path: readonly string[]) => { enumDraft: EnumDraft; member: MemberDraft } | Evaluated {
  const enumsByName = new Map<string, EnumDraft[]>();
  for (const draft of drafts) {
    for (const key of new Set([draft.name, draft.rawName])) enumsByName.set(key, [...(enumsByName.get(key) ?? []), draft]);
  }
  const qualified = (from: EnumDraft, enumName: string): EnumDraft | undefined => {
    const candidates = enumsByName.get(enumName) ?? [];
    return candidates.find((candidate) => candidate.definition.docId === from.definition.docId) ?? (candidates.length === 1 ? candidates[0] : undefined);
  };
  return (from, path) => {
    const enumDraft = path.length === 1 ? from : (qualified(from, path.slice(0, -1).join('.')) ?? qualified(from, path.at(-2) ?? ''));
    if (!enumDraft) return failure('unresolved-reference', `\`${path.join('.')}\` names no enum (define it under \`constants\` in the config)`);
    const member = enumDraft.byName.get(path.at(-1) ?? '');
    if (!member) return failure('unresolved-reference', `\`${path.join('.')}\` names no member`);
    return { enumDraft, member };
  };
}

function nextValue(previous: Parsed<bigint | string> | undefined): Parsed<bigint | string> {
  if (previous === undefined) return { ok: true, value: 0n };
  if (!previous.ok) return previous;
  if (typeof previous.value === 'string') return failure('unparsable-value', 'an empty value cannot follow a string value');
  return { ok: true, value: previous.value + 1n };
}

function isUnresolvedWord(draft: EnumDraft, member: MemberDraft): boolean {
  const expression = member.expression;
  return expression?.kind === 'reference' && expression.path.length === 1 && !draft.byName.has(expression.path[0] ?? '');
}
