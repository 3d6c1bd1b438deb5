/**
 * A raw `%` inside a BibTeX field value is text: BibTeX copies field values as they are and only
 * TeX, typesetting the bibliography later, would read `%` as a comment. Exports write it unescaped
 * ("about 80% accurate" in a Zotero or publisher abstract), but @retorquere/bibtex-parser reads
 * every field that is not verbatim as LaTeX, where `%` cuts the rest of its line.
 */

/**
 * Fields the parser already reads verbatim (its own list: a URL's `%20` must stay as written);
 * escaping a `%` in them would leave a visible backslash.
 */
const VERBATIM_FIELD = /^(?:doi|eprint|files?|pdf|groups|ids|url|verb[abc]|keywords(?:\+duplicate-\d+)?|citeulike-linkout-\d+|bdsk-url-\d+)$/i;
/** An entry head, `@article{` or `@misc(`, from its `@`. */
const ENTRY_HEAD = /^@([a-zA-Z]+)[ \t]*([{(])/;
/** The name of the field whose `=` ends this text, `abstract = `. */
const FIELD_NAME = /([A-Za-z][\w:+.-]*)\s*$/;

/**
 * The BibTeX text with each unescaped `%` of a field value written `\%`, so the parser keeps it.
 * A `%` outside entries, between the fields of an entry, in a verbatim field or in an `@comment`
 * stays a comment; an escaped `\%` is left alone. Only characters are inserted, never a line, so
 * line numbers stay those of the file.
 *
 * @example escapeFieldPercents('@misc{a, abstract = {60% accuracy}}') // '@misc{a, abstract = {60\\% accuracy}}'
 */
export function escapeFieldPercents(text: string): string {
	const out: string[] = [];
	let depth = 0; // 0 outside entries, 1 between an entry's fields, 2+ inside a braced value
	let closer = '}';
	let quoted = false; // inside a "…" value
	let escape = false; // the current value's `%` is text
	let fieldStart = 0; // where the text naming the next field starts
	let i = 0;
	while (i < text.length) {
		const inValue = depth >= 2 || quoted;
		// Copy ordinary text in one piece, up to the next character that can change the state.
		const next = inValue ? IN_VALUE : depth === 0 ? OUTSIDE : BETWEEN;
		next.lastIndex = i;
		const found = next.exec(text);
		const at = found ? found.index : text.length;
		out.push(text.slice(i, at));
		if (!found) break;
		i = at;
		const char = text[i]!;
		if (char === '%' && !inValue) {
			// A comment outside a value runs to the end of its line; its braces count for nothing.
			const end = text.indexOf('\n', i);
			const stop = end === -1 ? text.length : end;
			out.push(text.slice(i, stop));
			i = stop;
			continue;
		}
		if (depth === 0) {
			const head = ENTRY_HEAD.exec(text.slice(i, i + 40));
			if (head) {
				out.push(head[0]);
				i += head[0].length;
				depth = 1;
				closer = head[2] === '(' ? ')' : '}';
				// An @comment is no entry: nothing in it is read as a field.
				escape = false;
				fieldStart = head[1]!.toLowerCase() === 'comment' ? -1 : i;
			} else {
				out.push(char);
				i++;
			}
			continue;
		}
		if (inValue) {
			if (char === '\\') {
				// An escaped character (`\%`, `\{`, `\\`) is copied with its backslash and counts for nothing.
				out.push(text.slice(i, i + 2));
				i += 2;
				continue;
			}
			out.push(char === '%' && escape ? '\\%' : char);
			if (char === '{') depth++;
			else if (char === '}' && depth >= 2) depth--;
			else if (char === '"' && quoted && depth === 1) quoted = false;
			if (depth === 1 && !quoted && (char === '}' || char === '"')) fieldStart = i + 1;
			i++;
			continue;
		}
		// Between fields: an opening delimiter starts the value of the field named before its `=`.
		out.push(char);
		if (char === closer) {
			depth = 0;
		} else if (char === '{' || char === '"') {
			if (char === '{') depth = 2;
			else quoted = true;
			const name = fieldStart < 0 ? null : FIELD_NAME.exec(text.slice(fieldStart, i).replace(/=\s*$/, ''));
			escape = name !== null && !VERBATIM_FIELD.test(name[1]!);
		} else if (char === ',' && fieldStart >= 0) {
			fieldStart = i + 1;
		}
		i++;
	}
	return out.join('');
}

/** The characters that can change the scanner's state, outside entries, between fields and in a value. */
const OUTSIDE = /[%@]/g;
const BETWEEN = /[%{}"(),]/g;
const IN_VALUE = /[\\{}"%]/g;
