/**
 * Some bibliography services (RePEc/IDEAS, publisher pages copied into reference managers) write
 * an abstract's HTML into a BibTeX field as it is: `\&quot;bang for the buck\&quot;`, `<P>` between
 * paragraphs, `&#8211;` for a dash, `<h3>Abstract</h3>` before the text (medRxiv). TeX has no such escapes (a literal ampersand is `\&`, quotes are
 * typed), so in a BibTeX field they can only be left-over HTML: the character references are read
 * as the characters they name and the tags come off, a paragraph's end leaving a space and a
 * heading becoming a label ("Abstract: …", which the abstract-label step takes off); tags escaped a second time
 * (`&lt;br /&gt;`) come off once read. A lone
 * `<` or `&` ("p < 0.05", "R&D") is the author's own and stays.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/** A named or numeric character reference, with its semicolon (without one, "&T" in "AT&T" would be read). */
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/g;
/** The rich-text tags such exports carry; paragraphs and line breaks separate words. */
const TAG = /<\/?(p|br|div|i|b|em|strong|sup|sub|span|u|tt|code)(?:\s+[a-z-]+="[^"<>]*")*\s*\/?>/gi;
const BLOCK = new Set(['p', 'br', 'div']);
/** A rich-text tag written with escaped angle brackets: "&lt;p&gt;", "&lt;br /&gt;". */
const ESCAPED_TAG = /&lt;\/?(?:p|br|div|i|b|em|strong|sup|sub|span|u|tt|code)\b[^&<>]*&gt;/i;
const HEADING = /<h([1-6])(?:\s+[a-z-]+="[^"<>]*")*\s*>([^<>]*)<\/h\1\s*>/gi;

/**
 * `text` with HTML character references decoded and rich-text HTML tags removed.
 *
 * @example withoutExportedHtml('low &quot;bang for the buck&quot;.<P>(This abstract') // 'low "bang for the buck". (This abstract'
 */
export function withoutExportedHtml(text: string): string {
	if (!text.includes('&') && !text.includes('<')) return text;
	const read = withoutTags(text).replace(REFERENCE, decodeReference);
	// "&lt;p&gt;…&lt;br /&gt;…": HTML escaped once more by the exporter reads as tags only once decoded, and they
	// are the same paragraph and line breaks, so they come off too (else "… were sampled.<br />Yields …" runs two paragraphs on).
	return ESCAPED_TAG.test(text) ? withoutTags(read) : read;
}

/** `text` with its headings read as labels and its rich-text tags removed, a block tag leaving a space. */
function withoutTags(text: string): string {
	return text
		.replace(HEADING, (_, level: string, heading: string) => ` ${heading.trim().replace(/[.:]$/, '')}: `)
		.replace(TAG, (_, name: string) => (BLOCK.has(name.toLowerCase()) ? ' ' : ''));
}

/**
 * `text` with its named and numeric character references (with their semicolons) read as the
 * characters they name; an unknown name or an impossible code point stays as written.
 *
 * @example decodeCharacterReferences('x &lt; 1 &amp; y &#8211; z') // 'x < 1 & y – z'
 */
export const decodeCharacterReferences = (text: string): string => (text.includes('&') ? text.replace(REFERENCE, decodeReference) : text);

function decodeReference(reference: string, decimal?: string, hex?: string, name?: string): string {
	if (name) {
		const decoded = decodeNamedCharacterReference(name);
		return decoded === false ? reference : decoded;
	}
	const code = decimal ? Number(decimal) : Number.parseInt(hex!, 16);
	return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : reference;
}

/** A character reference as Web of Science prints one it could not: capitals, a space after the ampersand ("& PLUSMN;"). */
const SPACED_REFERENCE = /& ([A-Z][A-Z\d]{1,31});/g;

/**
 * `text` with Web of Science's spaced, capitalised character references ("1.75 & PLUSMN; 1.36 mm",
 * "& LE; 5%") read as the characters they name; a name HTML does not know stays as written.
 *
 * @example withSpacedReferencesRead('1.75 & PLUSMN; 1.36 mm') // '1.75 ± 1.36 mm'
 */
export function withSpacedReferencesRead(text: string): string {
	if (!text.includes('& ')) return text;
	return text.replace(SPACED_REFERENCE, (reference, name: string) => {
		const decoded = decodeNamedCharacterReference(name.toLowerCase());
		return decoded === false ? reference : decoded;
	});
}
