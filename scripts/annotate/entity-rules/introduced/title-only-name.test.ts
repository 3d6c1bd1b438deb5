import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../../lexicons.ts';
import { splitSentences } from '../../sentences.ts';
import { extractEntities } from '../../text/entities.ts';
import { titleOnlyName } from './title-only-name.ts';

const find = (title: string, abstract: string) =>
	titleOnlyName.scope === 'paper'
		? titleOnlyName.find({ title, abstract, sentences: splitSentences(abstract), acronyms: [], isGeneric: () => false, isKnown: () => false, inAcronym: () => false }, []).map((h) => `${h.name}:${h.type}:${h.titleOnly}`)
		: [];

// After wardat21deeplocalize in scripts/eval/listings/unseen-software-engineering.bib.
const DEEPLOCALIZE_TITLE = 'DeepLocalize: Fault Localization for Deep Neural Networks';
const DEEPLOCALIZE =
	'The entire DNN model appears as a black box. To address these problems, we propose an approach and a tool that automatically determines whether the model is buggy or not. Our approach was able to localize 21/40 bugs whereas Keras did not localize any faults.';
// After cuetosvega2011subtlexesp in scripts/eval/listings/unseen-language-acquisition.bib.
const SUBTLEX_TITLE = 'SUBTLEX-ESP: Spanish word frequencies based on film subtitles';
const SUBTLEX =
	'In this study, we present a subtitle-based word frequency list for Spanish, one of the most widely spoken languages. The subtitle frequencies explained 6% more of the variance than the existing written frequencies in lexical decision.';

describe('titleOnlyName', () => {
	it('takes a coined title name the abstract never writes, when the authors state they made something', () => {
		expect(find(DEEPLOCALIZE_TITLE, DEEPLOCALIZE)).toEqual(['DeepLocalize:method:true']);
	});

	it('types it a dataset when what the authors made is data', () => {
		expect(find(SUBTLEX_TITLE, SUBTLEX)).toEqual(['SUBTLEX-ESP:dataset:true']);
		expect(find(DEEPLOCALIZE_TITLE, `${DEEPLOCALIZE} We also build a benchmark of 40 buggy models.`)).toEqual(['DeepLocalize:method:true']);
	});

	it('leaves English words and phrases before the colon, names the abstract writes, and abstracts that state no contribution', () => {
		expect(find('Deep learning: a review', DEEPLOCALIZE)).toEqual([]);
		expect(find('Taipan: Efficient and Expressive State Space Language Models', DEEPLOCALIZE)).toEqual([]);
		expect(find(DEEPLOCALIZE_TITLE, `${DEEPLOCALIZE} DeepLocalize is open source.`)).toEqual([]);
		expect(find(DEEPLOCALIZE_TITLE, 'Deep neural networks have bugs. Existing debugging techniques do not localize them.')).toEqual([]);
	});

	// After unseen-round10-glaciology.csl.json: "OCCASION: New Planning Tool …", whose abstract says "A new stochastic framework … is developed".
	it('reads a new made thing stated in the impersonal voice', () => {
		const abstract = 'Irrigation needs planning under drought. A new stochastic framework for pump scheduling is developed which aims at lower costs. It is applied at two farms.';
		expect(find('PUMPSCHED: A Planning Tool for Irrigation Pumps', abstract)).toEqual(['PUMPSCHED:method:true']);
		expect(find('PUMPSCHED: A Planning Tool for Irrigation Pumps', 'Irrigation needs planning under drought. A stochastic framework for pump scheduling was used.')).toEqual([]);
	});

	it('takes a name of plain words when the subtitle restates it as a made thing', () => {
		// gait analysis: the abstract says "we propose a pipeline", never the name
		const abstract = 'Gait laboratories are costly. Therefore, we propose a fully automatic pipeline that tracks both ankles from one video.';
		expect(find('Joint Gait Tracker: An Automated Method for Measuring Ankle Motion from Video', abstract)).toEqual(['Joint Gait Tracker:method:true']);
		expect(find('Gait Analysis at Home: A Review of Methods for Measuring Ankle Motion', abstract)).toEqual([]);
		expect(find('Taipan: A Method for Measuring Ankle Motion', abstract)).toEqual([]);
		expect(find('Smart gaits: An innovative machine learning framework for ankle motion', abstract)).toEqual([]);
	});

	it('leaves the title name when the abstract names the paper’s own work otherwise', () => {
		const names = extractEntities(DEEPLOCALIZE_TITLE, DEEPLOCALIZE.replace('an approach and a tool', 'LocNet, a tool'), emptyLexicons()).map((e) => `${e.name}:${e.role}`);
		expect(names).toContain('LocNet:introduced');
		expect(names).not.toContain('DeepLocalize:introduced');
	});

	it('becomes the paper’s own entity with its one span in the title', () => {
		const [first] = extractEntities(DEEPLOCALIZE_TITLE, DEEPLOCALIZE, emptyLexicons());
		expect(first).toMatchObject({ name: 'DeepLocalize', type: 'method', role: 'introduced', spans: [{ start: 0, end: 12, text: 'DeepLocalize', field: 'title' }] });
		expect(DEEPLOCALIZE_TITLE.slice(0, 12)).toBe(first!.spans[0]!.text);
	});
});
