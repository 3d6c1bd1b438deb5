/**
 * Words that say nothing about what a paper is about: English function words plus the
 * filler of paper abstracts ("we propose a novel method"). They are neither features of
 * related papers nor words of derived topic names.
 */

/** English function words plus the filler of paper abstracts ("we propose a novel method"). */
export const STOPWORDS: ReadonlySet<string> = new Set(
	`a about above across after again against all almost along already also although always am among an and another any
	are around as at be because been before being below between both but by can cannot could did do does doing done down
	during each either else enough etc even ever every few for from further had has have having he her here hers him his
	how however i if in into is it its itself just least less let like many may me might more most much must my neither no
	nor not now of off often on once one only onto or other others otherwise our ours out over own per rather same several
	she should since so some such than that the their theirs them themselves then there thereby therefore these they this
	those though through thus to together too toward towards under until up upon us very via was we well were what when
	where whether which while who whom whose why will with within without would yet you your
	e.g i.e eg ie et al vs
	paper papers work works propose proposed proposes present presents presented introduce introduces introduced
	show shows shown showed demonstrate demonstrates demonstrated novel new approach approaches method methods result
	results achieve achieves achieved significantly significant existing prior recent recently various different use
	used uses using based furthermore moreover additionally finally first second third two three four five key
	remarkable remarkably extensive experiment experiments experimental empirical empirically study studies studied
	state art outperform outperforms outperforming improve improves improved improvement improvements performance
	effective effectively efficient efficiently simple however including include includes provide provides
	make makes made way ways well better best large larger high higher low lower across able ability respectively
	indicating indicate indicates explicitly yield yields yielded remain remains remaining particular particularly
	compared compare comparable important typically considered consider directly consistently substantially strong
	possible showing addition need needs needed good instead highlighting highlight highlights aiming aim aims reveal
	reveals revealed main hence investigate investigates motivated critical crucial order given due whereas wide widely
	surpassing surpass surpasses lead leads leading allow allows allowing enable enables enabling provided providing
	find finds found observe observed suggest suggests suggesting establish established obtain obtained apply applied
	perform performs performed address addresses addressed tackle overall specifically specific generally commonly
	thereby still beyond far whilst upon namely take takes taking leverage leverages leveraging utilize utilizes
	utilizing employ employs employing emerged emerging challenging challenge challenges promising potential
	available code github https http www com org io html project website reach reaches reached
	achieving exhibiting exhibit exhibits produce produces producing range view capture captures popular simultaneously
	identifies identify rely relies time times previous natural grow extend extends extending repeated progress
	solution solutions solve solves solving`
		.split(/\s+/)
		.filter(Boolean),
);
