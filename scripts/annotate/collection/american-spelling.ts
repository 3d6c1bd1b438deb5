/**
 * British and American spellings of one word are one term: "tumour" and "tumor", "haemoglobin" and
 * "hemoglobin", "centre" and "center", "modelling" and "modeling", "analyse" and "analyze". A list
 * that mixes journals of both sides made two topics of one subject ("Tumor hypoxia", "Tumour
 * hypoxia"). Keyphrases and topic names compare in American spelling (`phraseForm`); a page still
 * shows each phrase as its paper wrote it. Word stems stay as written: the clusters that seed the
 * topics are sensitive to their vocabulary, and read this way they regrouped a mixed list's papers
 * wholesale for no better name.
 */

/** Each British spelling pattern of a lower-case word, with its American replacement. */
const RULES: readonly [RegExp, string][] = [
	// -our: the words that have it, not "four", "hour", "flour", "contour" or "devour".
	[/^(tum|col|behavi|fav|lab|vap|od|hum|flav|harb|neighb|hon|rig|vig|arm|sav|endeav|ferv|rum|val|clam|splend|savi|parl)our/, '$1or'],
	// Medicine's ae and oe: anaemia, ischaemic, glycaemic, haemoglobin, paediatric, oedema, oestrogen, apnoea.
	[/aem(?=i[ac])/, 'em'],
	[/^haem/, 'hem'],
	[/^(orthop|encyclop|p)aed/, '$1ed'],
	[/^(an)aesth/, '$1esth'],
	[/^gynaec/, 'gynec'],
	[/^caesar/, 'cesar'],
	[/^o(edem|estr|esophag)/, '$1'],
	[/^foet/, 'fet'],
	[/^coeliac/, 'celiac'],
	[/^homoeo/, 'homeo'],
	[/(diarrh|apn|dyspn|hypopn)oe/, '$1e'],
	// -tre: centre, metre, litre, fibre, theatre, calibre.
	[/^((?:kilo|centi|milli|micro|nano)?met|(?:milli|micro)?lit|(?:epi)?cent|fib|theat|calib)re(s?)$/, '$1er$2'],
	// -yse: analyse, catalyse, paralyse, hydrolyse.
	[/^(anal|catal|paral|hydrol|dial|electrol|photol|pyrol|autol)ys(e|es|ed|ing|er|ers)$/, '$1yz$2'],
	// A doubled l before an ending: modelling, labelled, signalling, travelled.
	[/^(model|label|travel|signal|channel|fuel|counsel|cancel|level|tunnel|funnel|total|dial|pedal)l(ing|ed|er|ers)$/, '$1$2'],
	// -isation: organisation, optimisation, characterisation.
	[/isation(s?)$/, 'ization$1'],
];

/** What any British spelling of `RULES` holds; most words hold none and are returned at once. */
const HINT = /our|ae|oe|tres?\b|ys(?:e|ing)|ll(?:ing|ed|ers?)\b|isation/;

/**
 * `HINT` without its word ends, so that it holds wherever `HINT` holds of a word alone: a word of a
 * text can end before a digit ("metre5"), where `HINT`'s `\b` fails in the text and holds in the word.
 */
const LOOSE_HINT = /our|ae|oe|tre|ys(?:e|ing)|ll(?:ing|ed|er)|isation/g;

/** A lower-case word (`[a-z]+`) in American spelling. */
function spellWord(word: string): string {
	if (!HINT.test(word)) return word;
	for (const [pattern, replacement] of RULES) word = word.replace(pattern, replacement);
	return word;
}

/** Whether a UTF-16 code is an ASCII lower-case letter. */
const isLowerAscii = (code: number) => code >= 97 && code <= 122;

/**
 * A lower-case word (or phrase) in American spelling, word by word; unchanged when it has none of
 * the British spellings above. Only the words holding a `LOOSE_HINT` are spelled: the others are
 * unchanged by `spellWord`, and an abstract holds a few such words among hundreds.
 *
 * @example americanSpelling('tumour hypoxia') // 'tumor hypoxia'
 * @example americanSpelling('haemoglobin') // 'hemoglobin'
 * @example americanSpelling('four hours') // 'four hours'
 */
export function americanSpelling(text: string): string {
	return HINT.test(text) ? spellHinted(text) : text;
}

/** `text` with each run of letters a–z that holds a `LOOSE_HINT` in American spelling. */
function spellHinted(text: string): string {
	let spelled = '';
	let from = 0;
	LOOSE_HINT.lastIndex = 0;
	for (let hint = LOOSE_HINT.exec(text); hint; hint = LOOSE_HINT.exec(text)) {
		// The word (`[a-z]+`, as the rules read words) around the hint; a hint is all letters, so inside one word.
		let start = hint.index;
		while (start > from && isLowerAscii(text.charCodeAt(start - 1))) start--;
		let end = LOOSE_HINT.lastIndex;
		while (end < text.length && isLowerAscii(text.charCodeAt(end))) end++;
		spelled += text.slice(from, start) + spellWord(text.slice(start, end));
		from = end;
		LOOSE_HINT.lastIndex = end;
	}
	return spelled + text.slice(from);
}
