/** The Porter2 (Snowball English) stemmer; the package ships no types. */
declare module 'wink-porter2-stemmer' {
	/** Lower-cases `word` and returns its Porter2 stem ("policies" → "polici"). */
	const stem: (word: string) => string;
	export default stem;
}
