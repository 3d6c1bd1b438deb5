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
 * A lower-case word (or phrase) in American spelling, word by word; unchanged when it has none of
 * the British spellings above.
 *
 * @example americanSpelling('tumour hypoxia') // 'tumor hypoxia'
 * @example americanSpelling('haemoglobin') // 'hemoglobin'
 * @example americanSpelling('four hours') // 'four hours'
 */
export function americanSpelling(text: string): string {
	return HINT.test(text) ? spellRuns(text) : text;
}

/** Each run of letters a–z of `text` in American spelling. */
function spellRuns(text: string): string {
	return text.replace(/[a-z]+/g, (word) => {
		if (!HINT.test(word)) return word;
		for (const [pattern, replacement] of RULES) word = word.replace(pattern, replacement);
		return word;
	});
}

/**
 * A reader of texts' words in American spelling: `read(text)` is `americanSpelling(text).split(separator)`
 * for a lower-case `text` and a `separator` that matches no letter a–z (so every run of letters lies
 * inside one word, and `americanSpelling` changes letters only), with each distinct word spelled once
 * however many texts write it. Spelling every abstract whole was a third of the time shared-keyphrase
 * topics took to index 10,000 papers' words: nearly every abstract writes "our", so each was spelled
 * run by run.
 *
 * @example americanWordReader(/\s+/)('our tumour size') // ['our', 'tumor', 'size']
 */
export function americanWordReader(separator: RegExp): (text: string) => string[] {
	const spelled = new Map<string, string>();
	const spell = (word: string) => {
		let american = spelled.get(word);
		if (american === undefined) spelled.set(word, (american = spellRuns(word)));
		return american;
	};
	// A text without the hint has no word to change; one with it is spelled run by run, as each word is here.
	return (text) => (HINT.test(text) ? text.split(separator).map(spell) : text.split(separator));
}
