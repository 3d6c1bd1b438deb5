import { splitSentences } from '../../sentences.ts';
import { describeStoredOutputs } from '../../testing/stored-outputs.ts';
import { titlePrefix } from './title-prefix.ts';

const find = (title: string, abstract: string) =>
	titlePrefix.scope === 'paper'
		? titlePrefix.find({ title, abstract, sentences: splitSentences(abstract), acronyms: [], isGeneric: () => false, isKnown: () => false, inAcronym: () => false }, []).map((h) => `${h.name}=${h.forms.join('|')}`)
		: [];

// Titles and abstracts written after the forms of materials software, earth observation and
// language models, not copied from a listing: a lower-case software name, a name of three words,
// a plain word, and negatives (a common noun used once where no sentence begins, a kind of work).
describeStoredOutputs(new URL('../fixtures/title-prefix/', import.meta.url), 'titlePrefix on fixture %s', 'finds exactly the names of the stored output.json', (file) => find(file('title.txt')!, file('input.txt')!));
