/**
 * Writes a built page in fewer bytes that parse to the same document: the end tags HTML lets
 * a page leave out where the next tag closes the element anyway (`</li>` before `<li>` or
 * `</ul>`, `</td>` before `<td>` or `</tr>`, `</p>` before a block, …), attribute values
 * without their quotes where the value cannot end the attribute early (`href=/topics/x/`),
 * empty values as a bare name (`alt`), and the white space between a table's rows and cells,
 * which a table never shows. Text, comments and the contents of `script`, `style`, `title`
 * and `textarea` are copied as they are, and so are the document's own `</head>`, `</body>` and
 * `</html>` (a page ending in `</html>` was written whole).
 *
 * Every rule is one the HTML standard states ("Optional tags", "Unquoted attribute value
 * syntax", "Empty attribute syntax"), so a browser, Pagefind or any HTML parser reads the same
 * elements, attributes and text: the markup an Astro page is written in stays readable and
 * the published file is about a twentieth smaller.
 * @see https://html.spec.whatwg.org/multipage/syntax.html#optional-tags
 * @see https://html.spec.whatwg.org/multipage/syntax.html#attributes-2
 */

/** What may follow each end tag for the standard to let it be left out (its element is closed by that). */
const END_TAG_OMITTED_BEFORE: ReadonlyMap<string, RegExp> = new Map(
	Object.entries({
		li: /<li[\s>]|<\/(?:ul|ol|menu)>/,
		dt: /<d[dt][\s>]/,
		dd: /<d[dt][\s>]|<\/dl>/,
		// A paragraph closes at any of these blocks, or at its parent's end (not an `a`, `ins`, `del`, …).
		p: /<(?:address|article|aside|blockquote|details|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header|hgroup|hr|main|menu|nav|ol|p|pre|search|section|table|ul)[\s>]|<\/(?:article|aside|blockquote|body|dd|details|div|footer|form|header|li|main|nav|section|td|th)>/,
		td: /<t[dh][\s>]|<\/tr>/,
		th: /<t[dh][\s>]|<\/tr>/,
		tr: /<tr[\s>]|<\/(?:tbody|thead|tfoot|table)>/,
		thead: /<tbody[\s>]/,
		tbody: /<\/table>/,
		option: /<option[\s>]|<\/select>|<optgroup[\s>]|<\/optgroup>/,
	}).map(([name, next]) => [name, new RegExp(next.source, 'y')]),
);

/** Elements whose contents are text up to their end tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** Table parts after which white space before another part is dropped (CSS lays out no text there). */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);
const NEXT_TABLE_PART = /<\/?(?:thead|tbody|tfoot|tr|td|th)[\s>]|<\/table>/y;
const WHITE_SPACE = /\s*/y;

/** A tag at the search position: comment, doctype, end tag (1), or start tag (2) with its attributes (3) and `/` (4). */
const TAG = /<(?:!--[\s\S]*?-->|![^>]*>|\/([A-Za-z][\w-]*)\s*>|([A-Za-z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>)/y;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** What an unquoted value may not hold (the standard's list), or be: empty. */
const NEEDS_QUOTES = /[\s"'=<>`]|^$/;

/** The attributes of a start tag, written as short as they read the same. */
function compactAttributes(source: string, selfClosing: boolean): string {
	let out = '';
	let lastUnquoted = false;
	for (const [, name, doubleQuoted, singleQuoted, unquoted] of source.matchAll(ATTRIBUTE)) {
		const value = doubleQuoted ?? singleQuoted ?? unquoted;
		lastUnquoted = false;
		if (value === undefined || value === '') out += ` ${name}`;
		else if (!NEEDS_QUOTES.test(value)) {
			out += ` ${name}=${value}`;
			lastUnquoted = true;
		} else out += doubleQuoted !== undefined ? ` ${name}="${value}"` : ` ${name}='${value}'`;
	}
	// `<path d=M1/>` would read the `/` as part of the value: a space keeps the tag self-closing.
	return selfClosing ? `${out}${lastUnquoted ? ' ' : ''}/` : out;
}

/** Whether the sticky `pattern` matches `html` at `at`. */
function matchesAt(pattern: RegExp, html: string, at: number): boolean {
	pattern.lastIndex = at;
	return pattern.test(html);
}

/** Where the white space from `at` ends. */
function afterWhiteSpace(html: string, at: number): number {
	WHITE_SPACE.lastIndex = at;
	WHITE_SPACE.test(html);
	return WHITE_SPACE.lastIndex;
}

/**
 * `html` in fewer bytes, parsing to the same document.
 * @example compactHtml('<ul class="chips"><li><a href="/x/">X</a></li></ul>') // '<ul class=chips><li><a href=/x/>X</a></ul>'
 */
export function compactHtml(html: string): string {
	let out = '';
	let at = 0;
	// Whether the last tag written was a table part (other than `</table>`): white space may go after it.
	let afterTablePart = false;
	while (at < html.length) {
		const open = html.indexOf('<', at);
		const textEnd = open === -1 ? html.length : open;
		if (textEnd > at) {
			const dropped = afterTablePart && afterWhiteSpace(html, at) === textEnd && matchesAt(NEXT_TABLE_PART, html, textEnd);
			if (!dropped) {
				out += html.slice(at, textEnd);
				afterTablePart = false;
			}
		}
		if (open === -1) break;
		TAG.lastIndex = open;
		const tag = TAG.exec(html);
		if (!tag) {
			out += '<';
			at = open + 1;
			afterTablePart = false;
			continue;
		}
		at = TAG.lastIndex;
		const [whole, endName, startName, attributes, slash] = tag;
		if (endName !== undefined) {
			const name = endName.toLowerCase();
			const isTablePart = TABLE_PARTS.has(name);
			// After a table part, the white space before the next one is dropped (above): look past it.
			const next = END_TAG_OMITTED_BEFORE.get(name);
			if (!next || !matchesAt(next, html, isTablePart ? afterWhiteSpace(html, at) : at)) out += `</${endName}>`;
			afterTablePart = isTablePart && name !== 'table';
		} else if (startName !== undefined) {
			const name = startName.toLowerCase();
			out += `<${startName}${attributes ? compactAttributes(attributes, slash === '/') : slash}>`;
			// A cell's own white space is its content: only the space between parts goes.
			afterTablePart = TABLE_PARTS.has(name) && name !== 'td' && name !== 'th';
			if (RAW_TEXT.has(name) && slash !== '/') {
				const close = new RegExp(`</${name}`, 'ig');
				close.lastIndex = at;
				const end = close.exec(html)?.index ?? html.length;
				out += html.slice(at, end);
				at = end;
			}
		} else {
			out += whole;
			afterTablePart = false;
		}
	}
	return out;
}
