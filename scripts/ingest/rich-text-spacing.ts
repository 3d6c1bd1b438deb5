/**
 * Rich text as reference managers keep it from publishers' pages, read as the words it shows. Zotero and
 * the RIS and CSL-JSON it writes keep a Crossref title's subscripts with a space on each side, where the
 * publisher's XML broke its lines ("Integration of thin Al films on In <sub>0.18</sub> Ga <sub>0.82</sub>
 * As", "CuIn <sub>3</sub> Se <sub>5</sub>"), and a publisher's abstract in HTML paragraphs ("<p>Given an
 * unknown multicomponent alloy, …</p>"). With the tags taken off, the formula read "In 0.18 Ga 0.82 As" and
 * a TL;DR opened on "<p>". A subscript or superscript is glued to the symbol before it, and to a symbol
 * after it (an element's symbol or a bracket: "Ga <sub>0.82</sub> As" is "Ga0.82As"; "x <sub>i</sub> and y"
 * and a title's "<sub>1−x</sub> Compositions" keep their space); a paragraph's tags and a line break read as a space.
 */

/** Spaces before a subscript or superscript that follows a letter, a digit or a closing bracket. */
const SPACE_BEFORE_SCRIPT = /(?<=[\p{L}\p{N})\]])\s+(?=<(?:sub|sup)>)/gu;
/**
 * Spaces after a subscript or superscript that a symbol follows: an element's symbol (a capital, a small letter
 * maybe, then no letter: "As", "Se"), a bracket. A title's next word ("… )<sub>1−x</sub> Compositions") keeps its space.
 */
const SPACE_AFTER_SCRIPT = /(?<=<\/(?:sub|sup)>)\s+(?=\p{Lu}\p{Ll}?(?!\p{L})|[()[\]])/gu;
/** A paragraph's opening or closing tag, or a line break, with its attributes. */
const PARAGRAPH = /<\/?p(?:\s[^<>]*)?>|<br\s*\/?>/gi;

/**
 * `text` with its subscripts and superscripts glued to their symbols and its paragraph tags read as spaces;
 * the other tags are left for the reader that knows them.
 *
 * @example withRichTextSpacing('on In <sub>0.18</sub> Ga <sub>0.82</sub> As grades') // 'on In<sub>0.18</sub>Ga<sub>0.82</sub>As grades'
 * @example withRichTextSpacing('<p>Given an alloy.</p>') // ' Given an alloy. '
 */
export function withRichTextSpacing(text: string): string {
	if (!text.includes('<')) return text;
	return text.replace(SPACE_BEFORE_SCRIPT, '').replace(SPACE_AFTER_SCRIPT, '').replace(PARAGRAPH, ' ');
}
