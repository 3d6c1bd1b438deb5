/**
 * Whether an abstract or a title is written in English. paperfold's annotation rules read English: run on a
 * Spanish abstract they made keyphrases such as "en el" and "la pandemia", and a topic "En el".
 * English prose is told by its function words ("the", "of", "and" …), which make up a large
 * share of any English sentence and almost none of another language's; a name or a formula
 * carries none either way. Text too short to judge is taken as English.
 */

/** Frequent English function words; few are words of other languages written in Latin script. */
const FUNCTION_WORDS = new Set(
	`the of and to in is for that with on by are this we from be was were an which our these
	can it its at or has have not their between than been into such also both more how when
	there they while using based but most only other each two three`.split(/\s+/),
);

/** Fewer words than this say too little to judge. */
const FEWEST_WORDS = 12;
/** Words judged: an abstract's opening says its language, and every abstract of a collection is asked. */
const WORDS_JUDGED = 60;
/**
 * Share of function words below which a text may not be English prose: other languages' abstracts
 * hold next to none, every English one of the eval listings well above this (the least, a dense
 * abstract of model names, included). An abstract given in two languages is judged by the first.
 * Below it, the text is taken for another language only when it holds more of another language's
 * function words than of English's: a telegraphic English abstract ("Methods: survey, 1,200
 * adults.") or a list of keywords holds few of either, and stays English.
 */
const FEWEST_FUNCTION_WORDS = 0.08;

/**
 * Whether `text` reads as English prose, or is too short to tell.
 *
 * @example readsAsEnglish('We study the effect of the pandemic on the use of urban green spaces in two cities.') // true
 * @example readsAsEnglish('La presente investigación tuvo como objetivo identificar el rol que cumplen las redes sociales en épocas de crisis.') // false
 */
export function readsAsEnglish(text: string): boolean {
	// One pass over the characters, no regular expression: every abstract of a collection is asked.
	let words = 0;
	let found = 0;
	let foreign = 0;
	let start = -1;
	for (let i = 0; i <= text.length; i++) {
		const code = i < text.length ? text.charCodeAt(i) : 32;
		if (isLetter(code) || (start >= 0 && (code === 39 || code === 0x2019) && i + 1 < text.length && isLetter(text.charCodeAt(i + 1)))) {
			if (start < 0) start = i;
			continue;
		}
		if (start < 0) continue;
		words++;
		if (i - start <= 7) {
			const word = text.slice(start, i).toLowerCase();
			if (FUNCTION_WORDS.has(word)) found++;
			else if (FOREIGN_FUNCTION_WORDS.has(word)) foreign++;
		}
		start = -1;
		if (words === WORDS_JUDGED) break;
	}
	return words < FEWEST_WORDS || found / words >= FEWEST_FUNCTION_WORDS || foreign <= found;
}

/** A letter of any script: ASCII letters, and every character past ASCII but punctuation and spaces. */
function isLetter(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && (code < 0x2000 || code > 0x206f) && code !== 0x3000);
}

/**
 * Function words of the other languages most often met in reading lists written in Latin script
 * (Spanish, Portuguese, French, Italian, German, Dutch), none of them also an English word.
 */
const FOREIGN_FUNCTION_WORDS = new Set(
	`de del el en los las la un una unos unas al con por para y que se su sus como entre sobre desde
	os da das do dos em na nas nos um uma pelo pela
	le les du et une dans pour par sur avec est ce qui aux
	il gli della delle dei degli nel nella nelle che
	der und ein eine mit für zu im auf dem ist nicht zur zum
	het een voor zijn`.split(/\s+/),
);

/**
 * Whether a title reads as English: a title is too short for `readsAsEnglish`'s share, so it is
 * judged by which language's function words it holds, and taken as English unless it holds at
 * least two of another language's and as many of those as of English's, a title given in two
 * languages included, whose phrases would be half foreign ("La Palma eruption" and
 * "Seismicity of Nevado del Ruiz" are English; "El rol de las redes sociales en la pandemia" is not).
 *
 * @example titleReadsAsEnglish('El Rol De Las Redes Sociales En La Pandemia Del Covid-19') // false
 */
export function titleReadsAsEnglish(title: string): boolean {
	const words = title.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
	let english = 0;
	let foreign = 0;
	for (const word of words) {
		if (FUNCTION_WORDS.has(word)) english++;
		else if (FOREIGN_FUNCTION_WORDS.has(word)) foreign++;
	}
	return foreign < 2 || foreign < english;
}
