/** The Porter2 stemmer shipped inside wink's English model (wink-nlp uses it for `its.stem`). */
declare module 'wink-eng-lite-web-model/dist/porter-stemmer.js' {
	const stem: (word: string) => string;
	export default stem;
}
