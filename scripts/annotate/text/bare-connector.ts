/**
 * A connector that links to the sentence before, written without its comma: "However
 * misuse of biodiversity statistics can lead to …", "Consequently the rate of change … was
 * correlated …", "In addition the model …", "Overall we found that …". The comma is often left
 * out, but the words are the same connector as "However, …": they modify the whole clause and
 * are never part of its subject, so the clause after them stands as a sentence of its own.
 *
 * Three kinds, by how sure the words are of being a connector:
 * - adverbs and phrases that are connectors however the clause goes on ("Moreover", "In contrast",
 *   "To this end"), but for concessive "however" before a degree word ("However large the
 *   sample, …"), "thus far" and "hence forth" style time phrases, and the phrases that are
 *   prepositions before their object ("In addition to …", "As a result of …", "In contrast to …");
 * - words that are also adjectives, nouns or conjunctions of a phrase ("Overall survival",
 *   "Further research", "Next-generation", "Still images", "Together with"): connectors only
 *   right before a clause's subject, a first-person or demonstrative pronoun or a determiner
 *   ("Overall the model …", "Next we …");
 * - a purpose or a back-reference ("To address this", "Based on these findings", "Besides"):
 *   connectors only right before "we", where nothing else can have ended.
 */
import { WE } from './first-person.ts';

const ADVERB =
	'however|moreover|furthermore|consequently|therefore|thus|hence|nevertheless|nonetheless|accordingly|additionally|conversely|likewise|similarly|' +
	String.raw`in addition(?! to\b)|as a result(?! of\b)|(?:in|by) contrast(?! (?:to|with)\b)|in particular|in summary|in short|in conclusion|` +
	'to sum up|taken together|all in all|to (?:this|that) end|on the other hand';
// "However large …", "However many …", "However carefully …": "however" as "to whatever degree".
const DEGREE = String.raw`(?:much|many|few|little|large|small|long|short|high|low|far|often|hard|good|well|big|great|strong|weak|[a-z]+ly)\b`;
const BARE_CONNECTOR = new RegExp(String.raw`^(?:${ADVERB})\s+(?!,)(?!(?:far|forth|forward)\b)(?=[\p{L}"“(])`, 'iu');
const CONCESSIVE = new RegExp(String.raw`^however\s+${DEGREE}`, 'i');
// Words that open a clause as a connector only when the clause's subject follows at once.
const BEFORE_SUBJECT_WORD =
	'overall|together|collectively|altogether|next|then|first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|lastly|also|further|instead|' +
	'meanwhile|notably|importantly|specifically|concretely|still|yet|but|and|or|so|as such|here|(?:in )?this way|in sum';
const SUBJECT = String.raw`(?:${WE}|the|these|this|those|our|its|it|they|their|there|such)\b`;
const BEFORE_SUBJECT = new RegExp(String.raw`^(?:${BEFORE_SUBJECT_WORD})\s+(?=${SUBJECT})`, 'i');
// "To address these limitations we …", "Based on this observation we …", "With this in mind we …", "Besides we …".
const BACK = String.raw`(?:this|these|that|those|such|the (?:above|aforementioned))`;
const BEFORE_WE = new RegExp(
	String.raw`^(?:besides|(?:in order )?to \w+(?: \w+)? ${BACK}(?: [\w-]+){0,3}?|(?:based (?:up)?on|building (?:up)?on|motivated by|inspired by|given|following|with|in light of|in response to) ${BACK}(?: [\w-]+){0,3}?)\s+(?=${WE}\b)`,
	'i',
);

/**
 * The leading connector of `text` written without a comma, with the space after it, if any.
 *
 * @example bareConnector('However misuse of statistics can mislead.')?.[0] // 'However '
 * @example bareConnector('Overall we found that telomeres lengthen.')?.[0] // 'Overall '
 * @example bareConnector('Overall survival was longer.') // null
 * @example bareConnector('However large the sample, bias remains.') // null
 */
export function bareConnector(text: string): RegExpExecArray | null {
	if (CONCESSIVE.test(text)) return null;
	return BARE_CONNECTOR.exec(text) ?? BEFORE_SUBJECT.exec(text) ?? BEFORE_WE.exec(text);
}
