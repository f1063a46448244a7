// The shared message module every generated module imports: a fixed template (the Message
// type, the options, the catalogs' type and the lookup) with the model's locales as data.
import { CATALOG_TYPE_NAME, PACKAGE_MODULES } from '../model/naming.js';
import type { Declaration } from './declaration.js';
import { quote } from './names.js';

export const MESSAGE_MODULE = PACKAGE_MODULES.message;

/** Where the model's data goes in the template: the locales, and the Message type (which has `attributes` only when some member has them). */
type Slot = 'locales' | 'message';

/** The Message type; `attributes` only when a table gave columns besides name, value and text, so other packages stay as they were. */
export function messageDeclaration(withAttributes: boolean): Declaration {
  const attributes = { name: 'attributes', type: 'Readonly<Record<string, string>>', optional: true, doc: "The doc's other columns for this value, by header (an HTTP status, a category)." };
  return {
    kind: 'interface',
    name: CATALOG_TYPE_NAME,
    doc: 'A localized message of a code or enum value: what it means and, where the docs say, what to do.',
    properties: [
      { name: 'message', type: 'string', optional: false, doc: 'What the value means.' },
      { name: 'solution', type: 'string', optional: true, doc: 'How to handle it, where the docs say.' },
      ...(withAttributes ? [attributes] : []),
    ],
  };
}

/** The message module, in order; `message` is messageDeclaration, `locales` is filled in by localeDeclarations. */
export const MESSAGE_TEMPLATE: readonly (Declaration | Slot)[] = [
  'message',
  'locales',
  { kind: 'interface', name: 'MessageOptions', properties: [{ name: 'locale', type: 'Locale', optional: true, doc: 'Default: DEFAULT_LOCALE.' }] },
  {
    kind: 'type',
    name: 'Catalogs',
    doc: "An enum's messages per locale, by value: complete in the default locale, partial in others.",
    typeParameters: 'K extends PropertyKey',
    type: { key: 'L in Locale', type: `Readonly<Partial<Record<K, ${CATALOG_TYPE_NAME}>>>` },
  },
  {
    kind: 'function',
    name: 'resolveMessage',
    doc: 'The message of `key` in `locale`, else in its fallbacks, else in the default locale.',
    typeParameters: 'K extends PropertyKey',
    parameters: [
      { name: 'catalogs', type: 'Catalogs<K>' },
      { name: 'key', type: 'K' },
      { name: 'locale', type: 'Locale', initializer: 'DEFAULT_LOCALE' },
    ],
    returnType: CATALOG_TYPE_NAME,
    body: [
      'for (const candidate of [locale, ...(FALLBACKS[locale] ?? []), DEFAULT_LOCALE]) {',
      '  const catalog = catalogs[candidate];',
      '  // Own entries only: a key such as "__proto__" must never find Object.prototype.',
      '  if (catalog !== undefined && Object.hasOwn(catalog, key)) {',
      '    const found = catalog[key];',
      { depth: 2, if: 'found !== undefined', then: 'return found;' },
      '  }',
      '}',
      'return { message: String(key) };',
    ],
  },
];

/** The data of the template: the locales, the default one, and each one's fallbacks. */
export function localeDeclarations(locales: readonly string[], fallback: Readonly<Record<string, readonly string[]>>): Declaration[] {
  const list = `[${locales.map(quote).join(', ')}]`;
  return [
    { kind: 'type', name: 'Locale', doc: "The locales of the catalogs; the first is the docs' own, which has every message.", type: locales.map(quote).join(' | ') },
    { kind: 'const', name: 'LOCALES', exported: true, type: 'readonly Locale[]', value: list },
    { kind: 'const', name: 'DEFAULT_LOCALE', exported: true, type: 'Locale', value: quote(locales[0] ?? '') },
    {
      kind: 'const',
      name: 'FALLBACKS',
      doc: 'Where a locale looks for a message it lacks, in order (the default locale last).',
      exported: true,
      type: 'Readonly<Record<Locale, readonly Locale[]>>',
      value: { properties: locales.map((locale) => ({ key: quote(locale), value: `[${(fallback[locale] ?? []).map(quote).join(', ')}]` })) },
    },
  ];
}
