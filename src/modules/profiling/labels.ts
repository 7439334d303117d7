/**
 * Translated labels of factors, bands and subgroups (namespace `profiling`), looked up
 * directly in the shared resources: scores and reports are built outside a request too
 * (command line), and a missing key falls back to English, then to the key itself.
 */
import { resources, type Language } from '../../i18n';

function lookup(tree: unknown, path: string): string | undefined {
  const value = path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
  return typeof value === 'string' ? value : undefined;
}

export const label = (lang: Language, key: string): string =>
  lookup(resources[lang].profiling, key) ?? lookup(resources.en.profiling, key) ?? key;
