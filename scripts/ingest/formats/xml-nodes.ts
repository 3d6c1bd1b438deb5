/**
 * What the XML readers (`arxiv-atom.ts`, `endnote-xml.ts`) share of fast-xml-parser's output:
 * where an element starts in the text, for a diagnostic's position, and the tags a validator
 * found never closed, for a file cut off before its end.
 */
import { XMLParser } from 'fast-xml-parser';

/** An element as fast-xml-parser gives it: children by name, its metadata under a symbol. */
export type XmlNode = Record<string | symbol, unknown>;

// Typed as the `Symbol` wrapper in the library's .d.ts; it is a symbol (or a property name) at run time.
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** The offset in the parsed text where `node`'s start tag begins, when the parser captured it (`captureMetaData`). */
export function xmlStartIndex(node: unknown): number | undefined {
	if (!node || typeof node !== 'object') return undefined;
	return ((node as XmlNode)[META] as { startIndex?: number } | undefined)?.startIndex;
}

/**
 * "<title>, <entry> and <feed> are" (innermost first) when the validator's message lists tags never
 * closed, which it reports at line 1, column 1: the file was cut off, and its end is the place to name.
 */
export function unclosedTags(message: string): string | null {
	const listed = /^Invalid '(\[[^]*\])' found\.$/.exec(message);
	let tags: unknown;
	try {
		tags = listed && JSON.parse(listed[1]!);
	} catch {
		return null;
	}
	if (!Array.isArray(tags) || tags.length === 0) return null;
	const names = tags.map((tag) => `<${String(tag)}>`).reverse();
	return names.length === 1 ? `${names[0]} is` : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} are`;
}
