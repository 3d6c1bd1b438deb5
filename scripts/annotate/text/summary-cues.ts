/**
 * The cue phrases of the summary's parts (`summary.ts`): each sentence scores problem, approach and results by the
 * phrases it holds and the kind of statement it makes (`summary-statements.ts`), with a mild prior for its position.
 * The phrases read the first-person voice ("we propose", "experiments show") and the words a part is told in whatever
 * the voice ("however", "remains", "outperforms"); evidence from a sentence's neighbours or the abstract's form is
 * added in `summary.ts`.
 */
import { textCues } from './cue-gate.ts';
import { I, OUR, WE } from './first-person.ts';
import { statementCues } from './summary-statements.ts';

/** The parts a cue speaks for, as the summary names them. */
type CuedPart = 'problem' | 'approach' | 'results';

/** A cue: a regular expression, or a test that gates one with a literal scan. */
type Cue = Pick<RegExp, 'test'>;

// "Code is available at …" or a link: the pattern's ".*" is slow on the long sentences most
// abstracts have, and only runs when the word "available" is there.
const CODE_AVAILABLE = /\b(?:code|implementation|project website)\b.*\bavailable\b/i;
const AVAILABILITY: Cue = { test: (text) => (/available/i.test(text) && CODE_AVAILABLE.test(text)) || /https?:\/\//i.test(text) };

// "Recent work has shown …", "X has demonstrated strong potential", "Research has consistently shown …" (any adverb of how
// often or how well): the present perfect of a verb of showing, in a sentence
// that does not speak of the paper's own work, reports what others found.
const HAVE_SHOWN = /\b(?:has|have) (?:already |\w+ly )?(?:shown|demonstrated|revealed)\b/i;
const OWN_WORDS = new RegExp(String.raw`\b(?:${WE}|${OUR}|this (?:paper|work|study|article|chapter|review))\b`, 'i');
const OTHERS_HAVE_SHOWN: Cue = { test: (text) => HAVE_SHOWN.test(text) && !OWN_WORDS.test(text) };

// "by 4.55%", "12.1x", "0.596 ± 0.006", "placed in the 49th percentile": a figure stated as a share, a multiple, an estimate or a rank.
const NUMERIC_RESULT = /\d+(?:\.\d+)?\s*(?:%|x\b|×|times\b|points?\b|percent\b|per cent\b|-?fold\b)|\d\s*(?:±|\+\/-)\s*\d|\d(?:st|nd|rd|th)\s+percentile\b/i;
const NUMERIC_WEIGHT = 2;

// "(Furthermore,) (in order) to <verb> …, we <verb> …", "…, X is|are <participle> …" or "…, the study utilizes …": the step a
// stated purpose is reached by, the paper as its subject as well as the authors (a finding it shows is no step, nor is a
// release of code or weights, "To push the frontier of open-source TTS, we release our model weights", which is
// availability; a named dataset released may be the contribution, and stays a step).
const PURPOSE_THEN_STEP = new RegExp(
	String.raw`^(?:(?:furthermore|moreover|finally|in addition|additionally|then|next|also),?\s+)?(?:in order\s+)?to\s+(?!the\s+best\b|date\b|this\s+end\b|that\s+end\b)(?:further\s+|\w+ly\s+)?[a-z]+\b[^,;]{0,160},\s+(?:${WE}\s+(?:also\s+|further\s+|first\s+|then\s+|\w+ly\s+)?(?!must\b|should\b|need\b|conclude\b|find\b|found\b|show\b|showed\b|observe\b|observed\b|demonstrate\b|prove\b|proved\b|recommend\b|release\s+(?:our|the|all)\s+(?:[\w-]+\s+){0,2}?(?:code|weights|models?|checkpoints?|implementation)\b)[a-z]+|(?!it\s)[^,;]{1,160}?\s(?:is|are|was|were)\s+(?:\w+ly\s+)?[a-z]+ed\b|(?:this|the|our)\s+(?:present\s+|current\s+)?(?:study|paper|research|article|work|analysis)\s+(?:also\s+|first\s+|then\s+|\w+ly\s+)?(?!shows\b|finds\b|found\b|showed\b|demonstrates\b|reveals\b|suggests\b|concludes\b|confirms\b|indicates\b|argues\b|states\b|expects\b|contends\b|maintains\b|holds\b|believes\b)[a-z]+s\b)`,
	'i',
);

// "… to address this limitation", "…, overcoming the static-scene limitations of prior methods", "… that circumvents this
// limitation": a gap word as the object of a verb that answers it, in the infinitive of purpose, a participle or a relative
// clause. Told in the perfect ("has been shown to overcome this challenge", "To address this issue, X has been proposed") it is
// others' answer, the state of things.
const GAP_WORD = /limitation|problem|issue|bottleneck|challenge|drawback|shortcoming/i;
const ANSWERS_GAP =
	/(?:\bto\s+(?:address|overcome|alleviate|mitigate|tackle|resolve|remedy|circumvent|bypass)|,\s+(?:\w+ly\s+)?(?:address|overcom|alleviat|mitigat|tackl|resolv|remedy|circumvent|bypass)ing|\b(?:which|that)\s+(?:address|overcome|alleviate|mitigate|tackle|resolve|remedie|circumvent|bypasse)s)\s+(?:this|these|the|such|its|their|those|existing|prior|previous)\b[^.;]{0,60}?\b(?:limitations?|problems?|issues?|bottlenecks?|challenges?|drawbacks?|shortcomings?)\b/i;

const EARLIER_PART = /\b(?:preceding|previous|earlier|first) Part\b|\bPart (?:I|1|One)\b/;
const PAST_TOLD = /\b(?:was|were|had|showed|found|derived|reported|described)\b/;

// Each cue adds its weight to a part when it occurs in a sentence.
const CUES: Record<CuedPart, [Cue, number][]> = {
	problem: [
		[/\bhowever\b/i, 1.5],
		[/\bchalleng(?:e|es|ing)\b/i, 1],
		[/\b(?:limitations?|limited|bottleneck\w*|drawbacks?|issues?|problems?)\b/i, 1],
		[/\b(?:struggles?|suffers?|fails?|lacks?|lacking|hinders?|remains?)\b/i, 1],
		[/\b(?:difficult|hard|costly|expensive|inefficien\w*|impractical|unclear|unexplored|elusive|inadequate\w*|insufficient\w*|poorly|open (?:problem|question))\b/i, 1],
		// "Finding novel treatments has become urgent", "an urgent need for …": the urgency of what is missing.
		[/\burgent(?:ly)?\b/i, 1.5],
		// "a new classification is needed", "tools are still lacking": a gap stated impersonally.
		[/\b(?:is|are) (?:still |thus |therefore |urgently |clearly )?(?:needed|required|lacking|missing)\b/i, 1],
		// "It is necessary to find the most suitable path", "it is essential to benchmark …": a need stated impersonally, the gap
		// the paper sets out to fill.
		[/\bit is (?:therefore |thus |still |also |hence |now )?(?:necessary|essential|crucial|critical|imperative|vital|important) to\b/i, 1],
		// "This study is crucial because the supply chain is migrating …", "The topic is timely since …": why the study matters, the
		// state of things that calls for it.
		[/\b(?:this|the present|the current|our) (?:study|research|work|paper|topic|question) is (?:\w+ly )?(?:crucial|important|necessary|needed|timely|significant|relevant|essential|vital|critical|urgent) (?:because|since|as|given)\b/i, 2],
		// "Mass adoption of the technology is still in its infancy", "DT-driven AM is still in its nascent stage": a field or a
		// technology not yet grown, the gap the paper starts from ("in the early stages of life" tells of no field).
		[/\b(?:is|are|remains?|still)\s+(?:still\s+)?(?:in\s+(?:its|their)\s+(?:infancy|(?:nascent|early|embryonic)\s+stages?)|at\s+an?\s+(?:nascent|early|embryonic)\s+stage)\b/i, 1.5],
		// "But the results are far from satisfying", "performance is far from satisfactory": what exists falls short.
		[/\bfar from (?:satisf\w+|ideal|perfect|optimal|adequate|sufficient|solved|settled)\b|\bunsatisf(?:ying|actory)\b/i, 1.5],
		// "inspections are time-consuming and labor-intensive", "the judgments are prone to human error": the cost of the way things
		// are done now, the gap a method sets out to close.
		[/\b(?:error-prone|prone to (?:\w+ )?errors?|time-consuming|labou?r-intensive)\b/i, 1.5],
		[/\b(?:despite|although|yet)\b/i, 0.5],
		[/\b(?:cannot|can't|do not|does not|unable to|not (?:well )?understood)\b/i, 0.5],
		[/\b(?:existing|prior|previous|current|traditional|conventional|recent) (?:[\w-]+ ){0,2}(?:work|works|methods?|approaches|techniques|research|studies|pipelines|paradigms|frameworks|systems|solutions)\b/i, 1],
		[/\b(?:is|are|has become|have become) (?:a|an) (?:core|key|central|fundamental|major|important|powerful|promising)\b/i, 1],
		// "Since the early 1970s the number of X has increased", "Over the past two decades, …": the history the paper starts from.
		[/^(?:since|over|during|throughout|in) (?:the )?(?:early |late |mid-?|past |last )?(?:(?:1[89]|20)\d0s|(?:two|three|four|five|several|few|\d+) (?:years|decades))\b|^since (?:1[89]|20)\d\d\b/i, 1],
		// "Recent studies have shown that …": what others have shown, the state of knowledge the paper starts from.
		[OTHERS_HAVE_SHOWN, 1],
		// "Attempts have been made to improve …", "significant progress has been made in …": the efforts of the field so far, the
		// state the paper starts from.
		[/\b(?:attempts?|efforts?|progress|advances?|strides)\s+(?:has|have)\s+(?:also\s+|already\s+|recently\s+)?been\s+made\b/i, 1],
		// "In the preceding Part I of this investigation a relation was derived …", "as Part One of this article showed, …": what
		// an earlier part of a work in parts did, told in the past, is the state the present part starts from ("In Part I, we
		// derive …" in the present tells the paper's own plan, and stays out).
		[{ test: (text) => EARLIER_PART.test(text) && PAST_TOLD.test(text) }, 2],
		// "The core challenge is not simply longer context windows but …", "The key difficulty lies in …": the gap named as such.
		[/^(?:the|a|one) (?:core|key|main|central|fundamental|primary|real|major) (?:challenge|problem|difficulty|bottleneck|obstacle) (?:is|lies|remains)\b/i, 1.5],
		// "This challenge is compounded when …", "… a single function's sub-optimal performance can result in performance degradations
		// of the entire chain": how the gap grows worse, and the harm it can do.
		[/\b(?:is|are) (?:further )?(?:compounded|exacerbated|aggravated) (?:when|by|as|if|in)\b/i, 1.5],
		[/\b(?:can|may|could|might) (?:\w+ly )?(?:lead to|result in|cause)\s(?:[\w-]+\s){0,3}?(?:degradations?|failures?|losses|errors|delays|violations|bottlenecks|overheads?|outages)\b/i, 1.5],
		// "To address this problem, advanced data analysis techniques such as machine learning methods can be applied": what could
		// be done about the gap, told as a possibility with no agent, is the field's known answer, the background the paper's own
		// answer follows ("To address this, we propose …" and "… is proposed" are the paper's).
		[/^to (?:address|overcome|tackle|solve|mitigate|alleviate) (?:this|these|such|the)\b[^,]{0,60},\s+(?![^.;]*\b(?:we|our|us|this (?:paper|study|work|research|article))\b)[^.;]{0,160}?\b(?:can|could|may|might)\s+be\s+(?:\w+ly\s+)?[a-z]+ed\b/i, 2.5],
		// "This is usually done with a lock-in amplifier": how a thing is commonly done, the practice the paper sets out from.
		[/\b(?:is|are) (?:normally|usually|typically|commonly|traditionally|conventionally|routinely) (?:done|performed|carried out|achieved|obtained|measured|estimated|computed|calculated|determined)\b/i, 1],
	],
	approach: [
		// "This research presents …" names the paper's contribution as "this paper presents …" does.
		// "The current study presents five cases", "This technical report introduces X": the paper named with its kind.
		// "This contribution presents a multi-resolution approach …": conference papers name themselves a contribution.
		[new RegExp(String.raw`\b(?:${WE}|(?:this|the (?:present|current))(?: technical| pilot| case)? (?:paper|work|study|thesis|article|report|research|contribution)|${OUR} (?:paper|work))\s+(?:\w+\s+){0,2}?(?:propos|introduc|present|develop|design|describ)(?:e|es|ed|ing|s)?\b|\bby (?:propos|introduc)ing\b`, 'i'), 3],
		// "We build upon these results to design PCL, which …", "we use these insights to develop a new sampler": what the
		// authors make, reached through the purpose of a first verb (a result the sentence reports needs no "to design").
		// "We advise policymakers to develop …" tells others what to make: a recommendation, no making of the authors'.
		[new RegExp(String.raw`\b${WE}\s+(?!(?:\w+ly\s+)?(?:advise|recommend|urge|encourage|invite|call)\b)(?:\w+\s+){1,5}?to\s+(?:design|develop|devise|propose|introduce|construct)\b`, 'i'), 3],
		[new RegExp(String.raw`\b(?:this|${OUR}) (?:paper|work|study|thesis|article|report|research)\b`, 'i'), 1],
		// What the authors do to their material, in any field: "we use", "we analyse", "we conducted a user
		// study", "we have studied 415 repairs", "we also contribute a benchmark", "we pre-trained X on …", "we instantiate X as …".
		// "We characterized the microbial communities by 16S rRNA sequencing", "We formalize X as …": describing material and
		// stating a thing formally are the authors' work too; so is "We synthesize the literature on …", a synthesis of what is
		// known, as much as a chemist's synthesis.
		// "we have searched for the 3.55 keV line", "We aim to conduct the first measurement", "(The) authors intend to comprehend
		// …": a search and an aim are what the authors set out to do, whatever the field and the person they write in.
		[new RegExp(String.raw`\b(?:${WE}|(?:the\s+)?authors?)\s+(?:\w+\s+)?(?:aim|seek|set out|intend)s?\s+to\b|\bto\s+(?:test|determine|assess|examine)\s+(?:whether|if)\b`, 'i'), 1.5],
		[new RegExp(String.raw`\b${WE}\s+(?:\w+\s+)?(?:search|build|construct|formulat|synthesi[sz]|implement|leverag|employ|us|appl|integrat|train|pre-?train|instantiat|defin|combin|extend|select|inject|utiliz|decompos|draw|frame|model|incorporat|collect|curat|adopt|analy[sz]|investigat|examin|assess|compar|test|explor|estimat|comput|calculat|simulat|fit|measur|conduct|contribut|survey|perform|stud|consider|summari[sz]|characteri[sz]|formali[sz])(?:e|es|ed|ing|y|ies|ied|s)?\b`, 'i'), 1],
		// "We convert trajectories into step-level supervision", "we replace the sum with a union", "We interviewed 30 managers", "we
		// annotate 2,000 pairs", "We map each entity to …": more of what the authors do to their material, in any field, that the
		// list above lacked.
		[new RegExp(String.raw`\b${WE}\s+(?:\w+\s+)?(?:convert|transform|reformulat|recast|replac|organi[sz]|trac|isolat|pair|coupl|augment|distill|annotat|label|encod|sampl|interview|recruit|cod|map|adapt|creat|reframe|revisit|rethink|target|follow|specif|quantif|solv|optimi[sz]|fine-?tun|distinguish|categori[sz]|classif|cluster|rank|filter)(?:e|es|ed|ing|s|ies|ied|y)?\b`, 'i'), 1],
		// "We review the current state of …", "we outline the applications of …", "Finally, we discuss the challenges …": what the
		// authors go through in the paper is their work, as a review's scope in the passive is (`review-scope.ts`).
		// "we have included a discussion on methods for …" is a discussion the authors give, as "we discuss" is.
		[new RegExp(String.raw`\b${WE}\s+(?:also\s+|further\s+|then\s+|finally\s+|briefly\s+)?(?:discuss|outline|review)\b|\b${WE}\s+(?:have\s+)?(?:also\s+)?includ(?:e|ed)\s+(?:a\s+)?(?:brief\s+|short\s+)?(?:discussion|review|overview|summary)\b`, 'i'), 1],
		// "We generated two datasets", "we fabricated the films by …", "We have built a proof-of-concept implementation", "We have
		// collected a benchmark of 40 buggy models": the making of the material, told in the past or the perfect (the present
		// "how can we generate …?" asks the question the paper sets out from).
		[new RegExp(String.raw`\b${WE}\s+(?:have\s+)?(?:\w+ly\s+|also\s+|then\s+|first\s+)?(?:generated|recorded|acquired|prepared|fabricated|synthesi[sz]ed|built|collected|compiled|assembled|curated|implemented|constructed)\b`, 'i'), 1],
		[new RegExp(String.raw`\b(?:${OUR}|the proposed|this) (?:method|approach|framework|model|algorithm|system|architecture|solution|pipeline|technique|procedure)\b`, 'i'), 1],
		[/\b(?:novel|called|named|dubbed|consists? of|is based on|built on|builds (?:up)?on)\b/i, 1],
		// "FooNet uses …", "The method analytically separates …": what the method does, told of it.
		// A tool is told of by its name too, "The TMS reports …", and by what it captures, reports or generates for its users.
		// "Consequently, FooNet produces …", "Based on PPO, FooNet trains …", "Leveraging browser automation, it performs human-like
		// testing …": a connector, the thing it builds on or the means it leverages may come first ("it performs well" is how it did).
		// "Atlas 2.0 shifts from …": a name with its version number is a system's name, however few its capitals.
		// "This strategy enables the synthesis of …", "The protocol introduces …": a method named by its strategy, protocol or paradigm.
		[/^(?:(?:Consequently|Thus|Hence|Specifically|Moreover|Furthermore|Additionally|In addition|Finally|Then|(?:Based|Building) on [^,;]{1,60}|Leveraging [^,;]{1,60}),\s+)?(?:It|(?<=,\s+)it|This|(?:The\s)?[A-Z][\w-]*[A-Z][\w-]*|[A-Z][\w-]*\s\d+(?:\.\d+)+|(?:The|This|Our) (?:[a-z-]+ )?(?:method|approach|technique|procedure|algorithm|framework|model|pipeline|tool|index|system|scheme|design|architecture|module|mechanism|formulation|benchmark|dataset|process|protocol|strategy|paradigm))\s+(?:first\s+|then\s+|also\s+|further\s+|\w+ly\s+)?(?:takes|uses|employs|consists|adopts|introduces|formulates|learns|combines|extracts|leverages|integrates|models|grows|trains|builds|layers|optimi[sz]es|decomposes|operates|relies|addresses|tackles|handles|enables|allows|predicts|keeps|replaces|extends|corrects|computes|estimates|separates|transfers|converts|assigns|matches|selects|detects|captures|reports|branches|resumes|generates|produces|represents|simulates|visuali[sz]es|automates|fuses|preserves|aligns|unifies|decouples|encodes|decodes|refines|routes|incorporates|features|includes|comprises|contains|samples|shifts|couples|pairs|equips|augments|maintains|interleaves|orchestrates|wraps|treats|exploits|distills|conditions|injects|attaches|applies|performs(?!\s+(?:well|better|best|worse|poorly|comparably|competitively|favou?rably|strongly|robustly|on par|similarly)\b))\b/, 1.5],
		// "The framework also provides minimal recipes for …", "BEDTools also supports the comparison of …", "The platform further
		// offers a plug-in library": a further feature of the paper's system, told after its first, describes it; without "also"
		// or "further" what a thing provides or offers is as often its worth, a result.
		[/^(?:(?:The\s)?[A-Z][\w-]*[A-Z][\w-]*|(?:The|This|Our) (?:[a-z-]+ )?(?:method|approach|technique|algorithm|framework|model|pipeline|tool|system|architecture|module|benchmark|dataset|library|package|platform|toolkit|software|interface|server|database))\s+(?:also|further|additionally)\s+(?:provides|offers|supports|exposes|includes|ships)\b/, 1.5],
		// "Our construction employs a filtration pipeline …", "Our training recipe consists of two stages": whatever the authors call
		// their own making, what it uses or is made of describes it ("Our method successfully combines …" tells how well, and stays out).
		[/^Our\s+(?:(?![a-z]+ly\s)[a-z-]+\s+){1,2}?(?:uses|employs|adopts|leverages|utili[sz]es|relies|combines|integrates|builds|consists|comprises|draws|applies|extends)\b/, 1.5],
		// "Agent-World has two main components: (1) …", "EasyVideoR1 makes the following contributions: (1) …", "WorldMark contributes:
		// (1) …": the parts of the paper's own making, listed after a colon, describe it; what they go on to do is not yet a result.
		[/\b(?:has|have|comprises?|consists? of|makes?)\s+(?:the\s+following|two|three|four|five|several)\s+(?:[a-z-]+\s+)?(?:components|modules|stages|contributions|parts|phases|elements|innovations)\s*:|\bcontributes\s*:/i, 1.5],
		// "Our main contributions are: (i) RPKB, a curated knowledge base …, (ii) …": the paper's contributions listed, each a thing it
		// made, however many figures describe them; what they then achieve is told after.
		[/^(?:Our|The)\s+(?:(?:main|key|primary|principal|major|core)\s+)?(?:(?:two|three|four|five)\s+)?contributions\s+(?:of\s+(?:this|the)\s+(?:paper|work)\s+)?(?:are|include)\b(?:\s+as\s+follows)?\s*:/i, 2],
		// "With dLLM, users can reproduce, finetune and evaluate …", "Users can define key properties of …": what the users of the
		// paper's tool can do with it describes the tool.
		[/^(?:With [^,;]{1,60},\s+)?(?:users|researchers|developers|practitioners|analysts)\s+can\b/i, 1.5],
		[/\bin this (?:work|paper|review(?: article| paper)?)\b/i, 0.5],
		// "Here we propose …", not "Here we show that …": a finding opened the same way is a result.
		[new RegExp(String.raw`^(?:To (?:address|overcome|tackle|solve|bridge|close|mitigate|remedy|alleviate|fill|this end|do so)|(?:Here|First|Second|Third|Specifically),? (?:we|${I})(?!\s+(?:\w+\s+)?(?:show|find|found|demonstrate|observe|report)\b))\b`), 1.5],
		[new RegExp(String.raw`\b${WE} (?:\w+ )?(?:provide|derive|construct|formulate)\b`, 'i'), 0.5],
		// "I will concentrate on the debate over …", "I will summarize several arguments …": a single author's plan for the essay
		// is what it does ("we will" as often promises a release or tells what readers will notice, and stays out).
		[new RegExp(String.raw`\b${I}\s+will\s+(?!be\b|not\b)[a-z]+`), 1.5],
		// "In this essay I argue that …", "Adopting X's concept, I argue that …": the humanities state their thesis in the first
		// person singular, and the thesis is what the essay sets out to make good, its approach (a finding the author shows or
		// demonstrates is a result).
		[new RegExp(String.raw`\b${I}\s+(?:here\s+|also\s+|further\s+|\w+ly\s+)?(?:argue|contend|maintain|posit|propose|suggest)\s+(?:here\s+)?that\b`), 1.5],
		// "Here we report a simple process for …", "In this study, we report a preliminary analysis …": what the paper reports,
		// named, is its contribution, as "we present" is ("we report that …" is a finding).
		[new RegExp(String.raw`\b${WE}\s+(?:here\s+|also\s+|further\s+)?report\s+(?:a|an)\b`, 'i'), 1.5],
		// "We demonstrate the use of X on two case studies", "… the applicability of the method at a field site": a
		// demonstration of how a thing is put to use is a step of the work; what it can do ("its ability to …") is a result.
		[new RegExp(String.raw`\b${WE}\s+(?:also\s+|further\s+|then\s+|first\s+)?(?:demonstrate|illustrate|showcase)\s+the\s+(?:use|usage|utility|usefulness|applicability|feasibility|flexibility|versatility)\s+of\b`, 'i'), 1.5],
		// "We achieve this by …", "we do so through …": the means of what the sentence before set out, as "This is achieved by …" is.
		[new RegExp(String.raw`\b${WE}\s+(?:achieve|accomplish|do|realize|realise)\s+(?:this|so|it|that)\s+(?:by|through|via|using|with)\b`, 'i'), 1.5],
		// "For evaluation, we establish Persona-MME, a benchmark …", "we established an Enterotype Dysbiosis Score": what the authors
		// set up, as "we build" is; "we establish that …" states a finding and stays out.
		[new RegExp(String.raw`\b${WE}\s+(?:also\s+|further\s+|then\s+|first\s+)?establish(?:es|ed)?\s+(?!that\b)`, 'i'), 1.5],
		// "Beyond the review itself, we contribute two datasets": what the authors contribute, never "contribute to" a field.
		[new RegExp(String.raw`\b${WE}\s+(?:also\s+|further\s+|additionally\s+)?contribute\b(?!\s+to\b)`, 'i'), 1.5],
		// "To support a controlled evaluation, we build a set of …", "To validate the scheme, three cases are computed": a
		// purpose stated first and the authors' step after it, in the first person or the passive, is what the authors do,
		// however much the purpose speaks of evaluating; "To the best of our knowledge", "To date" and a need ("we must", "it is
		// crucial") are no such purpose, and a proof the purpose calls for ("To explain this gap, we prove that …") is a finding.
		[PURPOSE_THEN_STEP, 1.5],
		// "ESR measurements were performed to investigate the defects …", "Interviews were carried out to analyse …": a step told in
		// the past passive with the purpose it served is what the authors did, also between two of their results (in the present,
		// "X is performed to estimate …" as often tells the field's practice; "was also used to identify …" may show what a method can do).
		[/\b(?:was|were)\s+(?:also\s+|then\s+|first\s+|further\s+|subsequently\s+)?(?:performed|carried out|conducted|undertaken|employed|applied|done|run)\s+(?:\w+\s+)?to\s+(?:investigate|examine|study|determine|assess|evaluate|identify|quantify|explore|analy[sz]e|characteri[sz]e|measure|estimate|test|compare|probe|obtain)\b/i, 1],
		// "Firm age will be positively related to risk taking", "there will be positive relationships between …", "such relationships
		// will be moderated by …": a hypothesis, stated as what the study expects before it is tested, is part of the design.
		[/\bwill\s+be\s+(?:(?:positively|negatively|significantly|strongly|inversely)\s+)?(?:related|associated|correlated|moderated|mediated)\s+(?:to|with|by)\b|\bthere will be (?:a |an )?(?:positive|negative|significant|inverse)\s+(?:\w+\s+)?(?:relationships?|associations?|correlations?|effects?)\b/i, 1.5],
		// "We evaluate X on four benchmarks against …", "Using this benchmark, we assess …", "Additionally, we compare two models
		// with …", "We conduct extensive evaluation on 14 benchmarks", "We conduct exhaustive evaluations spanning 10 benchmarks", "Beyond quantitative scores, we conduct rigorous analyses and ablations to expose …", "We
		// validate X through RL training on four task families" (not "…, demonstrating …"), "We evaluated the model in terms of robustness …": the setup
		// of an evaluation, in the present or the past, told before its outcome or as a further step after it,
		// is what the authors do; it outweighs the results cue "evaluate" gives, and an outcome stated in the sentence
		// ("… and show that", a number) still tips it to the results.
		[new RegExp(String.raw`^(?:(?:Additionally|Moreover|Furthermore|Finally|In addition|Lastly),?\s+)?(?:(?:Using|With|On|Across|Through|Leveraging) (?:this|these|the|our) [^,;]{1,60},\s+|Beyond [^,;]{1,60},\s+)?${WE}\s+(?:\w+ly\s+)?(?:evaluated?|benchmark|compared?|test(?:ed)?|assess(?:ed)?|validated?\s+[^,;.]{1,60}?\s+(?:through|via|by|on|across)\b(?![^.;]*\b(?:demonstrat|show|achiev|reveal|confirm|outperform|improv|yield)\w*)|(?:conduct|perform)\s+(?:\w+\s+)?(?:experiments|evaluations?|analyses|ablations)(?:\s+and\s+(?:\w+\s+)?(?:analyses|ablations|experiments))?\s+(?:on|under|across|over|spanning|covering|to)\b)\b`, 'i'), 2],
		// "We close this gap with X", "we address this problem by …", "We address it by …", "… and address it with X", "Our answer
		// is X": the answer to the gap just stated; "Our key idea is to …", "Building on this, we …": the method's core, and what
		// it builds on the line before.
		[new RegExp(String.raw`\b${WE}\s+(?:\w+ly\s+)?(?:bridge|narrow|close|fill|address|tackle|overcome|solve)\s+(?:this|the|these|such|it|them)\b|\band\s+(?:bridge|narrow|close|fill|address|tackle|overcome|solve)\s+(?:it|this|them)\s+(?:with|by|via|through|using)\b|^(?:Our|The)\s+(?:core|key|main|central)\s+(?:idea|insight|intuition)\b|^Our\s+(?:answer|solution|response)\s+(?:is|to)\b|^(?:Building|Based)\s+on\s+(?:this|these|our)\b`, 'i'), 1.5],
		// "… to address this limitation": a gap word as the object of a verb that answers it tells what the paper's work does about
		// the gap, not the gap itself (its word still counts for the problem, which this outweighs).
		[{ test: (text) => GAP_WORD.test(text) && ANSWERS_GAP.test(text) && !/\b(?:has|have) been\b/i.test(text) }, 1.5],
		// "This paper summarizes the evidence …", "This article reviews …", "The paper discusses how …": the paper as the subject of a
		// verb of reviewing says what it does.
		[/^(?:This|The(?: present)?) (?:paper|review|article|study|survey|work|chapter) (?:also )?(?:surveys|reviews|overviews|summari[sz]es|discusses|describes|outlines|details)\b/i, 1.5],
		// "This review provides a comprehensive introduction into …", "This practical manual gives the reader a toolbox …": what a
		// review or a book provides is what it does ("This study provides evidence that …" reports a finding, and stays out).
		[/^(?:This|The(?: present)?) (?:[a-z]+ )?(?:review|chapter|book|manual|handbook|textbook|tutorial|primer|volume) (?:also )?(?:provides|gives|offers|covers)\b/i, 1.5],
		// "These issues motivated us to write a short review of …", "This gap led us to develop …": the problem just stated as the
		// cause of what the authors do, which the sentence tells ("led us to conclude that …" is a finding).
		[/^(?:this|these|such|those)\s+(?:[\w-]+\s+){0,3}?(?:motivated|prompted|led|inspired|encouraged|drove)\s+us\s+to\s+(?!(?:believe|think|conclude|expect|suspect|hypothesi[sz]e|suggest|assume)\b)[a-z]+/i, 1.5],
		// "In this paper, the authors discuss …", "Here, the authors present …", "The author used …": the authors named in the third
		// person, as older journals and some fields write, doing what "we" would do (what they "argue", "note" or "observed" is left
		// to the finding cues).
		[/\bthe authors?\s+(?:also\s+|first\s+|then\s+|further\s+|\w+ly\s+)?(?:present|propos|discuss|describ|introduc|develop|report|review|contrast|address|record|use|used|analy[sz]|examin|investigat|stud|compar|explor|conduct|perform|design|buil|construct|appl|assess|evaluat|survey|interview|collect|model)\w*/i, 1.5],
		// "We further build a corpus …", "We also decompose the error into …", "We further refine the patch features …": a further
		// thing the authors make or do, told after first
		// results as often as before them (a finding told so, "We also show", is the results cue's).
		[new RegExp(String.raw`^(?:(?:moreover|furthermore|additionally|in addition|finally),?\s+)?${WE}\s+(?:further|also|additionally|furthermore)\s+(?:\w+ly\s+)?(?:derive|organi[sz]e|distinguish|build|construct|design|curate|develop|decompose|integrate|employ|enhance|contribute|describe|introduce|propose|explore|extend|collect|formulate|define|implement|refine|modify|adapt)\b`, 'i'), 1.5],
		// "During training, a teacher branch guides the encoder; at inference, only the encoder runs", "Instead of a fixed threshold, X learns …": how the
		// method works in each phase, or what it does in place of the usual way, describes the method.
		// "These gains are enabled by a shared encoder …", "This is achieved through a two-stage …": the means of the method.
		[/\b(?:is|are) (?:enabled|achieved|made possible|realized|realised|accomplished) (?:by|through|via)\b/i, 1.5],
		[/^(?:During (?:training|inference|pre-?training|fine-?tuning|testing)|At (?:inference|test time|training time|inference time)|Instead of|Rather than)\b/i, 1.5],
		// "Unlike prior work that treats preferences as static, X hides …", "Compared with prior approaches, X removes the need for …":
		// the paper's own design set against what others did, how it differs; a measured comparison is the results cues'.
		[/^(?:Unlike|In contrast to|Compared (?:to|with)|Different from|Contrary to) (?:the |most |many )?(?:prior|existing|previous|conventional|traditional|current|earlier|standard)\b/i, 1.5],
		// "The second analysis used a genomic relationship matrix", "The first model includes a fixed line", "The first step is to
		// align …", "The second model is used for …", "The second stream uses deep learning …": the enumerated analyses, models,
		// steps, streams or modules of the design, each told by what it used, included or is.
		[/^The (?:first|second|third|fourth|fifth|final|last)(?: \d+)? (?:[a-z-]+ ){0,2}?(?:analys[ie]s|models?|runs?|experiments?|simulations?|methods?|approach(?:es)?|variants?|configurations?|scenarios?|steps?|stages?|phases?|streams?|branch(?:es)?|modules?|components?) (?:(?:is|are|was|were) (?:used|applied|employed|to [a-z]+|[a-z]+ing)|used|uses|utili[sz]es|includes?|included|comprises?|comprised|employs?|employed|applies|applied|adds|added)\b/, 1.5],
	],
	results: [
		// "to evaluate", "to rigorously evaluate", "when evaluating", "is to be evaluated": a purpose or a condition, no evaluation's outcome.
		// "The produced agents are evaluated in real and simulated environments": the present passive tells the evaluation's set-up.
		// "an evaluation protocol with refined rubrics", "a dual-mode evaluation framework": a thing made for evaluating, named.
		// "evaluator manipulation", "evaluator–policy co-adaptation": the one who evaluates is no evaluation either.
		// "Experiments were conducted on …", "Experiments were used to test …": experiments as the subject of the verb that runs
		// them tell the setup of the evaluation, not what came out of it.
		[/\b(?:experiments?(?!\s+(?:is|are|was|were)\s+(?:\w+ly\s+|then\s+|also\s+|further\s+|first\s+)?(?:conducted|performed|carried out|used|designed|run|undertaken|done|repeated)\b)|experimentally|empirically|(?:experimental|empirical) (?:results?|evaluations?|studies|study|analysis|validation)|(?<!\b(?:to|when|be|for|is|are) )(?<!\bto \w+ly )evaluat(?!ors?\b)\w+(?!\s+(?:protocols?|frameworks?|suites?|harness(?:es)?|toolkits?|pipelines?|metrics?|criteria|rubrics?|methodology|platforms?)\b))\b/i, 1.5],
		[/\b(?:outperform\w*|surpass\w*|exceed\w*|beats?|state-of-the-art|sota)\b/i, 1.5],
		// "The tool is successfully applied at a site in France", "Our method successfully combines …": a step or a design told
		// with its success is told for its outcome.
		[/\bsuccessfully\b/i, 1],
		[NUMERIC_RESULT, NUMERIC_WEIGHT],
		// "the mean number of drainage procedures per patient was 4.2", "the median age was 61": a summary statistic reported.
		[/\b(?:mean|average|median)\s+(?:[\w()-]+\s+){0,10}?(?:was|were)\s+(?:about\s+|approximately\s+)?\d/i, 1.5],
		// "The glass transition temperature of the cured polymer was 148 °C", "The particles had a Tg of about −100 °C": a measured
		// value told with the past copula or "had", no participle between (a setting is a step: "were heated to 150 °C").
		[/\b(?:was|were)\s+(?:about\s+|approximately\s+|around\s+|only\s+|nearly\s+|less than\s+|more than\s+|over\s+|under\s+)?[-−~]?\d|\bhad\s+an?\s+[^,;.]{0,40}?\bof\s+(?:about\s+|approximately\s+|around\s+)?[-−~]?\d/i, 1.5],
		// "Those with a high parasympathetic profile have a higher coping acceptance than the others", "yields were lower than in
		// the control": a comparison of groups or conditions, told with its "than", is what the study found.
		[/\b(?:higher|lower|greater|larger|smaller)\b[^.;]{0,80}?\bthan\b/i, 1],
		// "Across diverse tissues, Lingshu-Cell accurately reproduces transcriptomic distributions", "This technique reliably reproduces
		// the measurements": how well a method does what it does, told in a finite verb, is how it performed ("to accurately
		// identify", "which closely reproduces" tell its purpose or design).
		[/(?<!\b(?:to|which|that|can|could|will|would) )\b(?:accurately|reliably|faithfully|consistently|robustly|correctly|precisely|closely)\s+(?:reproduc|predict|captur|recover|track|match|identif|classif|estimat|detect|simulat|forecast|reconstruct)(?:es|s|ed|ied|ies)\b/i, 1],
		// "The growth curves were significantly different", "no significant difference", "in close agreement with the
		// measurements": a finding told in the words of a test or a comparison with data, as the field sciences report it; so are
		// "Treatment effects were significant for …" and "X had a significant effect on …", as field and animal trials report
		// their analysis of variance.
		[/\b(?:effects?|differences?|interactions?) (?:was|were) (?:not |also |highly |statistically )*significant\b|\b(?:has|had|have|showed) (?:a |no )?(?:statistically |highly )?significant (?:\w+ )?(?:effects?|influence|impacts?|differences?)\b|\bsignificantly (?:different|higher|lower|greater|smaller|larger|associated|correlated|related|increased|decreased|reduced|improved|better|worse)\b|\bno (?:significant |predictable |clear )?(?:effect|difference|pattern|relationship|correlation|association)s?\b|\bin (?:close|good|excellent|reasonable|satisfactory|fair) agreement\b|\bagree[sd]? (?:well|closely)\b/i, 1.5],
		// "The taxa from the site provide evidence for a corridor …", "The insights obtained represent quantitative evidence for …":
		// evidence obtained or given is what the study found.
		[/\b(?:obtain(?:ed|s)?|f(?:ou|i)nds?|gather(?:ed|s)?|provided?s?|yield(?:ed|s)?) (?:\w+ ){0,2}evidence\b/i, 1],
		// "HMC decreased yields of milk by 4.3 kg/d", "the treatment reduced mortality by 12": a change stated with its size is a
		// measured outcome, in the active voice as in the passive (`summary-statements.ts`).
		[/\b(?:increased|decreased|reduced|lowered|raised|improved)\b[^.;]{0,80}?\bby (?:about |approximately |up to )?\d/i, 1],
		// "(RMSE = 0.10, r = 0.86, p < 0.01)": a statistic given its value reports what a test or a fit found.
		[/\b(?:r|R2|R²|RMSE|MAE|rho|ρ|p|P)\s*[=<>≤≥]\s*-?0?\.\d/, 1.5],
		// "…, concluding that …", "…, demonstrating how …": a step whose outcome the sentence reports.
		[/,\s+(?:concluding|showing|demonstrating|revealing|indicating|suggesting|confirming) (?:that|how)\b/i, 1.5],
		// "predicts streamflow as accurately as …", "almost as accurately as ConSeq": a measured comparison.
		[/\bas \w+ly as\b/i, 1],
		[/\b(?<!as a )(?:results?|findings?|benchmarks?)\b/i, 1],
		[/\b(?:achiev\w+|improv(?:es|ed|ement|ements)|gains?|faster|accuracy|superior|competitive)\b/i, 0.5],
		[new RegExp(String.raw`\b(?:${WE} (?:also |further |empirically |theoretically )?(?:show|find|found|observe|demonstrate|prove|discover(?:ed)?)|show that|showed that|highlight(?:s|ed)? that|suggest(?:s|ed)?|indicat(?:e|es|ed)|reveal(?:s|ed)?)\b`, 'i'), 1],
		// "We report that …", "With X, we demonstrated that …", "Therefore, we conclude that …": a finding told in the past, as a
		// report or as what the authors conclude is one all the same
		// ("we report a method" tells what the paper presents, `we report a|an` in the approach).
		[new RegExp(String.raw`\b${WE} (?:here |also |further |have )?(?:report|reported|demonstrated|observed|proved|established|conclude|concluded) that\b`, 'i'), 1],
		// "The analysis revealed critical materials …", "Our results showed that …", "This study identified two groups …": the
		// study's own analysis, data or results as the subject of a verb of showing in the past tell what it found; so do they,
		// and its calculations, in the present with the "that" of what they show ("These calculations show that …"); so do "the
		// results of this study" ("The results of this study illustrate that …").
		[/^(?:the|our|this|these) (?:[\w-]+ ){0,2}?(?:analys[ie]s|results?|outcomes?|findings?|data|study|survey|experiments?|simulations?|measurements?|observations?|evaluations?|comparisons?|calculations?|computations?)(?: of (?:this|the|our) (?:present |current )?(?:study|work|research|investigation|paper|experiments?|analysis))? (?:\w+ly )?(?:revealed|showed|demonstrated|indicated|suggested|confirmed|identified|illustrated|(?:reveal|show|demonstrate|indicate|suggest|confirm|illustrate)s?\s+that)\b/i, 1.5],
		// "A black surface was achieved in 30 s", "significant improvements were achieved": what was reached, told in the past, is
		// a result; the means it was reached by ("has been achieved via …", "is achieved through …") is the approach's.
		[/\b(?:was|were|has been|have been) (?:\w+ly |also )?achieved\b(?!\s+(?:by|via|through|using|with)\b)/i, 1],
		[AVAILABILITY, 2],
		// "To push the frontier of open-source TTS, we release our model weights, fine-tuning code, and …", "We will release all
		// code": releasing code or weights is availability, as "code is available at …" is ("we release X, a dataset of …" may
		// be the contribution itself, and stays out).
		[new RegExp(String.raw`\b${WE}\s+(?:will\s+)?(?:also\s+)?(?:publicly\s+|fully\s+)?(?:release|open-source|open source)\s+(?:our|the|all)\s+(?:[\w-]+\s+){0,2}?(?:code|weights|models?|checkpoints?|implementation)\b`, 'i'), 2],
		// "The inferred flow velocities reach values of up to 300 μm/s": a measured quantity reaching its values is what was found.
		[/\breach(?:es|ed)?\s+(?:values?|levels?)\s+(?:of\s+)?(?:up to\s+|about\s+|as high as\s+)?[-−~]?\d/i, 1.5],
		// "On these databases, the proposed approach exhibits an optimal compromise …", "our model achieves competitive …": what the
		// paper's method exhibits or achieves, told of it, is how it performed.
		// "Empowered by this framework, our resulting models FIRM-Qwen-Edit and FIRM-SD3.5 achieve …": the models the method yielded,
		// named after their noun, perform as the method does.
		[/\b(?:the proposed|our|this|the new|the presented) (?:(?:resulting|final|trained)\s)?(?:method|approach|technique|model|algorithm|framework|pipeline|system|scheme|tool)s?(?:\s[A-Z][\w.-]*(?:(?:,\s|\sand\s)[A-Z][\w.-]*)*)? (?:\w+ly )?(?:exhibit|achieve|attain|deliver|display|reache)(?:s|d|ed)?\b/i, 1],
		// "It is shown that aliasing depends on …", "In this paper it is shown that …": a finding stated impersonally, opening its
		// sentence with its "that" clause, between the steps of the work as often as after them; the paper's own name before it
		// makes it no step. After a fronted frame ("Using a simulation, it is demonstrated that …") it as often opens the
		// background's case, and is left to the passive finding's weight (`summary-statements.ts`).
		[/^(?:(?:in this (?:paper|study|work|article)|here|moreover|furthermore|in addition|additionally|finally),?\s+)?it (?:is|was) (?:also |further |thus |here |clearly )?(?:shown|found|demonstrated|observed|concluded) that\b/i, 1],
		// "This study offers three theoretical contributions to …", "It contributes to the literature by incorporating …": what the
		// study adds to its field, as management and social-science abstracts close, is told after its findings.
		[/\b(?:contributes|contributed) to (?:the )?(?:[\w-]+ ){0,2}?(?:literature|research|understanding|knowledge|theory|debate|field)\b|\b(?:offers|makes|provides) (?:\w+ )?(?:theoretical|practical|managerial|several|three|two|important) (?:\w+ )?contributions\b|^It (?:also )?contributes\b/i, 1.5],
		// "Therefore, we advise policymakers to …", "managers should adopt …": what the findings mean for those who act on them is
		// told after the findings, as what the study concludes.
		[new RegExp(String.raw`\b${WE}\s+(?:\w+ly\s+|therefore\s+|thus\s+|also\s+)?(?:advise|recommend|urge|encourage|call on)\s+(?:that\s+)?(?:policy-?makers|policy makers|practitioners|managers|governments|regulators|clinicians|decision-makers)\b|\b(?:policy-?makers|policy makers|practitioners|managers|governments|regulators|clinicians|decision-makers)\s+(?:should|must|ought to)\b`, 'i'), 1.5],
		// "This paper states that human involvement should be supplemented …", "Finally, this paper expects that …": the paper's stance,
		// told with a verb of saying or holding, is what it concludes.
		[/\b(?:this|the|our) (?:present )?(?:paper|study|article|work|research|essay|chapter) (?:also |further |therefore |thus |finally )?(?:states|expects|believes|holds|maintains|contends|asserts|claims|argues|concludes) that\b/i, 1.5],
		// "We present X and we show that …", "We evaluate nine models and find that …": the finding the sentence's step led to, told after it.
		[/\band\s+(?:we\s+)?(?:also\s+|further\s+|then\s+)?(?:show|find|found|prove|demonstrate|observe)s?\s+that\b/i, 1.5],
		// "ICA-AROMA identified motion components …", "Our approach removed spurious noise …": the method
		// as subject in the past tense reports what it did when tested; in the present it is described.
		[/^(?:[A-Z][\w-]*[A-Z][\w-]*|(?:The|This|Our) (?:proposed |new )?(?:method|approach|technique|model|algorithm|framework|pipeline|tool|system|index))\s+(?:\w+ly\s+)?\w+ed\b(?!\s+(?:by|to|on|in|as|from|with|for)\b)/, 1],
	],
};

// The cue table as run: each pattern behind the shared gate, so it runs only on a sentence holding a
// word it requires (`cue-gate.ts`, the words read off the pattern itself).
const GATED_CUES = Object.fromEntries(
	Object.entries(CUES).map(([part, cues]) => [part, cues.map(([cue, weight]) => [cue instanceof RegExp ? textCues.add(cue) : cue, weight] as const)]),
) as Record<CuedPart, (readonly [Cue, number])[]>;

/**
 * Cue score of one sentence for each part, with a mild prior for its position, written at `at` in
 * `scores` (problem, approach, results); whether any cue spoke for a part. Numbers in one typed array,
 * not an object a sentence: the objects' fields took whole numbers or fractions by the sentence,
 * so their shapes kept changing and the summary's compiled code was thrown away again and again.
 */
export function partScores(text: string, index: number, count: number, scores: Float64Array, at: number): boolean {
	const position = count > 1 ? index / (count - 1) : 0.5;
	const statement = statementCues(text);
	const problem = cueScore(GATED_CUES.problem, text);
	const approach = cueScore(GATED_CUES.approach, text) + statement.approach;
	const results = cueScore(GATED_CUES.results, text) + statement.results;
	scores[at] = problem + 0.5 * (1 - position);
	scores[at + 1] = approach + 0.25;
	// A step of the procedure states its figures as settings ("used in a 2 × 2 factorial arrangement"): they report no result.
	scores[at + 2] = results + 0.5 * position - (statement.step && NUMERIC_RESULT.test(text) ? NUMERIC_WEIGHT : 0);
	return problem > 0 || approach > 0 || results > 0;
}

/** The summed weights of the cues that match `text`. */
function cueScore(cues: readonly (readonly [Cue, number])[], text: string): number {
	let sum = 0;
	for (let k = 0; k < cues.length; k++) if (cues[k]![0].test(text)) sum += cues[k]![1];
	return sum;
}
