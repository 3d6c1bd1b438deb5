/**
 * A place is not an entity: "in Bangladesh", "countries in Asia", "Sub-Saharan Africa (SSA)",
 * "in Central Java". Studies in medicine, economics, agriculture or ecology name where they
 * were done as often as what they used, and the pattern rules (a capitalised title word used
 * twice, an acronym) cannot tell the two apart. Countries and continents are a closed list; a
 * region is read from its compass word ("Central Java", "South Sulawesi", "Northern Europe").
 */
import type { NameFilter } from './entity-rule.ts';
import { boundedStarts } from './name-occurrences.ts';
import { titledText } from '../last-text.ts';

/** Continents and world regions, the countries of the world (UN members and observers, common short forms and abbreviations), the states of the United States, and the oceans and seas. */
const PLACES = new Set([
	'Africa', 'Asia', 'Europe', 'America', 'Americas', 'Oceania', 'Antarctica', 'Australasia', 'Eurasia', 'Scandinavia', 'Caribbean', 'Balkans', 'Sahel',
	'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria', 'Azerbaijan', 'Bahamas', 'Bahrain',
	'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin', 'Bhutan', 'Bolivia', 'Bosnia', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria',
	'Burkina Faso', 'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Chad', 'Chile', 'China', 'Colombia', 'Comoros', 'Congo', 'Croatia', 'Cuba',
	'Cyprus', 'Czechia', 'Denmark', 'Djibouti', 'Dominica', 'Ecuador', 'Egypt', 'El Salvador', 'Eritrea', 'Estonia', 'Eswatini', 'Ethiopia',
	'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Grenada', 'Guatemala', 'Guinea', 'Guyana', 'Haiti',
	'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Jamaica', 'Japan', 'Jordan',
	'Kazakhstan', 'Kenya', 'Kiribati', 'Korea', 'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya',
	'Liechtenstein', 'Lithuania', 'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta', 'Mauritania', 'Mauritius',
	'Mexico', 'Micronesia', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Namibia', 'Nauru', 'Nepal',
	'Netherlands', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'Norway', 'Oman', 'Pakistan', 'Palau', 'Palestine', 'Panama',
	'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda', 'Samoa', 'San Marino',
	'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles', 'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia', 'Somalia', 'South Africa', 'Spain',
	'Sri Lanka', 'Sudan', 'Suriname', 'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Timor-Leste', 'Togo',
	'Tonga', 'Tunisia', 'Turkey', 'Türkiye', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine', 'United Kingdom', 'United States', 'Uruguay',
	'Uzbekistan', 'Vanuatu', 'Venezuela', 'Vietnam', 'Viet Nam', 'Yemen', 'Zambia', 'Zimbabwe',
	// The United Kingdom's short and constituent names, as social history and public health write them.
	'Britain', 'Great Britain', 'England', 'Scotland', 'Wales',
	// The states of the United States (studies of population, land and health are set in them, and a
	// title word "Florida" used twice looks like a name); Georgia is a country above.
	'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii', 'Idaho', 'Illinois',
	'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi',
	'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota',
	'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
	'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
	// Oceans and seas (ocean, climate and fisheries studies are set in them, and "Atlantic" in a title
	// and again in the abstract looks like a name to the pattern rules).
	'Atlantic', 'Pacific', 'Arctic', 'Antarctic', 'Indian Ocean', 'Southern Ocean', 'Atlantic Ocean', 'Pacific Ocean', 'Arctic Ocean',
	'Mediterranean', 'Mediterranean Sea', 'Baltic', 'Baltic Sea', 'North Sea', 'Black Sea', 'Red Sea', 'Caspian Sea', 'Adriatic', 'Aegean',
	'Caribbean Sea', 'Gulf of Mexico', 'Bering Sea', 'Labrador Sea', 'Nordic Seas', 'Sargasso Sea', 'South China Sea', 'East China Sea',
	'Sea of Japan', 'Arabian Sea', 'Bay of Bengal', 'Tasman Sea', 'Coral Sea', 'Weddell Sea', 'Ross Sea', 'Barents Sea', 'Kara Sea',
	// The abbreviations a place is written as after a town or a state ("California (USA)"); "US" is
	// left out, as medicine writes it for ultrasound.
	'USA', 'U.S.A.', 'UK', 'U.K.', 'UAE',
]);
/** "Sub-Saharan Africa", "South East Asia", "Central Java", "Northern Ireland", "West Bengal", "Northwestern Colombia". */
const COMPASS = String.raw`(?:Sub-Saharan|Central|(?:North|South)(?:east|west)?(?:ern)?|East|Eastern|West|Western|Upper|Lower)(?:[\s-]+(?:East|West|Eastern|Western))?`;
const REGION = new RegExp(String.raw`^${COMPASS}\s+[A-Z][\w-]*$`);
const AFTER_COMPASS = new RegExp(String.raw`${COMPASS}\s+$`);

/** The nouns that head the name of a country's division: "Hunan Province", "Nyando District", "Province of Alberta". */
export const DIVISION_NOUNS = ['Province', 'County', 'District', 'Prefecture', 'Municipality', 'Oblast', 'Governorate'] as const;

/**
 * A named division of a country or a city region: capitalised words headed by an administrative
 * noun ("Lagos Metropolitan Area", "Greater Toronto Area", "Hunan Province", "Nyando
 * District"). Such a long form makes its acronym a place ("SPMR", "GTA"); a bare "Region" or
 * "Area" heads other things ("Complementarity Determining Region"), so it needs a word of a city or
 * a state before it.
 */
const DIVISION = new RegExp(
	String.raw`^(?:\p{Lu}[\p{L}'’.-]*\s+)+(?:(?:Metropolitan|Urban|Capital|Autonomous|Administrative)\s+(?:Region|Area|Territory)|${DIVISION_NOUNS.join('|')})$`,
	'u',
);
const GREATER = /^Greater\s+(?:\p{Lu}[\p{L}'’.-]*\s+)+(?:Area|Region)$/u;

/**
 * A country's official name, its form of state before a place of the list: "Republic of Korea" (the
 * long form of "ROK"), "People's Republic of China", "Kingdom of Saudi Arabia".
 */
const OFFICIAL = /^(?:[A-Z][\w'’-]*\s+)*(?:Republic|Kingdom|Federation|Commonwealth|Sultanate|Emirates?|Principality|States?)\s+of\s+(?:the\s+)?(.+)$/;

/** Whether a name (or one of its forms, such as the long form of "SSA") names a place. */
export function namesPlace(forms: Iterable<string>): boolean {
	return [...forms].some(
		(form) =>
			PLACES.has(form) ||
			PLACES.has(OFFICIAL.exec(form)?.[1] ?? '') ||
			REGION.test(form) ||
			DIVISION.test(form) ||
			GREATER.test(form) ||
			(/\s/.test(form) && PLACES.has(form.split(/\s+/).at(-1)!) && REGION.test(form.split(/\s+/).slice(-2).join(' '))),
	);
}

/**
 * Whether every place `text` writes `name` follows a compass word: "Java" only in "Central Java"
 * is a region (the programming language is never written so).
 */
export function onlyAsRegion(name: string, text: string): boolean {
	const uses = boundedStarts(name, text);
	return uses.length > 0 && uses.every((at) => AFTER_COMPASS.test(text.slice(Math.max(0, at - 24), at)));
}

/** Drops countries, continents and regions. */
export const placeNames: NameFilter = {
	name: 'place names',
	rejects({ name, forms }, { title, abstract, acronyms }) {
		const longForms = acronyms.filter((a) => a.short === name).map((a) => a.long);
		return namesPlace([name, ...forms, ...longForms]) || onlyAsRegion(name, titledText(title, abstract));
	},
};
