/**
 * A sentence adverb that links to the sentence before, written without its comma: "However
 * misuse of biodiversity statistics can lead to …", "Consequently the rate of change … was
 * correlated …", "Moreover the model …". The comma is often left out, but the word is the same
 * connector as "However, …": it modifies the whole clause and is never part of its subject, so
 * the clause after it stands as a sentence of its own. Two readings are kept whole: concessive
 * "however" before a degree word ("However large the sample, …", "However often …"), and
 * "thus far", "hence forth" style time phrases.
 */

const ADVERB = 'however|moreover|furthermore|consequently|therefore|thus|hence|nevertheless|nonetheless|accordingly|additionally|conversely|likewise|similarly';
// "However large …", "However many …", "However carefully …": "however" as "to whatever degree".
const DEGREE = String.raw`(?:much|many|few|little|large|small|long|short|high|low|far|often|hard|good|well|big|great|strong|weak|[a-z]+ly)\b`;
const BARE_CONNECTOR = new RegExp(String.raw`^(?:${ADVERB})\s+(?!,)(?!(?:far|forth|forward)\b)(?=[\p{L}"“(])`, 'iu');
const CONCESSIVE = new RegExp(String.raw`^however\s+${DEGREE}`, 'i');

/**
 * The leading connector of `text` written without a comma, with the space after it, if any.
 *
 * @example bareConnector('However misuse of statistics can mislead.')?.[0] // 'However '
 * @example bareConnector('However large the sample, bias remains.') // null
 */
export function bareConnector(text: string): RegExpExecArray | null {
	if (CONCESSIVE.test(text)) return null;
	return BARE_CONNECTOR.exec(text);
}
