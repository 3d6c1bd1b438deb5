/**
 * The label some exports keep at the start of an abstract field ("Abstract The stream hydrograph
 * is …", "ABSTRACT: The term …", "Summary. We …"): the heading a journal page printed above the
 * text, copied with it. It names the field and says nothing, yet every annotation reads it as the
 * first word of the first sentence ("Abstract Spatial analog techniques" as a keyphrase, a TL;DR
 * opening "Abstract A new technique …"). It is taken off when it can only be a label: written in
 * capitals, followed by a colon, full stop or dash, or followed by a capitalised word where the
 * text never says the two words again, as a term would ("Abstract Meaning Representation (AMR) …
 * abstract meaning representations" keeps its first word). A label glued to the next word
 * ("AbstractWe propose …") is taken off too.
 */

// MDPI journals open with a "Simple Summary", AGU and Wiley ones with a "Plain Language Summary".
const LABEL = /^(abstract|(?:simple |plain language |lay )?summary)(\s*[:.\u2013\u2014-]\s+|\s+)(\S+)/i;
/**
 * The label glued to the text, as some publishers' exports lose the space or line break after it
 * ("AbstractWe propose a new one-parameter family …"): "Abstract" written with its capital, then a
 * capitalised word. A program's class name opening an abstract ("AbstractFactory classes …") would
 * lose its first half; no abstract of the listings opens so.
 */
const GLUED_LABEL = /^Abstract(?=\p{Lu}\p{Ll}+(?:\s|[,;:]))/u;
/** An opening paragraph tag whose "<" an export lost, before a capital. */
const LOST_TAG = /^P>\s*(?=\p{Lu})/u;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `abstract` without a leading "Abstract", "Summary" or "Simple Summary" label, as described above; unchanged when
 * there is none or it may be the text's own word.
 *
 * @example withoutAbstractLabel('Abstract Time series of heads are …') // 'Time series of heads are …'
 * @example withoutAbstractLabel('Abstract reasoning is hard.') // unchanged
 * @example withoutAbstractLabel('P>The insulin pathway …') // 'The insulin pathway …'
 * @example withoutAbstractLabel('AbstractWe propose …') // 'We propose …'
 */
export function withoutAbstractLabel(text: string): string {
	// Web of Science keeps what is left of a Wiley abstract's opening HTML tag ("<P>The insulin …" as "P>The insulin …").
	const abstract = text.replace(LOST_TAG, '').replace(GLUED_LABEL, '');
	const match = LABEL.exec(abstract);
	if (!match) return abstract;
	const [whole, label, separator, next] = match;
	const rest = abstract.slice(whole.length - next!.length);
	const isLabel =
		label === label!.toUpperCase() ||
		separator!.trim() !== '' ||
		(/^\p{Lu}/u.test(next!) && !new RegExp(String.raw`\b${escape(label!)}\s+${escape(next!)}`, 'i').test(rest.slice(next!.length)));
	return isLabel && rest.trim() ? rest : abstract;
}
