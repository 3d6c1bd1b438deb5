/**
 * A language or a people named alone is what a paper studies or where it was done, never a
 * method, model or dataset: "English to Hindi machine translation engines", "the German supply
 * chain act", "texts translated from Persian to English", "the Chinese-Vietnamese language pair".
 * Capitalised as English writes every language and nationality, such a word meets the pattern rules
 * (a capital before a cue noun, a proper name in a title); the name of a work that holds one keeps
 * more words ("Chinese Corpora Internet 3.0", "German Credit dataset") and is not dropped.
 * The list is the major languages and the adjectives of peoples that name them, a closed
 * vocabulary of every field; a word of another shape is left to the other filters.
 */
import type { NameFilter } from './entity-rule.ts';

/** Languages, and adjectives of peoples and countries, as English capitalises them. */
export const LANGUAGE_NAMES: ReadonlySet<string> = new Set(
	(
		// Languages of Europe
		'English French German Spanish Portuguese Italian Dutch Flemish Russian Polish Czech Slovak Ukrainian Belarusian Greek ' +
		'Swedish Norwegian Danish Finnish Icelandic Hungarian Romanian Bulgarian Serbian Croatian Bosnian Slovenian Macedonian ' +
		'Albanian Estonian Latvian Lithuanian Catalan Basque Galician Welsh Irish Gaelic Maltese Latin ' +
		// Languages of Asia, the Middle East and Africa
		'Chinese Mandarin Cantonese Japanese Korean Vietnamese Thai Lao Khmer Burmese Malay Indonesian Javanese Filipino Tagalog ' +
		'Hindi Urdu Bengali Bangla Punjabi Gujarati Marathi Tamil Telugu Kannada Malayalam Odia Assamese Nepali Sinhala Sanskrit ' +
		'Arabic Persian Farsi Dari Pashto Kurdish Turkish Azerbaijani Hebrew Armenian Georgian Kazakh Uzbek Kyrgyz Turkmen Tajik ' +
		'Mongolian Tibetan Uyghur Swahili Amharic Hausa Yoruba Igbo Zulu Xhosa Afrikaans Somali Berber ' +
		// Adjectives of peoples and countries that name no language
		'American British Canadian Australian Mexican Brazilian Argentine Argentinian Chilean Colombian Peruvian Cuban ' +
		'Indian Pakistani Bangladeshi Iranian Iraqi Syrian Egyptian Moroccan Algerian Tunisian Libyan Saudi Israeli Palestinian ' +
		'Nigerian Ghanaian Kenyan Ethiopian Ugandan Tanzanian Rwandan Cameroonian Senegalese Sudanese Congolese ' +
		'Austrian Swiss Belgian Scottish Taiwanese Singaporean Malaysian Nepalese Afghan ' +
		'European African Asian Scandinavian Nordic Baltic Balkan Slavic Latino Hispanic Arab'
	).split(' '),
);

/** Drops a name that is a language or a people's adjective on its own ("Hindi", "German"). */
export const languageNames: NameFilter = {
	name: 'language names',
	rejects({ name }) {
		return LANGUAGE_NAMES.has(name);
	},
};
