# Arabic patterns of the relation extractor (package extract/rules; the
# language is described in package extract/rules/pattern).
# Source: written by the kg team from general knowledge of Arabic news
# writing. Every rule has test sentences in ../../testdata/ar; a test
# fails when a rule fires on none of them.
#
# The item builder has already split the conjunction «و» off the word it
# is glued to (an item CONJ), and matches words with their proclitics,
# pronoun suffixes and the future prefix «س» stripped, so a pattern
# writes «التقى» once for «والتقى», «فالتقى», «سيلتقي» ... and «نظير» for
# «ونظيره». Titles and adjectives follow the noun: «وزير الخارجية
# المصري»; verbs usually come first: «التقى وزير الخارجية X نظيره Y».

define body = CTRY | ORG | DEM
# «الحكومة السودانية», «حكومة جمهورية الكونغو الديمقراطية»: a country's
# government stands for the country; «منظمة الأمم المتحدة»: an indefinite
# head noun before a known body's name is that body
define agent = PER | CTRY | @org-head&!DEF? ORG | DLG | RNP | PAIR | (الحكومة | حكومة | السلطات) DEM | حكومة CTRY | DEM&PEOPLE&DEF
define agents = list($agent)
# the country the article is written in, after «لدى» («سفير إيطاليا لدى
# البلاد», «لدى بلادنا», «لدى السلطنة»)
define hostland = @host-land
# a subject bears no glued preposition: in «زيارة لفرنسا أجرى خلالها
# محادثات مع Y» France is where he went, not who held the talks
# (meet-subject-first, subject-after-own-event)
define freeagent = PER&!LI&!BI | CTRY&!LI&!BI | ORG&!LI&!BI | DLG&!LI&!BI | RNP | (الحكومة | حكومة | السلطات) DEM | DEM&PEOPLE&DEF&!LI&!BI
# the other side of talks: a capital stands for its government («محادثات مع
# نيروبي», «بين نيروبي والقاهرة»)
# («بين جماعة الحوثيين والسعودية»: a body's head noun before its known
# name, outside it; «بين الحكومة و«حركة 23 مارس»»: a party's name in
# quotation marks)
define parties = list(QUOTE? ((@org-head | جماعة)? $agent | CITY) QUOTE?)
# («في جنيف بسويسرا», «في أكتاو بكازاخستان»: a city, then its country
# behind a glued «ب», two levels of one place, as English writes "in
# Geneva, Switzerland")
define places = list(LOC) (CTRY&BI)?
# «ممثلون عن الحكومة», «ممثلي حكومة P»: the representatives of a party,
# who stand for it
# («ممثل عن الأمم المتحدة»: one, a title of its own, before «عن» or «من»)
define representatives = (ROLE_PL | ممثلون | ممثلين | ممثلو | ممثلي | مندوبون | مندوبين | مندوبو | مندوبي | مراقبون | مراقبين | مراقبو | مراقبي) (عن | من)? | ROLE_ENVOY&ONEWORD&!DEF (عن | من)
# («استقبل X، ظهر اليوم الأربعاء بقصر P، Y»: the part of the day before
# the day it names; «ظهر» alone is the verb «appeared», so only before one)
# («والتقى X بعد ذلك Y»: "after that", a time as the others)
# («استقبل X هنا اليوم Y»: "here", a wire's word for its dateline's city)
define when = اليوم | هنا | (أمس | امس) الأول | أول (أمس | امس) | امس | أمس | غدا | في وقت (سابق | لاحق) (من (اليوم | يوم DATEW))? | على انفراد | كلا على حدة | كل على حدة | DATEW | يوم DATEW | في DATEW | في? عام YEAR | في? العام (الماضي | المقبل | الحالي | الجاري) | في (الشهر | الأسبوع) (الماضي | المقبل | الحالي | الجاري) | الأسبوع | الشهر | هذا | الماضي | المقبل | الحالي | أيضا | كذلك | مجددا | صباح | مساء | (قبل | بعد)? (ظهر | عصر | ظهيرة | فجر | ليلة | ليل) (اليوم | أمس | امس | يوم? DATEW) | ظهرا | عصرا | ليلا | فجرا | YEAR | NUM | لمدة (NUM | !PUNCT&!AGENT&!LOC&!EVT){1,2} | منذ (NUM | !PUNCT&!AGENT&!LOC&!EVT) (أيام | يومين | أسابيع | أسبوعين | ساعات | أشهر)? | لفترة وجيزة | يومين | ساعتين | NUM (أيام | ساعات) | على التوالي | (بعد | عقب | إثر | اثر) ذلك
# the medium of a call: «هاتفيا», «عبر الهاتف», «عبر الفيديو», «عبر تقنية
# الاتصال المرئي»
define medium = @phone | (عبر | بواسطة) (تقنية | تقنيه)? (@phone | الاتصال @phone | الفيديو | فيديو | الاتصال المرئي | المرئي)
# a time between commas («أجرى X اتصالا هاتفيا، مساء اليوم، مع Y»)
define commawhen = (COMMA? $when)* COMMA?
define aux = قد | لقد | سوف | كان | كانت
# («على هامش أعمال الجمعية العامة للأمم المتحدة»: the session of a body;
# «على هامش مشاركته في القمة»: of his taking part in it)
# («على هامش أعمال الدورة العادية لمجلس الجامعة العربية»: the session of
# a body; «على هامش اجتماع مجلس وزراء الاتحاد الأفريقي»: the ministers of
# a body, read as a plural title)
define margin = (على | في) هامش ((مشاركته | مشاركتها | مشاركتهما | حضوره | حضورها) في)? (أعمال | أشغال | فعاليات | اجتماعات)? (EVT | ORG | الدورة) (@adjective | RNP | !PUNCT&!AGENT&!LOC&!EVT&!@stop){0,2} (ORG (@adjective | DEM)*)? (في p:$places | p:CITY&BI)? COMMA?
# how many meetings or rounds: «ثلاثة اجتماعات», «عدة لقاءات», «جولتين من
# المحادثات», «سلسلة من الاجتماعات», «أكثر من اجتماع»; and a count
# corrected upwards, which asserts the meetings: «ليس اجتماعا واحدا، ولا
# اجتماعين، بل ثلاثة اجتماعات»
define evcount = (ليس (!PUNCT&!AGENT){1,2} (COMMA? CONJ? لا (!PUNCT&!AGENT){1,2})* COMMA? بل)? (@cardinal | عدة | سلسلة | جولة | جولتين | جولتي | جولات | العديد | أكثر) من?
# (a compound ordinal first: «الثالثة والثلاثون» whole)
# («المحادثات غير المباشرة», «مفاوضات غير رسمية»: «غير» negates the
# adjective after it; «مباحثات رسمية»; «قمة العشرين»)
# («عقد X اجتماعا ثنائيا مع Y»: the adjective of the accusative event word)
define evadj = (رفيع | الرفيع | رفيعة | الرفيعة) المستوى | @ordinal (CONJ @tens | عشرة | عشر)? | @tens | ORDNUM | ال NUM | ثنائيا | ثنائي | ثنائية | ثلاثيا | ثلاثي | ثلاثية | موسعا | موسع | موسعة | مغلقا | مطولا | منفصلا | منفصل | منفصلة | مغلق | مغلقة | رسمية | رسمي | الرسمية | الرسمي | غير (المباشرة | المباشر | مباشرة | مباشر | الرسمية | الرسمي | رسمية | رسمي | المعلنة | معلنة | @adjective) | الأولى | الثانية | الثالثة | الرابعة | الجديدة | المقبلة | الماضية | الأخيرة | السابقة | القادمة | المقبل | الماضي | الأخير | السابق | القادم | سابقة | سابق | الثنائي | الثلاثي | المباشرة | @adjective
# «في العاصمة العمانية مسقط», «في مدينة حلب»: the adjective of the
# country is no place of the event
# («العاصمة السعودية الرياض»: a nationality that is also a country's name)
# («في وسط القاهرة», «في شمال المدينة»: a compass word before the place)
# («العاصمة المؤقتة عدن», «العاصمة الإدارية الجديدة»: the capital's
# qualifier between the noun and the name)
define placeword = ((مدينة | العاصمة | عاصمة | ولاية | منطقة | إقليم) (DEM | CTRY&DEF | المؤقتة | الإدارية | الاقتصادية | السياسية | التاريخية)? | @compass)
define complement = !PUNCT&!AGENT&!LOC&!EVT&!@stop
# «في فيلا بضواحي مسقط», «قرب أنقرة»: a place beside the city, the
# event's city all the same
define outskirts = بضواحي | ضواحي | بضاحية | ضاحية | قرب | بالقرب من | خارج
# a venue the names do not know, then its city: «، في مقر الأمم المتحدة
# بنيويورك ،», «في قصر الرئاسة في P»
define atvenue = في (@place-head | @building) ($complement | $body){0,2} (p:CITY&!LI | في $placeword? p:$places)? COMMA?
# the city or a named venue behind a glued «ب» between the verb's
# parties: «التقى X بأبوظبي Y», «استقبل X بقصر Z Y» (the venue no place
# of the event of its own)
# («بالعاصمة السعودية الرياض»: a country's name that is also its
# adjective, as in $placeword)
# «في هانوي عاصمة فيتنام»: a city, then whose capital it is
define capitalof = COMMA? (عاصمة | العاصمة) (CTRY | DEM) COMMA?
define bicity = p:CITY&BI | (بمدينة | بالعاصمة) (DEM | CTRY&DEF)? p:CITY
# («التقى X بتونس Y»: a country's name that is its capital's too, the
# party named after it; «استقبل X بقصر P Y»: a palace, the venue)
define bivenue = (p:CITY&BI | p:CTRY&BI | p:PLACE&BI&!CITY | (بمدينة | بالعاصمة) DEM? p:CITY) $when*
# (a portfolio is in the genitive: no preposition, no word in the
# indefinite accusative: «وزير الصحة X بيانا أمام اللجنة»)
define portfolio = (!PUNCT&!AGENT&!LOC&!EVT&!ROLE&!DLG&!@stop&!CONJ&!HON&!@preposition&!ACC){1,2}
define affairs = (لشؤون | للشؤون | لشئون | لشوون) (LOC | $complement) ((CONJ)? (LOC | $complement))*
# «استقبل صاحب السمو الشيخ X، رئيس الدولة، في قصر الوطن بأبوظبي، Y»,
# «استقبل معالي الشيخ X رئيس مجلس الوزراء وزير الخارجية في الدوحة
# اليوم Y», «استقبل رئيس الجمهورية، السيد X، اليوم بالجزائر العاصمة، Y»:
# (and «تلقى X ولي العهد رئيس مجلس الوزراء اتصالا من Y», «تحادث X،
# اليوم بالرباط، مع Y»): the host's own titles after his name (bare, or between commas), then
# any run of venue (his office too: «بمكتبه في قصر الحكومة»; the seat of
# a body: «في البيت الأبيض»), city and time («في وقت سابق اليوم», «خلال
# زيارته») before the guest
# («X أمير منطقة الرياض»: the emir of a region, a title the honorific's word
# begins)
# («X ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة Y», «X حاكم دبي Y»:
# up to three titles, each in construct with a word or with a place named
# bare, which the title governs; never a place behind a preposition;
# between commas too: «X، أمير منطقة الرياض، Y», the realm he governs)
# («X، ملك مملكة البحرين، في قصر P اليوم، Y», «X، أمير دولة الكويت، Y»:
# the realm's title between commas, read as one chunk with the country it
# governs)
define hostappos = ((ROLE | @member)+ ($complement | LOC&!BI&!LI | ORG&!BI&!LI)? (ORG&LI)?){1,3} | COMMA ROLE+ ($complement | LOC&!BI&!LI){0,3} COMMA | COMMA RNP&!PLURAL&!LI&!BI COMMA | HON @place-head (LOC | $complement)
# («بمكتبه بالديوان العام للوزارة اليوم»: the office, then where it is)
# («في السراي الحكومي ببيروت»: a venue the names do not know, its city
# behind «ب»)
# («في مقر الأمانة العامة بالقاهرة», «في دار رئاسة الوزراء»: a venue's
# words may be a body's adjective or a plural title in construct; «بديوان
# عام الوزارة», «بالديوان الأميري»: the seat of a ministry or a court)
define venuetail = ($complement | $body | @body-adjective | ROLE_PL&DEF){0,3}
# where two met, before the other party: «في العاصمة P», «في قصر P بالمدينة
# Z», «في القصر الرئاسي بالمدينة Z» (a venue no name gives, then its city)
define meetplace = في $placeword? p:$places $bicity? | في (@place-head | @building) $venuetail $bicity?
# («خلال زيارته الحالية إلى P», «في إطار زيارته الرسمية لـ P», «خلال زيارة
# عمل إلى P»: the visit
# during which, its adjectives and where he went; «في قصر العلم العامر
# بمسقط»: a palace's epithet after its name)
define hostgap = p:(COMMA | $when | العامر | العامرة | في? (@place-head | @building) $venuetail | في? (ديوان | الديوان) عام? $venuetail | في? (مكتبه | مكتبها) (!PUNCT&!AGENT&!EVT&!ROLE&!HON&!DLG){0,4} | (خلال | أثناء | (في إطار)) (زيارته | زيارتها | جولته | جولتها | زيارة | جولة) (عمل | @adjective | الحالية | الرسمية | الحالي | الرسمي | رسمية)* ((إلى | الى | ل) $placeword? $places)? | في ORG | في (@place-head | @org-head)? $placeword? $places | CITY&!LI | PLACE&BI&!CITY | (بمدينة | بالعاصمة) DEM? CITY | في $complement{1,2} CITY&BI)*
# «استقبل X، بحضور السفير Z، Y»: who was present, between commas after
# the host (rule met-in-presence-of makes him a participant)
# where a meeting was held, after the guest: «في P», a time, «وذلك»; a
# city behind a glued «ب» («التقى X Y بالعاصمة الأردنية عمان»), a venue
# and its city («، وذلك بمقر الوزارة في الرباط»; a body's seat named by the
# body: «في وزارة الخارجية في واشنطن»)
# («بحث X مع Y، خلال استقباله له في المنامة، …»: the reception or
# meeting named after the guest, and its place)
define duringplace = COMMA? (خلال | أثناء | اثناء | لدى | عند | عقب) (استقباله | استقبالها | لقائه | لقائها | لقائهما | اجتماعه | اجتماعها | اجتماعهما) (له | لها)? $when* (في $placeword? p:$places | $bicity)
define guestplace = p:(في $placeword? $places | $when | COMMA | CONJ? ذلك)* ($bicity | (في? (@place-head | @building) $venuetail | في ORG&!LI&!BI) (في $placeword? p:$places | $bicity)?)?
# the words of a title the titles do not read whole, before a name: an
# office or a department in construct, an ordinal, a second title, an
# honorific («مدير مكتب الوزير السفير X», «النائب الأول لرئيس المجلس X»)
define titlejunk = ROLE | HON | @ordinal | LOC&!BI&!LI | PER&PRON | !PUNCT&!AGENT&!EVT&!CONJ&!@stop&!@attend&!@meet&!@welcome
define presence = (بحضور | بمشاركة) (!PUNCT&!STOP&!@meet&!@welcome){1,8} COMMA
# «التقى X والوفد المرافق له Y»: the host with his delegation
define withdlg = CONJ (DLG | الوفد) (المرافق | المرافقة) (له | لها)

# ---------------------------------------------------------------- chunks

# «وزير الخارجية المصري حازم فتحي», «الرئيس الروسي بافل ...»,
# «المبعوث الأمريكي الخاص إلى اليمن X», «المبعوث الصيني للشرق الأوسط X»
# (where an envoy is sent is not his body),
# «المتحدث باسم وزارة الخارجية الصينية X», «وزير خارجية قطر الشيخ X»,
# «نائب وزير الخارجية الإيطالي السابق X», «وزير الزراعة الأردني X» (a
# portfolio the title list lacks), «وزير الخارجية في الحكومة الانتقالية
# السودانية X» (a minister in a country's government)
# «سفير إيطاليا لدى البلاد X» (accredited to the country of the article),
# «الأمين العام المساعد لجامعة الدول العربية السفير X» (a diplomat's rank
# between the title and the name), «وزير خارجية غانا الزائر X» (the
# visiting one), «الممثل الخاص للاتحاد الأوروبي لمنطقة الخليج X» (the
# region an envoy is sent to)
# (a counterpart goes on no title: «وزير الخارجية الإماراتي نظيره الكيني
# X» are two persons)
# («سفير المملكة لدى فرنسا X»: the envoy of the article's own country;
# «المبعوث الأمريكي الخاص للمناخ X»: what a special envoy is for;
# «وزير الإسكان والمرافق X»: a second noun of the portfolio after «و»,
# one word with the article)
# «ملك البحرين الملك X», «رئيس جمهورية غانا الرئيس X»: a ruler's title in
# construct with his country, then the same title again before the name
# (not «استقبل ملك الأردن الرئيس X»: another title, a guest)
rule title-body-same-title-name stage=chunk make=person conf=0.8
  (ROLE_KING&ONEWORD&!DEF $body+ ROLE_KING&ONEWORD&DEF | ROLE_HEAD&ONEWORD&!DEF $body+ ROLE_HEAD&ONEWORD&DEF) HON? n:PER&!PRON
# «الرئيس X رئيس جمهورية P», «الملك X ملك الأردن»: the same title before
# the name, then again in construct with its country after it (the
# country the second says is the first's too)
rule title-name-same-title-body stage=chunk make=person conf=0.8
  (ROLE_HEAD&ONEWORD&DEF HON? n:PER&!PRON ROLE_HEAD&ONEWORD&!DEF $body+ | ROLE_KING&ONEWORD&DEF HON? n:PER&!PRON ROLE_KING&ONEWORD&!DEF $body+)
# («وزير الخارجية والهجرة وشؤون المصريين بالخارج الدكتور X»: the affairs
# of a portfolio coordinated after the title)
# «رئيسة لجنة الشؤون الخارجية في مجلس الشيوخ X»: a one-word title of a
# body inside another, after «في», then the name (one title only: «رئيس
# الوزراء رئيس لجنة P في Q X» is the prime minister and another person)
rule title-body-in-body-name stage=chunk make=person conf=0.8
  ROLE&ONEWORD&!DEF&!ROLE_PL ORG في ORG HON? n:PER&!PRON
# «رئيس مجلس النواب المستشار X»: a title in construct with its body, then
# «المستشار», the style of a judge or a jurist (Egypt), before the name
# (not «الرئيس المستشار X», a bare title: two persons)
rule title-body-style-name stage=chunk make=person conf=0.8
  ROLE&ONEWORD&!DEF&!ROLE_PL $body+ ROLE_CHANC&DEF&ONEWORD HON? n:PER&!PRON
# (a title with «ب» glued opens the phrase of the one met, not the run:
# «اجتمع الوزير الروسي بوزير خارجية الصين X»; the portfolio of those
# abroad ends a foreign minister's title: «وزير الشؤون الخارجية والتعاون
# والموريتانيين في الخارج السيد X», «والتونسيين بالخارج», «والجالية
# الوطنية بالخارج», «والمغاربة المقيمين بالخارج» (a broken plural the
# demonyms do not list); not «ورئيس مكتبها في الخارج», a title of its own)
# («رئيس المجلس الرئاسي القائد العام للقوات المسلحة الفريق أول X»: a
# second title, definite, of a body behind «ل», goes on the run with no
# conjunction; not «ملك الأردن الرئيس X», a bare title, a guest's)
# («سفير جمهورية كوريا المعين حديثا X», «السفير الكيني الجديد X»: newly
# appointed, after the title)
# («الأمين العام لمنظمة P (إيكو) الدكتور X»: the body's acronym in
# parentheses between its name and the holder's)
rule title-name stage=chunk make=person conf=0.85
  ROLE (ROLE&!BI)* ((المملكة | الدولة) (لدى | إلى | الى) ($body | LOC))? $portfolio? (CONJ ALW&!@group-noun&!@stop&!ROLE)? (@qualifier | @adjective)* (ROLE&!ROLE_PEER&!BI)* (باسم | ل | لدى | عن)? (في $body | في (الحكومة | حكومة) $complement{0,3})? ($body | @qualifier | @adjective | الزائر | الزائرة | (المعين | المعينة | المعتمد | المعتمدة) حديثا | الجديد | الجديدة | في LOC | CONJ $body | (المعتمد | المعتمدة | المعين | المعينة)? (لدى | إلى | الى) ($body | LOC) | ((المعتمد | المعتمدة | المعين | المعينة) حديثا?)? لدى $hostland | LI&LOC | (لمنطقة | إلى منطقة | الى منطقة) (LOC | $complement){1,2} | (الخاص | الخاصة) LI&!AGENT&!LOC&!EVT&!PUNCT&!ROLE&!@stop | (وشؤون | وشئون) ($complement | DEM){1,3} | (CONJ (DEM | الجالية $complement?) | المغاربة)? (المقيمين | المقيمون)? (في الخارج | بالخارج) | (لعملية | لعمليات | لشؤون | لشئون) $complement{1,2} (في LOC)?)* $affairs? ((CONJ | COMMA) ROLE&!ROLE_PEER&!BI (ROLE&!BI)* (باسم | ل | عن)? (في $body)? $body* $affairs? | ROLE&DEF&!ROLE_PEER&!ROLE_PL&!BI (ROLE&!BI)* LI&ORG)* (LPAR !PUNCT{1,3} RPAR)? (ROLE_AMB&DEF&ONEWORD)? HON? n:PER&!PRON

# «مدير الإدارة الأفريقية الأولى بالخارجية الغانية X»، «مدير إدارة
# آسيا بوزارة الخارجية الغانية X»: a title of a department the lists do
# not know, the department's words, then the ministry behind «ب» and its
# country before the name
rule title-department-ministry-name stage=chunk make=person conf=0.7
  ROLE&ONEWORD&!ROLE_PEER&!DEF (ALW&!AGENT&!LOC&!EVT&!@stop | @adjective | @ordinal | !PUNCT&!AGENT&!LOC&!EVT&!ROLE&!@stop&!DEF){1,4} (بالخارجية | بوزارة الخارجية) $body HON? n:PER&!PRON

# «وقالت الرئاسة الفرنسية إن الرئيس X», «أعلنت الخارجية القطرية أن الوزير
# X»: a title the issuing body's nationality qualifies
rule issuer-title-name stage=chunk make=person conf=0.65
  (الرئاسة | الخارجية | الحكومة) DEM $when* (إن | أن | بأن) ROLE&ONEWORD HON? n:PER&!PRON

# «سفير المملكة المغربية بنواكشوط X», «سفير مصر بالرياض X»: an
# ambassador's country, then the capital he is posted to behind a glued
# «ب» (no place of an event)
rule ambassador-at-city-name stage=chunk make=person conf=0.8
  ROLE_AMB ROLE* $body+ CITY&BI HON? n:PER&!PRON

# «زعيم حزب العمال، X ،»: a title of a body, then the name between commas
# («المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء الغربية، X»:
# where an envoy is sent, before the comma)
# «ووزير التكامل الإفريقي والشؤون الخارجية بجمهورية مالي، السيد X،»: a
# minister's one-word title with portfolios the titles do not list, the
# state, a comma, the name
rule title-portfolios-body-comma-name stage=chunk make=person conf=0.7
  ROLE_MIN&ONEWORD&!DEF&!ROLE_PL $portfolio{1,3} $body COMMA HON? n:PER (COMMA | STOP)
# («مفوض الاتحاد الإفريقي للشؤون السياسية والسلم والأمن، السيد X»: the
# affairs of the body the title holds after it; «قائد قوة الأمم المتحدة
# المؤقتة في لبنان (UNIFIL)، الجنرال X»: the body's name in Latin
# letters between parentheses after it)
# («رئيس مجلس السيادة القائد العام للقوات المسلحة، الفريق أول X»: two
# titles of two bodies, one after the other, before the comma; «العام»
# after the second's word)
rule title-body-comma-name stage=chunk make=person conf=0.75
  ROLE+ (باسم | ل | لدى | عن)? (في $body)? $body ($body | @qualifier | @adjective | (المعتمد | المعتمدة | المعين | المعينة)? (إلى | الى | لدى | في) ($body | LOC) | ((المعتمد | المعتمدة | المعين | المعينة) حديثا?)? لدى $hostland | ROLE&!ROLE_PL @generic-adjective? (باسم | ل)? $body)* $affairs? (LPAR ENT&LATIN RPAR)? COMMA HON? n:PER (COMMA | STOP)
# «ووزيرة التجهيز والإسكان، السيدة X،»: a minister's one-word title with
# portfolios the titles do not list, a comma, a style and the name
# («نائبة وزير العلاقات الخارجية، السيدة X،»: a deputy's word before it)
rule title-portfolios-comma-name stage=chunk make=person conf=0.65
  (ROLE&ONEWORD&!DEF&!ROLE_MIN&!ROLE_PL&!ROLE_PEER)? ROLE_MIN&ONEWORD&!DEF&!ROLE_PL $portfolio (CONJ? $portfolio)? COMMA HON n:PER (COMMA | STOP)

# «مبعوث الرئيس الأمريكي X Y»: "the envoy of the American president X,
# Y": the second title is X's, the first Y's, both of that country
rule possessor-title stage=chunk make=person possessor=p conf=0.7
  ROLE ROLE $body* p:PER HON? n:PER
# «المتحدث باسم الرئيس X ، Y»: the spokesman of the president X, Y
rule possessor-spokesman stage=chunk make=person possessor=p conf=0.7
  ROLE_SPOKES ROLE $body* p:PER COMMA HON? n:PER

# «X مستشار الأمن القومي لرئيس الوزراء الباكستاني Y»: an adviser's title,
# then «ل» and the title of the one advised, his name last: Y holds the
# second title, X the first, and X advises Y
rule adviser-to-titled-name stage=chunk make=person possessor=p conf=0.7
  n:PER COMMA? ROLE_ADV ROLE&LI $body* HON? p:PER
# «X ، مساعد Y»: a bare adviser title in construct with a name is the
# name's adviser ("X, aide of Y"), not a title of that name (here and in
# the adviser rules below an honorific may stand before the name of the
# one advised: «مستشار الرئيس السيد X، Y»; not «رافق X مستشاره Y»: a
# title with its pronoun takes no name after it in construct, Y is the
# adviser)
rule adviser-of-name stage=chunk make=person advises=p conf=0.75
  n:PER COMMA? ROLE_ADV&!DEF&!ROLE_OWN&ONEWORD ($body | ROLE)* HON? p:PER
# «X، كبير مستشاري Y»: a title that closes on the plural of aides in
# construct with a name: X advises Y (not a title of Y); «X، كبير
# مستشاري الرئيس الأمريكي Y»: the title of the one advised between
rule adviser-of-many-of-name stage=chunk make=person advises=p conf=0.75
  n:PER COMMA? ROLE_ADV&ROLE_OF ($body | ROLE)* HON? p:PER
# «مستشار الرئيس Y X»: the adviser of Y, X
rule adviser-before-name stage=chunk make=person advises=p conf=0.7
  ROLE_ADV&!DEF&ONEWORD ($body | ROLE)* HON? p:PER COMMA? HON? n:PER
# «كبير مستشاري الرئيس Y، X،»: an adviser's title of several words (of
# one word: adviser-before-name), the one advised, then the adviser's
# name between commas
rule adviser-before-name-comma stage=chunk make=person advises=p conf=0.7
  ROLE_ADV&!DEF&!ONEWORD ($body | ROLE)* HON? p:PER COMMA HON? n:PER COMMA

# «فخامة الرئيس X رئيس الجمهورية الإسلامية الإيرانية»: a bare title before
# the name, its full form after it, in apposition or not («الرئيس X، رئيس
# جمهورية مالي»; closed=yes: the clause ends there, no second name
# follows whose title it would be)
rule title-name-full-title stage=chunk make=person closed=yes conf=0.75
  ROLE&ONEWORD&DEF HON? n:PER COMMA? ROLE+ (باسم | ل | لدى | عن)? list($body)
# «السفير X المتحدث الرسمي باسم وزارة الخارجية بأن …»: an ambassador's
# rank before the name, his office of a body after it, the clause going
# on (closed=noname: not «السفير X وزير الخارجية الغاني Y», another's
# title before Y); the office is his title, the rank none
rule rank-ambassador-name-office stage=chunk make=person closed=noname conf=0.7
  ROLE_AMB&ONEWORD&DEF HON? n:PER ROLE&!ROLE_PEER&!ROLE_AMB ROLE* (باسم | ل | لدى | عن)? list($body)

# «X وزير الخارجية الفرنسي», «X ، رئيس المجلس الوطني», «X المتحدث باسم الحكومة»,
# «X مسؤولة الشؤون المالية في المنظمة», «X مسؤول الأمن والدفاع في المنظمة»
# (a portfolio the title list lacks); «X المندوب الدائم لدولة قطر لدى الأمم
# المتحدة»: the body he is sent to, after his own
# (not «التقى X نظيره …»: a counterpart is someone else)
# («X نائب رئيس الوزراء وزير الخارجية في جمهورية بولندا»: the state's
# noun before its short name; a title behind «ب» is no apposition: «ورحب
# سموه بالرئيس الإندونيسي»)
rule name-title stage=chunk make=person yield=apposition conf=0.8
  n:PER COMMA? ROLE&!ROLE_PEER&!BI ROLE* ($portfolio (CONJ? $portfolio)?)? (جديدا | الجديد | @qualifier | @adjective)* (باسم | في | ل | لدى | عن)? @statehood? list($body) ((المعتمد | المعتمدة | المعين | المعينة)? (لدى | إلى | الى) ($body | LOC&!BI&!LI))? ((CONJ | COMMA) ROLE&!ROLE_PEER ROLE* (باسم | في | ل)? list($body))*

# «X ولي عهد أبوظبي», «X حاكم دبي»: a title in construct with the city or
# province it governs (no place of an event, no country of his own)
rule name-title-realm stage=chunk make=person realm=yes conf=0.7
  n:PER COMMA? ROLE&!ROLE_PEER&!ROLE_ADV&!PLURAL&!BI (ROLE&!ROLE_PEER&!ROLE_ADV&!PLURAL)* (CITY&!BI&!LI | PLACE&!BI&!LI)
# and before the name: «رئيس وزراء إقليم كردستان X», «رئيس حكومة إقليم
# P X», «حاكم الفجيرة الشيخ X»
rule title-realm-name stage=chunk make=person realm=yes conf=0.7
  (ROLE&!ROLE_PEER&!ROLE_ADV&!PLURAL)+ (حكومة | برلمان)? (CITY&!BI&!LI | PLACE&!BI&!LI) HON? n:PER&!PRON

# «استقبل رئيس الجمهورية، السيد X، اليوم Y»: a complete title, then the
# name between commas (the style of the Maghreb agencies); the country
# of the dateline
# («كاتب الدولة المكلف بالسنغاليين في الخارج، السيد X،»: the charge of a
# junior minister after his title; «وزير الشؤون الخارجية والتعاون
# والموريتانيين في الخارج، السيد X،»: the rest of a ministry's portfolio
# the titles do not list)
# («وزير الدولة، وزير الشؤون الخارجية ...، السيد X،»: a first title
# apposed to the second by a comma; «وزيرة الشؤون الخارجية والاندماج
# الإفريقي والإيفواريين بالخارج لجمهورية P، السيدة X،»: the portfolios,
# then the country the title is of)
rule title-comma-name stage=chunk make=person home=dateline conf=0.7
  ((ROLE&!ROLE_PEER&!ROLE_ADV&!PLURAL)+ COMMA)? ((ROLE&!ROLE_PEER&!ROLE_ADV&!ONEWORD&!PLURAL)+ | ROLE&ROLE_HEAD&ONEWORD (الجمهورية | الدولة)) ((المكلف | المكلفة) (!PUNCT&!AGENT&!EVT&!ROLE){1,4} | (CONJ? (DEM | $complement) | (في | ب)? الخارج){1,6} CTRY?)? COMMA HON? n:PER COMMA
# («... فيما ترأس وفد P كاتب الدولة، السيد X.»: the same apposition at
# the sentence's end, closed by its stop)
rule title-comma-name-end stage=chunk make=person home=dateline closed=yes conf=0.65
  ((ROLE&!ROLE_PEER&!ROLE_ADV&!PLURAL)+ COMMA)? ((ROLE&!ROLE_PEER&!ROLE_ADV&!ONEWORD&!PLURAL)+ | ROLE&ROLE_HEAD&ONEWORD (الجمهورية | الدولة)) ((المكلف | المكلفة) (!PUNCT&!AGENT&!EVT&!ROLE){1,4} | (CONJ? (DEM | $complement) | (في | ب)? الخارج){1,6} CTRY?)? COMMA HON? n:PER
# «X نائب رئيس مجلس الوزراء وزير الخارجية»: the titles of the Gulf
# agencies after a name, no body named: the country of the story's
# dateline (home=dateline) (not when a name follows, whose titles they
# are: «استقبل X وزير الخارجية Y»); a second title after «و» is his too
# where a comma or the sentence's end closes it («X رئيس مجلس الوزراء
# ووزير الخارجية،»; not «... ووزير الداخلية الشيخ Y»: the second is Y's)
# («X نائب رئيس الوزراء لشؤون الدفاع»: the affairs the title holds after
# it)
rule name-bare-titles stage=chunk make=person closed=noname home=dateline conf=0.7
  n:PER COMMA? (ROLE&ONEWORD&!ROLE_PEER&!ROLE_ADV&!PLURAL&!BI)? ROLE&!ROLE_PEER&!ROLE_ADV&!ONEWORD&!PLURAL&!BI (ROLE&!ROLE_PEER&!ONEWORD&!PLURAL)* $affairs?
rule name-bare-titles-and stage=chunk make=person closed=noname home=dateline conf=0.7
  n:PER COMMA? (ROLE&ONEWORD&!ROLE_PEER&!ROLE_ADV&!PLURAL&!BI)? ROLE&!ROLE_PEER&!ROLE_ADV&!ONEWORD&!PLURAL&!BI (ROLE&!ROLE_PEER&!ONEWORD&!PLURAL)* CONJ ROLE&!ROLE_PEER&!ROLE_ADV&!ONEWORD&!PLURAL&!BI (COMMA | STOP)
# and a minister's title of one word in construct with a portfolio the
# titles do not list («X وزيرة التعاون الدولي»)
rule name-bare-title-portfolio stage=chunk make=person closed=noname home=dateline conf=0.65
  n:PER COMMA? ROLE_MIN&ONEWORD&!DEF&!ROLE_PL $portfolio
# a minister of state's portfolio behind «ل», which the titles do not
# list («X وزير الدولة للتعاون الدولي، …», «X وزير الدولة لشؤون الدفاع»)
rule name-state-minister-portfolio stage=chunk make=person closed=noname home=dateline conf=0.65
  n:PER COMMA? ROLE_MIN_STATE&!ROLE_PL ($affairs | LI&!AGENT&!LOC&!EVT&!ROLE&!DLG&!PUNCT&!@stop (@adjective | ALW&!@stop&!AGENT&!LOC&!EVT&!ROLE)?)

# an office taken up or held: «تولى X منصب وزير الخارجية في …»,
# «وعين X سفيرا لدى …», «أصبح X رئيسا لـ …», and after the name «X ، الذي
# شغل منصب سفير …» («منصب»: the post of); a verb with its object pronoun
# names the appointer after it, no holder («عينه X رئيسا لـ …»: X
# appointed him)
define office = (منصب | مناصب)? ROLE&!ROLE_PEER ROLE* ($portfolio (CONJ? $portfolio)?)? (جديدا | الجديد | @qualifier | @adjective)* (باسم | في | ل | لدى | عن)? list($body)
rule tenure-name-title stage=chunk make=person conf=0.75
  @tenure&!ENC HON? n:PER COMMA? $office
# «وشارك X بصفته وزيرا للخارجية السورية», «X، بصفتها مبعوثة الأمم
# المتحدة»: the office in whose capacity one acts
rule name-in-capacity stage=chunk make=person conf=0.7
  n:PER COMMA? (بصفته | بصفتها) $office
# the one who appoints or elects between the verb and the appointee:
# «عين الرئيس التونسي السيد X وزيرا للخارجية», «عينت الحكومة X سفيرا
# لدى فرنسا» (the office in the accusative)
define accoffice = ROLE&!ROLE_PEER&!DEF ROLE* ($portfolio (CONJ? $portfolio)?)? (جديدا | @qualifier | @adjective)* ((باسم | في | ل | لدى | عن)? list($body))?
rule appointer-name-title stage=chunk make=person from=n conf=0.7
  @tenure&!ENC $when* (ROLE+ (@qualifier | @adjective)* $body* | ORG | الحكومة | الرئاسة | $body) $when* HON? n:PER COMMA? $accoffice
# the oath of office, then the office in the accusative: «أدى X اليمين
# الدستورية وزيرا للخارجية» (not a bare «رئيسا»: «رئيسا لحكومة البلاد» is
# the prime minister, «رئيسا للجمهورية» the president)
rule oath-name-title stage=chunk make=person from=n conf=0.7
  (أدى | أدت | يؤدي | تؤدي) $when* HON? n:PER $when* (اليمين | القسم) (الدستورية | الدستوري | القانونية)? $when* ROLE&!ROLE_PEER&!DEF&!ROLE_HEAD ROLE* ($portfolio (CONJ? $portfolio)?)? (جديدا | @qualifier | @adjective)* ((باسم | في | ل | لدى | عن)? list($body))?
rule name-who-tenure-title stage=chunk make=person conf=0.7
  n:PER COMMA? (الذي | التي) $aux* @tenure $office
# «وشغل منصب وزير المالية في الحكومة», «كما كان نائب رئيس البنك
# الدولي ثم سفيرا لبلاده»: Arabic leaves the subject of a
# sentence unsaid when it goes on about the person the sentence before
# named; a sentence that opens with a verb of office and no subject gives
# its office to that one person (subject=unsaid: only at the sentence's
# start, only when the office ends the clause or says «منصب», and only
# when the last sentence that named a person named one alone)
rule unsaid-tenure-title stage=chunk make=person subject=unsaid conf=0.65
  (كما | ثم)? (@tenure | كان | كانت) $office (في LOC)? ((CONJ | COMMA) ROLE+ (باسم | في | ل | لدى | عن)? list($body) (في LOC)?)*
# «وانتخب المجلس الوطني X رئيسا جديدا له»: the title is of the body that
# elects («له», «لها»: its)
rule body-elected-name-its-title stage=chunk make=person conf=0.7
  @tenure $when* ORG $when* (HON | ROLE&ONEWORD)? n:PER COMMA? ROLE&!ROLE_PEER (جديدا | جديدة | @qualifier | @adjective)* (له | لها)
# «X سيخلف Y المستقيل كمبعوث للأمم المتحدة»: X takes up the office Y leaves
rule name-succeeds-title stage=chunk make=person conf=0.7
  n:PER $aux* @succeed HON? PER (المستقيل | المستقيلة | الراحل | الراحلة | @qualifier | @adjective)* (في)? $office

# «كبار المسؤولين الروس والأمريكيين»: officials standing for their countries
rule officials-of stage=chunk make=role conf=0.65
  (كبار)? @group-noun list(DEM | CTRY)

# «سفير كندا بالجزائر» without a name: an ambassador's country, then his
# post behind a glued «ب», no party of its own
rule ambassador-body-at-post stage=chunk make=role post=bi conf=0.7
  ROLE_AMB ROLE* $body+ (CITY&BI | CTRY&BI)
# «وزير الخارجية الروسي» without a name, «رئيس الوزراء الإسرائيلي»
rule title-body stage=chunk make=role conf=0.7
  ROLE+ (باسم | ل)? $body+
# «وزير الخارجية في حكومة الوحدة»; not an ambassador's or an envoy's
# post («المبعوث في عمان»: where he serves, not whom he stands for)
rule title-in-body stage=chunk make=role conf=0.7
  ROLE&!ROLE_AMB&!ROLE_ENVOY ROLE* في $body+

# «وزراء خارجية فرنسا وألمانيا»
rule title-of-bodies stage=chunk make=role conf=0.7
  ROLE+ list($body)

# «الوزيران», «الرئيسين», «الزعيمان»: the dual of a title with the
# article (arabicDual: not a plural) stands for the two persons of the
# last meeting told, or the two named together in the sentence before
# (pair=persons); «الجانبان», «الطرفين»: the two parties, whatever they
# are
rule ar-the-two-titles stage=chunk make=pair pair=persons conf=0.7
  ROLE&ROLE_PL&DEF | الضيفين | الضيفان
rule ar-the-two-sides stage=chunk make=pair conf=0.65
  الجانبين | الجانبان | الطرفين | الطرفان
# «التقى X كلا من الوفدين على حدة»: each of the two delegations, the two
# parties of the talks told (not «الوفدين الأمريكي والروسي», named)
rule ar-each-of-the-two-delegations stage=chunk make=pair pair=delegations conf=0.6
  (كلا | كل) من DLGW&DEF !DEM&!CTRY

# «الوفد الروسي», «وفد حماس», «الوفدين الأمريكي والروسي», «مفاوضون أوكرانيون»,
# «الوفد الإسرائيلي المفاوض» (an adjective after the nationality),
# «وفد حركة حماس» (a body's head noun before its known name)
# «وفد دولة الإمارات» (a state's formal noun before the short name)
# «وفد الحكومة السورية», «وفد حكومة جنوب السودان» (a country's government)
# («وفد تجاري صيني», «وفد عسكري تركي»: the delegation's field before
# its nationality)
define dlgfield = تجاري | تجاريا | التجاري | اقتصادي | اقتصاديا | الاقتصادي | عسكري | عسكريا | العسكري | أمني | أمنيا | الأمني | وزاري | وزاريا | الوزاري | دبلوماسي | دبلوماسيا | الدبلوماسي | فني | فنيا | الفني
rule delegation-body stage=phrase make=delegation conf=0.8
  DLGW (التفاوضي | الرسمي | الرفيع | البرلماني | برلماني | برلمانيا | الحكومي | حكومي | حكوميا | رسمي | رسميا | $dlgfield)? list(DEM | (دولة | جمهورية | مملكة | سلطنة | إمارة)? CTRY | @org-head? ORG | CITY | (الحكومة | حكومة) (DEM | CTRY)) (ROLE_NEG&DEF&ONEWORD | التفاوضي | الرسمي | الحكومي)? ((رفيع | الرفيع | رفيعا | رفيعة) المستوى)?
# «الوفد الحكومي»: the delegation of the one country whose government the
# report has named («المفاوضات بين الحكومة الكولومبية وجبهة التحرير»)
rule ar-government-delegation stage=phrase make=delegation body=government conf=0.7
  DLGW&DEF @gov-adjective
# («وفد أوكراني رفيع المستوى برئاسة X»: the level after the country)
# «وفدا من الاتحاد الأوروبي», «وفد رفيع من مصر»
# («وفدا برلمانيا من جمهورية تشيلي»: its kind, and a state's formal noun)
# («وفدا عن البرلمان الكيني»: «عن», "on behalf of", after an indefinite
# delegation only: «تحدث رئيس الوفد عن الاتحاد» is "about")
rule delegation-from stage=phrase make=delegation conf=0.7
  (DLGW (التفاوضي | الرسمي | الرفيع | رفيع | رفيعا | رسمي | رسميا | البرلماني | برلماني | برلمانيا | $dlgfield)? (المستوى)? من (دولة | جمهورية | مملكة | سلطنة | إمارة)? | DLGW&!DEF (رفيع | رفيعا | رسمي | رسميا | برلماني | برلمانيا | $dlgfield)? (المستوى)? عن) list(@org-head? (CTRY | ORG))
# «وفد يمثل الائتلاف الوطني», «وفدا يمثل الحكومة السودانية»: the one
# it represents after the verb of representing
rule delegation-representing stage=phrase make=delegation conf=0.7
  DLGW (التفاوضي | الرسمي | الرفيع | رفيع | رفيعا | رسمي | رسميا)? (يمثل | تمثل | ممثلا | ممثل) list(@org-head? (CTRY | ORG) | (الحكومة | حكومة) (DEM | CTRY))

# «طهران سترسل وفدا برئاسة X», «أوفدت كينيا وفدا إلى المحادثات»: the
# sender's delegation (a capital stands for its government)
rule ar-sent-delegation stage=phrase make=delegation span=noun conf=0.65
  (CTRY | CITY | ORG) $aux* (سترسل | سيرسل | ترسل | يرسل | أرسلت | أرسل | ستوفد | سيوفد | توفد | يوفد | أوفدت | أوفد) $when* DLGW&!DEF (رفيعا | رسميا | حكوميا)? (رفيع المستوى)?
rule ar-sent-delegation-verb-first stage=phrase make=delegation span=noun conf=0.65
  (أرسلت | أرسل | أوفدت | أوفد) (CTRY | CITY | ORG) $when* DLGW&!DEF (رفيعا | رسميا | حكوميا)? (رفيع المستوى)?

# «محادثات عمّان», «قمة حلف شمال الأطلسي», «الجولة الثانية من المحادثات»,
# «جولة جديدة من الحوار» (a round of the dialogue: the dialogue alone is
# no event word, «أهمية الحوار»),
# «مؤتمر جنيف - 2», «اجتماعهما الثنائي», «القمة العربية الثالثة
# والثلاثون», «المؤتمر الإقليمي للصحة» (its subject behind «ل»)
# («محادثات السلام», «مؤتمر المانحين», «قمة المناخ»: a topic in construct
# with the event word, part of the event's name)
define evtopic = السلام | المانحين | المناخ | التهدئة | الهدنة | المصالحة | الوساطة | (وقف إطلاق النار)
# («أعمال الدورة الـ 161 للمجلس الوزاري»: a session's number)
# («محادثات جنيف الأخيرة», «قمة الرياض المقبلة»: the adjective after the construct's place or body)
# («القمة المصرية الأردنية», «المشاورات السياسية الجزائرية-الموريتانية»:
# the nationalities of its two sides after the event word, its parties)
rule event-name stage=phrase make=event conf=0.7
  EVT+ $evtopic? $evadj* (الـ? NUM $evadj*)? (من (EVT | الحوار))? $evadj* ((LOC | $body) ((DASH | HYPHEN)? DEM)* $evadj* | LI&!ROLE&!AGENT&!LOC&!EVT&!PUNCT&!@stop $evadj*)? (DASH? NUM)?

# ------------------------------------------------------------------ skip

rule parenthesis stage=skip
  x:(LPAR !RPAR{0,12} RPAR)
# «لا توجد خطط لعقد لقاء بين X وY», «ليست هناك نية لإجراء محادثات مع
# X»: an event no one plans is set aside with its denial (whole=no: the
# sentence is not read again with it)
rule no-plans stage=skip whole=no
  x:((لا | ليست | ليس | لم) (توجد | يوجد | تكن | يكن | هناك | ثمة)* أي? (خطط | خطة | نية | نوايا | ترتيبات) (@conduct | @meet)? EVT)
# «إنه سيلتقي Y الأسبوع المقبل إذا سمحت الظروف», «سيجتمع مع Y في حال
# وافقت الحكومة»: a meeting on a condition is no meeting; its verb is set
# aside (whole=no) (not «لبحث ما إذا كان …», whether)
rule conditional-meeting stage=skip whole=no
  x:(@meet | @welcome | @conduct | @discuss | @call) (!STOP&!COMMA&!@speech){0,13} !STOP&!COMMA&!@speech&!ما COMMA? (إذا | اذا | (في حال) | (في حالة))
# «استقبل صاحب السمو الأمير X»، «بحث معالي X مع معالي Y»: styles of
# address set aside, and an honorific before a name no title took in
# (a military rank before the style: «الفريق أول سمو الشيخ X»)
# («حضرة صاحب الجلالة»: a style before «صاحب»)
# («المشير الليبي X»: a rank and a nationality;
# «جلالة السلطان X»: the sultan's style; «السلطان» no title, since
# «سلطان» is a common given name)
rule styles stage=skip
  x:(HON* @style? (صاحب | صاحبة)? @style+ الملكي? (HON | السلطان)* | HON+ DEM?) PER
# «ملك البلاد المعظم», «أمير البلاد المفدى», «حفظه الله»: the epithets
# of a ruler after his titles set aside, as the styles are (in quotation
# marks too: «رئيس الدولة "حفظه الله"،»; between dashes: «ولي العهد -
# حفظه الله -،»; one after the other: «عاهل البلاد المعظم حفظه الله
# ورعاه», also with a comma between: «ملك البلاد المعظم، حفظه الله»)
rule ruler-epithets stage=skip
  (ROLE | PER) $complement? x:((COMMA? (QUOTE | DASH)? (المعظم | المفدى | (حفظه | رعاه | أيده | يحفظه | يرعاه | حفظها | رعاها) الله (CONJ (رعاه | رعاها | يرعاه))?) (QUOTE | DASH)?)+)
# «اتصالا هاتفيا بأخيه الرئيس X», «من أخيه صاحب السمو الشيخ Y»: the
# protocol's "his brother" before another ruler is no party of its own;
# the preposition glued to it stays with the party after it
rule brother-before-ruler stage=skip
  (@call | EVT | من | مع) x:(أخيه | أخاه | أخوه | أخيها | أخاها | أخوها | شقيقه | شقيقها) (@style | صاحب | صاحبة | HON | ROLE | PER)
# «وزيرا الخارجية المصري والأردني X و Y»: a title in the dual or plural
# of several bodies, then as many names: each name the title of one
# body in turn (whole=no: the sentence is not read again with the title)
rule titles-names stage=skip whole=no titles=respectively conf=0.7
  x:(r:RNP&PLURAL COMMA?) n:list(HON? PER)
# «الرئيسان الكيني X والتنزاني Y»: a title in the dual or plural shared
# out by adjectives of nationality, each before its name; the adjective
# set aside, the names are coordinated
rule titles-interleaved stage=skip titles=interleaved conf=0.7
  p:(PER&TITLED) CONJ x:(d:DEM) n:PER
# «وزيرا خارجية غانا X وتوغو Y»: a country's name in the adjective's
# stead (whole=no: the country read as a party of its own would meet X)
rule titles-interleaved-country stage=skip titles=interleaved whole=no conf=0.7
  p:(PER&TITLED) CONJ x:(d:CTRY) n:PER
# «رؤساء كينيا X وتنزانيا Y وأوغندا Z», «ونظيراه النرويجي X والدنماركي Y
# والفنلندي Z»: the third pair and on, after the pairs before it
rule titles-interleaved-further stage=skip titles=interleaved whole=no conf=0.65
  p:(PER&TITLED) (CONJ (CTRY | DEM) PER){1,3} CONJ x:(d:(CTRY | DEM)) n:PER
# «والتقى الوفد المصري برئاسة X وفد حماس»: the leader after a delegation
# is set aside, so that the delegation is read as the party it is
rule delegation-leader stage=skip
  a:DLG x:(COMMA? (برئاسة | بقيادة) ROLE* $body* HON? PER COMMA?)
# «استقبل الرئيس X، اليوم، الممثل الخاص للأمين العام ... ورئيس مكتب ...،
# السيد Y، في القصر الرئاسي»: the guest's long title apposed to his name
# after it and a comma is set aside, so that the name is the guest, not
# the title's body (whole=no: read whole, the title would be the guest)
rule ar-title-apposed-to-name stage=skip whole=no
  @welcome $when* $agent $commawhen x:((RNP | ROLE) (RNP | ROLE | ORG | LOC&LI | CTRY | DEM | CONJ | @adjective | !PUNCT&!AGENT&!EVT&!LOC&!DATEW&!@stop&!@welcome&!@meet&!في){0,20} COMMA) HON* PER COMMA
rule relative-clause stage=skip
  a:($agent) x:(COMMA ((الذي | التي | الذين) c:(!STOP&!COMMA{1,20}) | (المعروف | المعروفة) !STOP&!COMMA{1,20}) COMMA)
# «استقبل X الوزيرة Y، التي تزور النرويج حاليا.»: a clause of state that
# ends the sentence (its verb in the present) says where its antecedent
# is all the same ("Y is visiting Norway"); not a visit to come («الأسبوع
# المقبل»), a tour («تشمل …») or a private one («زيارة خاصة»)
rule relative-clause-final stage=skip
  a:($agent) x:(COMMA (الذي | التي | الذين) c:((يزور | تزور | يزورون | يقوم | تقوم | يقومون | يجري | تجري | يجرون) (!STOP&!COMMA&!المقبل&!المقبلة&!القادم&!القادمة&!الماضي&!الماضية&!غدا&!لاحقا&!تشمل&!خاصة&!الخاصة){0,19})) STOP

# -------------------------------------------------------------- relations

# «التقى X Y», «والتقى X مع Y في P», «التقى X بوزير الخارجية Y», «اجتمع X
# إلى Y» (the Levant's «إلى»)
# «واجتمع المبعوث مع الرئيس X في جوبا»: a subject named by its title
# alone, another article's person; the one met takes part in a meeting
# held there
rule meet-titled-subject stage=relation action=with kind=meeting conf=0.6
  @meet $when* ROLE&DEF&ONEWORD&!PLURAL&!ROLE_PL (DEM)? $when* (مع | ب)? o:$agents p:(في $placeword? $places | $when)*
# «اجتمع X مع قادة الأحزاب السياسية في طرابلس», «التقى X في طرابلس
# ممثلين عن المجتمع المدني»: those met named by common nouns; X takes
# part in a meeting held there
rule meet-unnamed-in stage=relation action=meeting kind=meeting others=unnamed conf=0.6
  @meet $when* (في $placeword? p:$places $when*)? s:list(PER) $when* (مع | ب)? (!PUNCT&!AGENT&!EVT&!LOC&!ROLE&!@stop&!DEM&!@meet | ROLE_PL | DLGW) (DEM | @adjective | عن | من | !PUNCT&!AGENT&!EVT&!LOC&!ROLE&!@stop&!@meet){0,4} $when* (في $placeword? p:$places)
# («مع السيدة A المبعوثة الأممية إلى ليبيا، والسيد B المبعوث الخاص»: each
# one met after its title in apposition)
define guestappos = ROLE (DEM | @adjective | ROLE | ORG&LI | CTRY&LI)* ((إلى | الى | لدى | في) (CTRY | ORG))? COMMA?
rule meet-verb-first stage=relation action=meeting kind=meeting conf=0.8
  @meet $when* (في $placeword? p:$places $when*)? s:$agent $hostappos? $withdlg? $hostgap ($presence $hostgap)? (COMMA? $when)* COMMA? $margin? $atvenue? (في $placeword? p:$places $capitalof? $when* COMMA? | $bivenue)? (مع | ب | إلى | الى | كلا من | كل من)? $when* o:$agents ($guestappos COMMA? CONJ HON? o:$agent)? $guestplace

# «وأكد X لنظيره Y خلال اتصال هاتفي ...»: what one told the other
# during a call or a meeting (the other with «ل»)
rule told-during-event stage=relation action=meeting conf=0.7
  @speech $when* s:$agent o:(LI&PER | LI&RNP | LI&CTRY | LI&ORG | LI&DLG) (COMMA? $when)* COMMA? (خلال | أثناء | في) e:EVT

# «... حيث التقى وزير الخارجية X»: the subject is the one the text is
# about (Arabic drops a known subject); an explicit one wins
# («بدأت X زيارة لإسرائيل التقت خلالها Y», «يمضي X يومين في P يلتقي
# خلالهما مع Y»: during the visit or the days just named)
# («والتقى خلال زيارته الرئيس X»: during the visit of the one the text
# is about, named in the sentence before)
define duringit = خلالها | خلالهما | خلاله | أثناءها | (خلال | أثناء | اثناء) (زيارته | زيارتها | جولته | جولتها) (@adjective | الحالية | الرسمية)*
rule meet-implicit-subject stage=relation action=meeting kind=meeting subject=implicit conf=0.65
  @meet $when* $duringit? $when* (مع | ب)? o:$agents

# «زار X طوكيو حيث أجرى مباحثات مع Y»: talks held by the one the text is
# about
# (a finite verb: not «لإجراء محادثات مع Y», "to hold talks", whose subject
# is whoever is sent)
# («قال X إنه عقد اجتماعا "مثمرا للغاية" مع Y في P»: a quoted word of
# praise after the event, the place after the other side)
define evquote = QUOTE (!PUNCT&!AGENT&!EVT){1,3} QUOTE
# («في زيارة يجري خلالها مباحثات مع Y»)
# («وعقد فور وصوله جلسة مباحثات مع Y», «وأجرى لدى وصوله إلى P محادثات مع
# Y»: on his arrival; «وصوله» is read as «و» and «صوله»)
define onarrival = (فور | لدى | عند | عقب | بعد) CONJ? @visit ((إلى | الى) $placeword? $places)?
rule conduct-implicit-subject stage=relation action=meeting subject=implicit conf=0.65
  @conduct&!إجراء $when* ($duringit | $onarrival)? $when* e:EVT $evadj* $evquote? $medium? $when* مع o:$agents (في $placeword? p:$places)?

# «وكان الوزير X قد استهل جولته بلقاء في P مع Y», «واختتم زيارته
# باجتماع مع Y»: the visit opened or closed by a meeting with another
# (the tour and its meeting are one event phrase, «جولته بلقاء»: a
# meeting of its own, not the tour, which may be the report's main event)
rule opened-visit-with-meeting stage=relation action=meeting kind=meeting conf=0.65
  s:$freeagent $aux* v:(استهل | استهلت | بدأ | بدأت | اختتم | اختتمت | ختم | ختمت | افتتح | افتتحت) $when* EVT $evadj* (في (@place-head $complement{0,2})? $placeword? p:$places | $atvenue)? $when* مع o:$agents

# «X التقى Y», «X يلتقي مع Y»
# (no party behind a preposition: «بدأت X زيارة لإسرائيل التقت خلالها Y»,
# the country is where she went)
# («وكان X قد التقى، الأحد، في P Y»: a time between commas, then the
# place, before the one met)
# the speaker's own meetings in the first person, in his quoted words:
# «وأضاف X: "التقيت أمس في P Y"», «وقال X: "أجريت اتصالا هاتفيا مع Y"»
rule meet-first-person-quoted stage=relation action=meeting kind=meeting conf=0.6
  s:PER COLON QUOTE v:(التقيت | اجتمعت | قابلت | استقبلت) $commawhen (في $placeword? p:$places $commawhen)? (مع | ب)? $when* o:$agents
rule conduct-first-person-quoted stage=relation action=meeting conf=0.6
  s:PER COLON QUOTE (أجريت | عقدت) $when* e:EVT $evadj* $medium? $when* مع o:$agents (في $placeword? p:$places)?
# «إن وفد الحركة برئاسة رئيسها في القطاع الدكتور X، التقى في القاهرة Y»:
# the delegation, named with its leader, is the subject (the leader's
# titles and a comma before the verb)
rule meet-delegation-led-subject-first stage=relation action=meeting kind=meeting conf=0.7
  s:DLG (برئاسة | بقيادة) (!PUNCT&!STOP&!@meet&!CONJ){1,8} COMMA? $aux* @meet $commawhen (في $placeword? p:$places $commawhen | $bivenue)? (مع | ب)? $when* o:$agents p:(في $placeword? $places | $when)*
rule meet-subject-first stage=relation action=meeting kind=meeting conf=0.75
  s:list($freeagent) $aux* @meet $commawhen (في $placeword? p:$places $commawhen | $bivenue)? (مع | ب)? $when* o:$agents p:(في $placeword? $places | $when)*

# «الوفود التي اجتمعت في قصر X في عاصمة Y في Z»: an event and its places
# («والتقى الوزيران في جنيف», «اجتمع وزراء الزراعة في P»: a dual or
# plural title for the parties, with its portfolio)
# («والتقى الوفدان في جنيف», «اجتمعت الوفود في P»: the delegations the
# report named before, by their common noun)
rule met-in stage=relation action=place kind=meeting conf=0.7
  @meet $when* (ROLE_PL $portfolio? DEM* | DLGW&DEF)? $when* p:((في $placeword? ($complement{1,2} | $places))* في $placeword? $places)

# «اجتمع مسؤولون كبار من A وB وC يومي الاثنين والثلاثاء في قصر X في
# المدينة Y بالبلد Z لإجراء مشاورات»: the bodies those sent stand for take
# part in the gathering, held at every place level the sentence gives; the
# event named after it is the gathering (a gathering of many is no
# meeting of each pair)
rule ar-sent-from-gathered stage=relation action=with kind=meeting conf=0.65
  @meet $when* (مسؤولون | مسؤولين | ممثلون | ممثلين | مندوبون | مندوبين | دبلوماسيون | دبلوماسيين | مبعوثون | مبعوثين | وفود) (كبار | رفيعو المستوى)? (من | عن) o:list(ال? $body) (!PUNCT&!AGENT&!LOC&!EVT&!@in){0,4} p:(في $placeword? $places (LOC&BI)?)+ (COMMA? (لإجراء | لعقد | في)? (@adjective)* e:EVT)?

# «وأرسلت A وB والأمم المتحدة مراقبين»، «أوفدت A وفدا رفيعا إلى
# المحادثات»: the bodies that send people to the report's event take part
# in it through them
rule ar-bodies-sent-observers stage=relation action=attend kind=any frame=main conf=0.6
  @send $when* s:list(ال? $body) $when* v:(مراقبين | مراقبا | مراقبون | ممثلين | ممثلا | مندوبين | مندوبا | مبعوثين | مبعوثا | DLGW) (@adjective | رفيعا)* ((إلى | الى | ل) (@adjective)* EVT)? (STOP | COMMA | بصفة)

# «التقى مسؤولون روس وأمريكيون في P»: nationalities meet
rule nationalities-met stage=relation action=meeting kind=meeting plural=s conf=0.65
  @meet $when* s:list(DEM) $when* (في $placeword? p:$places)?

# «اجتمع الوفدان في P», «التقى X و Y», «التقى كل من X وY»
rule meet-plural stage=relation action=meeting kind=meeting plural=s conf=0.7
  @meet $when* (كل من | كلا من)? s:$agents $when* (في $placeword? p:$places)?

# «اجتمع وزراء من A وB وC في P», «التقى قادة من A وB»: ministers or
# leaders of countries or bodies met, verb first: the countries take part,
# where the sentence says (the Arabic of "Ministers from A, B and C
# gathered in P"; officials and envoys are ar-sent-from-gathered's; a
# gathering of many is no meeting of each pair)
define officialsfrom = (ROLE_PL | قادة | زعماء) (DEM | كبار)* (من | عن)
rule ar-officials-from-met stage=relation action=with kind=meeting conf=0.65
  @meet $when* $officialsfrom o:list(CTRY | ORG) $when* p:(في $placeword? $places)?

# «وخلال لقائه مع Y ، قال X», «وفي اتصال هاتفي مع Y ، أكد X»: the
# speaker is the other party
# («وخلال لقائه X في أنقرة، أكد Y»: the other party the meeting's object)
rule during-event-with stage=relation action=meeting conf=0.7
  (خلال | في | أثناء | اثناء) e:EVT $evadj* $medium? (مع | ب)? o:$agents (في $placeword? p:$places)? COMMA? @speech s:$agent

# «تحدث X مع Y», «اتصل X هاتفيا بـ Y», «X تحدث هاتفيا مع Y»
rule call-verb-first stage=relation action=meeting kind=call conf=0.8
  @call $when* s:$agent $hostappos? $hostgap (@phone | عبر @phone)? $margin? $commawhen (مع | ب | إلى)? o:$agents
# «تحدث X و Y على هامش ...»: the subjects spoke with each other
rule call-plural stage=relation action=meeting kind=call plural=s conf=0.7
  @call $when* s:$agents

rule call-subject-first stage=relation action=meeting kind=call conf=0.75
  s:$agents $aux* @call $when* (@phone | عبر @phone)? $when* (مع | ب) o:$agents

# «أجرى X ونظيره Y اتصالا هاتفيا», «أجرى X محادثات مع Y»
# «شكر X على دورها في تسهيل محادثات …», «دور X في الوساطة في المفاوضات»
# «وتقوم سلطنة عمان بدور الوسيط في المحادثات», «بالدور الذي تقوم به
# الكويت في الوساطة»: the part of the mediator
rule plays-mediator-role stage=relation action=mediate conf=0.65
  (تقوم | يقوم | قامت | قام | تلعب | يلعب | لعبت | لعب | تؤدي | يؤدي | أدت | أدى) $when* m:list($body | PER) $when* (بدور | دور) (الوسيط | الوسيطة | الوساطة) (في e:EVT | بين)?
rule role-which-mediator-plays stage=relation action=mediate conf=0.65
  (الدور | بالدور | للدور) الذي (تقوم | يقوم | قامت | قام | تلعبه | يلعبه | لعبته | لعبه | تؤديه | يؤديه | تبذله | يبذله) به? m:list($body | PER) (في | من أجل) (الوساطة | التوسط | تسهيل | رعاية)
rule role-in-mediating stage=relation action=mediate conf=0.7
  m:$agent (على | ل)? (دور | دورها | دوره | دورهم | دورهما) (@adjective)* في (تسهيل | رعاية | استضافة | الوساطة في | التوسط في) e:EVT

# («عقد X وY، الثلاثاء، قمة في P»: the day between commas)
rule conduct-event stage=relation action=between conf=0.75
  @conduct $when* o:$agents $commawhen e:EVT
# «عقد حضرة صاحب السمو الشيخ X أمير البلاد المفدى، وفخامة الرئيس Y رئيس
# جمهورية P الشقيقة، جلسة مباحثات»: each party behind its styles, with
# its epithet after it, set off by commas
# (the styles of words.tsv, and «صاحب», «الفخامة» of «صاحب الفخامة»)
define courtstyle = HON | @style | صاحب | الفخامة
define epithet = المفدى | المفداة | المعظم | المعظمة | الشقيق | الشقيقة | الصديق | الصديقة | حفظه | @adjective
rule conduct-event-styled-pair stage=relation action=between conf=0.7
  @conduct $when* $courtstyle{0,4} o:$agent $epithet? COMMA? CONJ $courtstyle{0,4} o:$agent $epithet? COMMA? $when* e:EVT $evadj* $when* (في $placeword? p:$places)?
# «عقد مجلس الأمن الدولي جلسة طارئة في نيويورك»: one party that holds
# the event takes part in it
rule conduct-event-one stage=relation action=attend conf=0.7
  @conduct $when* s:(ORG | DLG | PER) $commawhen e:EVT
# «كايا وغولييف يعقدان مباحثات في أنقرة»: a headline's parties first,
# then the verb in the present
rule ev-agents-conduct-event stage=relation action=between conf=0.7
  o:list($agent) $aux* @conduct $when* e:EVT
# «الأردن والبرتغال يبحثان في عمان تعزيز التعاون»: a headline's two
# parties, then a verb of talks in the dual (no event's noun); the
# talks are held where the verb says (not «بحثا»: «بحثا عن», "in search
# of", reads the same)
rule agents-discuss-dual stage=relation action=between conf=0.65
  o:list($agent) v:(يبحثان | تبحثان | يناقشان | تناقشان | يتباحثان | تتباحثان | يستعرضان | تستعرضان | ناقشا | تباحثا | استعرضا | ناقشتا | تباحثتا | استعرضتا) $when* (في $placeword? p:$places)?
# («وأجرى X، اليوم الثلاثاء، اتصالا هاتفيا مع Y»: the time between commas;
# «أجرى X مباحثات رسمية مع Y في قصر المرادية بالجزائر العاصمة»: the venue
# after the guest)
# («عقد X لقاء مع Y على هامش اجتماع المجلس في نيروبي»: the gathering
# on whose margins, and its city, after the guest)
# («أجرى X، اليوم الخميس بالرباط، مباحثات مع Y», «أجرى X، صباح اليوم بمقر
# الوزارة، محادثات مع Y»: the host's time, city and venue, as after a
# verb of receiving; «بتونس», «بالجزائر»: a capital that is its country's
# name too)
rule conduct-event-with stage=relation action=meeting conf=0.75
  @conduct $when* s:$agent $hostappos? $hostgap (p:CTRY&BI $hostgap)? $evcount? e:EVT $evadj* $medium? $commawhen (في $placeword? p:$places $when*)? مع o:$agents (COMMA? $margin | $atvenue | $guestplace)
# «وعقد X مع نظيره Y جلسة مباحثات», «وكان الوزير X قد عقد مع نظيره Y في
# وقت سابق اليوم جلسة مباحثات رسمية»: the other side with «مع» before the
# event word, the verb first or after its subject
rule conduct-with-before-event stage=relation action=meeting conf=0.7
  @conduct $when* s:$agent $hostappos? $hostgap مع o:$agents $commawhen e:EVT
rule conduct-with-before-event-subject-first stage=relation action=meeting conf=0.7
  s:$freeagent $aux* @conduct $when* مع o:$agents $commawhen e:EVT
# «وكان الوفد الليبي قد عقد صباح اليوم اجتماعا مع Y في P»: the subject
# named before the verb of holding (no glued preposition on it; a
# finite verb: not «إلى P لإجراء محادثات مع Y», where P is where one goes)
rule conduct-subject-first stage=relation action=meeting conf=0.7
  s:$freeagent $aux* @conduct&!إجراء $commawhen $evcount? e:EVT $evadj* $medium? $commawhen (في $placeword? p:$places $when*)? مع o:$agents (COMMA? $margin | $atvenue | $guestplace)
# «خلال محادثات أجراها X مع Y», «قبل بدء مباحثات ثنائية أجراها X في
# القدس صباح اليوم مع Y», «في الاجتماع الذي عقده X مع Y»: the event
# named first, then the verb that held it, with its pronoun, and the
# parties
rule event-held-by stage=relation action=meeting conf=0.7
  e:EVT $evadj* (الذي | التي)? (أجراها | أجراه | أجرتها | أجرته | عقدها | عقده | عقدتها | عقدته | يجريها | يجريه | تجريها | يعقدها | يعقده | تعقدها) $when* s:$agent $hostappos? (COMMA? $when)* COMMA? (في $placeword? p:$places $when*)? مع o:$agents ($atvenue | $guestplace)
# «في اتصال هاتفي تلقاه X من Y»: the call named first, then the verb
# that received it
rule event-received-by stage=relation action=meeting kind=call conf=0.7
  e:EVT_CALL $medium? (الذي | التي)? (تلقاه | تلقته | يتلقاه | تتلقاه) $when* s:$agent $hostappos? $commawhen من o:$agents
# «أجرى X اتصالا هاتفيا بنظيره Y»: «ب» glued to the other party
rule conduct-event-bi stage=relation action=meeting conf=0.7
  @conduct $when* s:$agent (COMMA? $when)* COMMA? e:EVT $medium? $when* o:$agents
# «وكان X قد أجرى، مساء السبت، اتصالا هاتفيا بـY»: the caller named
# before the verb, the other party with «ب» glued
rule call-subject-first-bi stage=relation action=meeting kind=call conf=0.7
  s:$freeagent $aux* @conduct&!إجراء $commawhen e:EVT_CALL $medium? $commawhen o:$agents

# the agent of a passive or the sender of a call: «من قبل», and the
# Maghreb's «من طرف»
define byparty = من قبل | من طرف
# «تلقى X اتصالا هاتفيا من Y»: a call received
rule call-received stage=relation action=meeting kind=call conf=0.75
  (تلقى | تلقت | يتلقى) $when* s:$agent $hostappos? $commawhen e:EVT_CALL $medium? $commawhen (من | $byparty) o:$agents
# «كما تلقى معاليه في اليوم ذاته اتصالا هاتفيا من Y»: the honorific's
# pronoun, the report's protagonist (subject=lead: named first in its
# first event)
rule call-received-by-honorific stage=relation action=meeting kind=call subject=lead conf=0.65
  (تلقى | تلقت) (معاليه | سموه | فخامته | معاليها | سموها | فخامتها) $when* (في اليوم ذاته | في اليوم نفسه)? $when* e:EVT_CALL $medium? $commawhen من o:$agents
# «أن الرئيس X تلقى اتصالا هاتفيا من Y»: the receiver named first
# («السيد X قد تلقى مكالمة هاتفية من طرف نظيره الجزائري، Y»: the
# Maghreb's «من طرف», "from", and a time between commas before the subject)
rule call-received-subject-first stage=relation action=meeting kind=call conf=0.7
  s:$agent $aux* (تلقى | تلقت | يتلقى) $when* e:EVT_CALL $medium? $commawhen (من | $byparty) o:$agents

# «بحث X مع Y في P», «ناقش X مع نظيره Y»: talks with someone
# («بحث X في اتصال هاتفي مع Y», «تباحث X، في اتصال هاتفي، مع Y»: the call
# between)
# («بحث X، اليوم في P، مع Y»: the host's time and place between)
# («بحث X من مكتبه بالقاهرة عبر تقنية الاتصال المرئي مع Y»: the remote
# means between; the office he joins from is no place of the meeting)
define remote = (عبر | بواسطة | بتقنية | من خلال) (تقنية | تقنيه)? (الاتصال | الفيديو | الربط | الدائرة | الشبكة | الإنترنت) (!PUNCT&!AGENT&!EVT&!مع){0,2}
rule discussed-with stage=relation action=meeting kind=meeting conf=0.65
  @discuss $when* s:$agent $hostappos? $hostgap (هاتفيا | (من (مكتبه | مكتبها) LOC?)? $remote | (في | خلال) e:EVT $medium? COMMA?)? $commawhen مع o:$agents (COMMA? $margin | $duringplace | $guestplace)
# «إن الرئيس X بحث هاتفيا مع Y»: the subject first (a call when
# «هاتفيا» says so)
rule ar-subject-discussed-by-phone-with stage=relation action=meeting kind=call conf=0.65
  s:$agents $aux* @discuss $when* هاتفيا $when* مع o:$agents
rule ar-subject-discussed-with stage=relation action=meeting kind=meeting conf=0.6
  s:PER $aux* @discuss $when* $remote? $when* مع o:$agents
# «بحث X سبل تعزيز العلاقات الثنائية مع نظيره Y»: the topic before the
# other side; only a person (not «بحث X العلاقات مع الصين», relations
# with a country, which may be the topic)
rule discussed-topic-with stage=relation action=meeting kind=meeting conf=0.6
  @discuss $when* s:$agent $hostappos? $hostgap (!PUNCT&!AGENT&!EVT&!LOC&!@meet&!@discuss&!@welcome&!بين&!مع){1,8} مع o:list(PER) p:(في $placeword? $places | $when | COMMA)*
# «وقدم X في اتصال هاتفي مع Y التعازي», «واطمأن X خلال اتصال هاتفي مع
# Y على …»: whatever the verb, the subject had the call with Y
rule subject-in-call-with stage=relation action=meeting kind=call conf=0.65
  s:$freeagent COMMA? (في | خلال | أثناء) e:EVT_CALL @phone? $when* (مع | ب) o:$agents
# «هنأ X هاتفيا Y بمناسبة …», «عزى X هاتفيا Y»: whatever the verb, «هاتفيا»
# between the subject and the one he spoke to is a call
rule ar-verb-by-phone stage=relation action=meeting kind=call conf=0.6
  (هنأ | هنأت | عزى | عزت | شكر | شكرت | دعا | دعت | أبلغ | أبلغت | أطلع | أطلعت | بحث | بحثت) $when* s:$agent $when* v:هاتفيا $when* o:$agents
# «وهنأ X، في اتصال هاتفي، Y بمناسبة …»: the call between commas before
# the one congratulated, consoled, invited or thanked
rule verb-in-call-object stage=relation action=meeting kind=call conf=0.65
  v:(هنأ | هنأت | عزى | عزت | دعا | دعت | شكر | شكرت | أبلغ | أبلغت | حث | حثت | طمأن | طمأنت) $when* s:$agent COMMA? (في | خلال) e:EVT_CALL @phone? $when* COMMA? o:$agents
# «وتبادل X وY في اتصال هاتفي وجهات النظر»: the two exchanged views
# during the call
rule exchanged-in-call stage=relation action=meeting kind=call plural=s conf=0.65
  (تبادل | تبادلا | يتبادل | يتبادلان | تبادلت) $when* s:$agents (COMMA? $when)* COMMA? (في | خلال) e:EVT_CALL
# «وتسلم X رسالة خطية من Y نقلها Z»: the one who carried the letter met X
rule letter-carried-by stage=relation action=meeting kind=meeting host=s conf=0.65
  v:(تسلم | تسلمت | تلقى | تلقت | تسلما) $when* s:PER $hostappos? $hostgap (رسالة | دعوة) (!PUNCT&!STOP&!@meet){1,10} (نقلها | سلمها | حملها | قدمها) $when* o:$agents
# «وقال X في مؤتمر صحفي مشترك مع Y»: what one said at an event he held
# with the other
rule said-at-event-with stage=relation action=meeting conf=0.65
  @speech $when* s:$agent (COMMA? $when)* COMMA? (في | خلال) e:EVT (صحفي | الصحفي)? $evadj* (مشترك | المشترك)? (مع | ب) o:$agents
# «بحث X في اتصال هاتفي تلقاه من Y», «... أجراه مع Y»: the call received
# or made in a relative clause without «الذي»
# («وأعرب X، في اتصال هاتفي تلقاه من Y، عن شكره»: any verb of saying)
rule discussed-in-call-from stage=relation action=meeting kind=call conf=0.7
  (@discuss | @speech | أعرب | أعربت | عبر | عبرت) $when* s:$agent (COMMA? $when)* COMMA? (في | خلال) e:EVT_CALL $medium? (تلقاه | تلقته | أجراه | أجرته) $when* (من | مع | ب) o:$agents
# «واستقبل X الوفد الزائر، وبحث مع رئيس الوفد الوزير Y …», «وبحث مع Y
# سبل التعاون»: the subject left unsaid is the one the text is about; the
# head of a delegation named by his place in it, then his name
rule discussed-with-implicit-subject stage=relation action=meeting kind=meeting subject=implicit conf=0.6
  @discuss $when* مع ((ROLE_HEAD | رئيس | رئيسة) DLG COMMA?)? o:$agents
# «بحث X و Y العلاقات الثنائية»: the subjects talked with each other
# «وقّع X ونظيره Y اتفاقية ... في P»: those who sign it together meet to
# sign it, where the sentence says (the verb first, or the signers)
define signed = (اتفاقية | اتفاقيات | اتفاق | اتفاقا | مذكرة | مذكرات | معاهدة | بروتوكول | بروتوكولا | إعلان | إعلانا | عقد | عقدا)
rule ar-signed-verb-first stage=relation action=meeting kind=meeting plural=s conf=0.6
  v:(وقع | وقعت | يوقع | توقع | سيوقع) $when* s:$agents $when* (في $placeword? p:$places $when*)? $signed
rule ar-signers-first stage=relation action=meeting kind=meeting plural=s conf=0.6
  s:$agents $aux* v:(وقع | وقعا | وقعت | وقعتا | يوقع | يوقعان) $when* (في $placeword? p:$places $when*)? $signed
rule discuss-plural stage=relation action=meeting kind=any plural=s conf=0.65
  @discuss $when* s:$agents (في $placeword? p:$places)?

# «بحث X ونظيره العراقي Y العلاقات», «التقى X ونظيره Y»: X and his
# counterpart
rule verb-name-and-counterpart stage=relation action=meeting kind=meeting conf=0.7
  (@discuss | @meet | @call) $when* s:$agent CONJ ROLE_PEER $body* o:PER (في $placeword? p:$places)?
# «ترأس X ونظيره Y جلسة المحادثات»: the two chaired their talks together
# (the counterpart and his name one chunk, or not)
# («ترأس X ونظيره Y، اليوم في P، أعمال الدورة …»: the time and the place
# between, the proceedings of the session)
rule chaired-with-counterpart stage=relation action=meeting kind=meeting conf=0.7
  @lead&!برئاسة&!بقيادة $when* s:PER CONJ (ROLE_PEER $body*)? o:PER p:(COMMA | $when | في $placeword? $places | $bicity)* (أعمال | أشغال | فعاليات | جلسات)? e:EVT

# «ترأس السيد X، وزير ...، مناصفة مع نظيره البرتغالي، السيد Y، وزير ...،
# يوم الأحد بالمركز ...، أشغال الدورة ...» (the Maghreb's readouts): the two
# chairs of a session meet in it (a venue named after a man in quotation
# marks between: «بالمركز الدولي للمؤتمرات "X"»)
rule ar-cochaired-jointly-with stage=relation action=meeting kind=meeting conf=0.65
  @lead&!برئاسة&!بقيادة $when* s:PER (COMMA | $titlejunk){0,10} (مناصفة | بالاشتراك) مع (ROLE_PEER $body*)? COMMA? HON? o:PER (!EVT&!STOP&!PER | QUOTE | QUOTE PER QUOTE){0,14} (أعمال | أشغال | فعاليات | جلسات)? e:EVT
# «استقبل X Y في P», «رحب X بـ Y»
# «استقبل X في مكتبه بالقاهرة Y»: his office in a place
# («استقبل X بقصر الرئاسة Y», «استقبل X بمقر الوزارة في P Y»: a venue the
# names do not know between the host and the guest; «استقبل X بالرباط Y»:
# the city behind «ب»; «استقبل في روما X Y»: the place first;
# «استقبل X، اليوم في روما، Y»: the time and place between commas;
# «استقبل X في عين زحلتا Y», «في دارته»: a venue the names do not know
# of one or two words, not who attends: «في حضور»)
define venue = (@place-head | @building) $complement{0,2}
rule welcome stage=relation action=meeting kind=meeting host=s conf=0.75
  @welcome $when* (في $placeword? p:$places $when*)? s:$agent $when* $venue? (في (@place-head | @org-head)? $placeword? p:$places $when* | p:CITY&!LI $when* | PLACE&BI&!CITY $when* | COMMA $when* في $placeword? p:$places $when* COMMA | في (!PUNCT&!AGENT&!LOC&!EVT&!ROLE&!HON&!DEM&!@stop&!حضور&!وجود&!غياب&!إطار&!اطار){1,2} $when*)? (ب | كلا من | كل من)? o:$agents $guestplace
# «استقبل صاحب السمو الشيخ X، رئيس الدولة، في قصر الوطن بأبوظبي، Y»
# (rule welcome-titled-host)
rule welcome-titled-host stage=relation action=meeting kind=meeting host=s conf=0.7
  @welcome $when* (ROLE $complement? COMMA)? s:$agent $hostappos? $withdlg? $hostgap ($presence $hostgap)? (ب | كلا من | كل من)? o:$agents $guestplace
# «استقبل X في P، Y، يرافقه Z», «... Y، ترافقه Z»: those who came with
# the guest are received with him
rule welcome-guest-companions stage=relation action=meeting kind=meeting host=s conf=0.65
  @welcome $when* (ROLE $complement? COMMA)? s:$agent $hostappos? $withdlg? $hostgap ($presence $hostgap)? (ب | كلا من | كل من)? PER&!PRON COMMA? (يرافقه | يرافقها | ترافقه | ترافقها | ويرافقه | ويرافقها | برفقة) o:list(ROLE* $body* HON? PER)
# «استضاف الرئيس X نظيره Y في P», «X سيستضيف نظيريه الأوكراني والروسي في
# P»: a person who hosts another receives him (a country or a city that
# hosts an event gives its place: host-verb-first)
rule hosted-person stage=relation action=meeting kind=meeting host=s conf=0.7
  v:@host $when* s:PER $hostappos? $hostgap o:$agents (في $placeword? p:$places)?
rule hosted-person-subject-first stage=relation action=meeting kind=meeting host=s conf=0.65
  s:PER $aux* v:@host $when* o:$agents $when* (في $placeword? p:$places)?
# what passes between two in person in the readouts of Arab agencies:
# «سلم X الرئيس Y رسالة خطية», «قدم السفير X أوراق اعتماده إلى Y»,
# «تسلم Y أوراق اعتماد السفير X» (a foreign minister, «نسخة من أوراق
# اعتماد السفير X»: a copy), «نقل X إلى Y تحيات …», «ودع X ضيفه Y»,
# «أطلع X نظيره Y على …», «أقام X مأدبة عشاء تكريما لضيفه Y» (the verb the
# event)
rule delivered-in-person stage=relation action=meeting kind=meeting conf=0.65
  v:(سلم | سلمت | يسلم) $when* s:PER $hostappos? $when* o:$agents (رسالة | دعوة) 
rule credentials-presented stage=relation action=meeting kind=meeting conf=0.7
  v:(قدم | قدمت | يقدم | تقدم) $when* s:PER $when* أوراق (اعتماده | اعتمادها) (سفيرا | سفيرة)? $complement{0,3} (إلى | الى | ل) o:$agents
# («تسلم X نسخة من أوراق اعتماد سفير P المعين لدى المملكة Y، ونسخة من
# أوراق اعتماد سفيرة Q Z»: each copy's envoy, one after the other)
rule credentials-received stage=relation action=meeting kind=meeting host=s conf=0.7
  v:(تسلم | تسلمت | تقبل | تقبلت | تلقى | تلقت) $when* s:PER $hostappos? $hostgap (نسخة من | نسخا من)? أوراق اعتماد o:($agents (COMMA? CONJ (نسخة من | نسخا من)? أوراق اعتماد $agents)*)
# «تسلم معالي الدكتور X، وزير الخارجية، اليوم، نسخا من أوراق اعتماد كل من
# سعادة السيد A، سفير P، وسعادة السيدة B، سفيرة Q»: each envoy named
# after «كل من», with his styles, meets the host
rule credentials-received-each stage=relation action=meeting kind=meeting host=s conf=0.7
  v:(تسلم | تسلمت | تقبل | تقبلت | تلقى | تلقت) $when* $courtstyle* s:PER $hostappos? $hostgap* (نسخة من | نسخا من | نسخ)? أوراق اعتماد (كل من | كلا من) o:list(@style? HON* PER)
# «تسلم X في قصر P أوراق اعتماد عدد من السفراء الجدد، وهم:»: a ceremony of
# several ambassadors, the host and his venue, then those named on the
# lines after the colon take part in it and meet the host (host=s); «وحضر مراسم تسلم أوراق الاعتماد
# Y وZ»: those present at the ceremony, the report's own event
define manyenvoys = (عدد من | @cardinal | NUM)? (ROLE_AMB&ROLE_PL | السفراء | سفراء | سفيرين | سفيرتين | رؤساء البعثات) (الجدد | جدد | الجديدين | جديدين)?
# («ملك مملكة البحرين»: the host's title of his state, in apposition;
# «تسلم حضرة صاحب الجلالة الملك X»: his styles before him)
define hostof = ($hostappos | @statehood? CTRY&!LI&!BI | COMMA)*
# the host who receives (the copies of) the credentials of several envoys
define receivedmany = v:(تسلم | تسلمت | تقبل | تقبلت | تلقى | تلقت) $when* $courtstyle* s:PER $hostof $hostgap (نسخة من | نسخا من | نسخ)? أوراق اعتماد $manyenvoys
rule credentials-received-many stage=relation action=attend kind=meeting ceremony=yes conf=0.65
  $receivedmany
rule credentials-received-list stage=relation action=attend-list kind=meeting host=s conf=0.6
  $receivedmany (!STOP&!PER){0,8} COMMA? CONJ? (هم | هما)? COLON
# («، وهم: سفير P X، وسفيرة Q Y»: the list on the same line after the
# colon; «وهم ...» opening the sentence after)
rule credentials-received-inline stage=relation action=meeting kind=meeting host=s conf=0.65
  $receivedmany (!STOP&!PER){0,8} COMMA? CONJ? (هم | هما) COLON? o:list(HON* PER)
rule credentials-they-are stage=relation action=attend kind=meeting event=ceremony host=meet conf=0.6
  CONJ? (هم&FIRST | ROLE_AMB&ROLE_PL (الجدد | جدد)? CONJ? هم) COLON? s:list(HON* PER)
# («والسفراء هم:»: the list in a sentence of its own after the ceremony's)
rule credentials-envoys-are stage=relation action=attend-list event=ceremony conf=0.6
  CONJ? ROLE_AMB&ROLE_PL (الجدد | جدد)? CONJ? هم COLON
rule credentials-ceremony-attended stage=relation action=attend kind=any event=ceremony near=no conf=0.6
  @attend $when* (مراسم | مراسيم | حفل | مراسم حفل) (تسلم | تقديم | تسليم) أوراق (الاعتماد | اعتماد) $manyenvoys? $commawhen s:$agents
# «وأقيمت مراسم تقديم أوراق الاعتماد في قصر P بمدينة Q»: the place of a
# ceremony of envoys told sentences before
rule credentials-ceremony-held stage=relation action=place event=ceremony near=no conf=0.6
  (@event-verb | جرت | أقيمت)? (مراسم | مراسيم | حفل | مراسم حفل) (تسلم | تقديم | تسليم) أوراق (الاعتماد | اعتماد) $when* (في | ب) $placeword? p:$places ($bicity | p:PLACE&BI&!CITY)?
# «وقدم أوراق اعتمادهم كل من سفير P A، وسفيرة Q B»: the envoys of a
# ceremony told sentences before take part in it and meet its host
rule credentials-those-presented stage=relation action=attend kind=meeting event=ceremony near=no host=meet who=persons conf=0.6
  CONJ? (قدم | قدمها | قدموا) أوراق (اعتمادهم | اعتمادهما | اعتمادهن) (كل من)? COLON? s:list(HON* PER)
# «ونقل الرسالة إلى سموه وزير خارجية P X وذلك لدى استقبال سموه له
# بقصر Q»: the messenger named after the one he handed it to, who is
# named by his style and its pronoun only: the one the text is about
# (subject=implicit: the last sentence's subject); where he received him
rule conveyed-to-style-pronoun stage=relation action=meeting kind=meeting subject=implicit verb=v opens=yes conf=0.65
  CONJ? v:(نقل | نقلت | سلم | سلمت) (الرسالة | رسالة | الرسالتين) (خطية | شفهية | الخطية | الشفهية)? (إلى | الى) @style&ENC o:$agent (CONJ? ذلك? (لدى | عند | خلال | أثناء) (استقبال | لقاء | استقباله) @style&ENC? (له | لها)? (CONJ DLGW (المرافق | المرافقة) (له | لها)?)? (p:PLACE&BI | p:CITY&BI | في p:$places))?
rule conveyed-to stage=relation action=meeting kind=meeting conf=0.65
  v:(نقل | نقلت) $when* s:PER $when* (إلى | الى) o:$agents (تحيات | تحية | تهاني | رسالة)
# («ودعت X نظيرها إلى زيارة P» is «و» + «دعت», "and invited": an object
# followed by «إلى» is invited, not bidden farewell)
rule bade-farewell stage=relation action=meeting kind=meeting host=s conf=0.65
  v:(ودع | ودعت) $when* s:PER $hostappos? $hostgap (ضيفه | ضيفها)? o:$agents $when* !إلى&!الى&!لزيارة
rule briefed stage=relation action=meeting kind=meeting conf=0.6
  v:(أطلع | أطلعت | يطلع) $when* s:PER $when* o:list(PER) على
# («أقامت X حفل استقبال تكريما للسفير Y في أكرا»: the city after the
# guest; «أقام X، مساء اليوم، مأدبة إفطار …»: the host's time and place;
# «مأدبة عشاء» an event's word of events.tsv)
rule banquet-for stage=relation action=meeting kind=meeting host=s conf=0.65
  v:(أقام | أقامت | يقيم | تقيم) $when* s:PER $hostappos? $hostgap ((مأدبة | حفل | حفلا) (عشاء | غداء | إفطار | استقبال)? | e:EVT) (رسمية | رسمي)? $commawhen (تكريما | على شرف)? (لضيفه | لضيفها | لضيفهم | ل)? o:$agents $withdlg? (في $placeword? p:$places | $bicity)?
# «وكان في استقبال الوزير X لدى وصوله إلى المطار نظيره Y»: Y receives X
# («لدى وصوله مطار الملك خالد الدولي Y»: the airport without «إلى»)
rule in-reception-of stage=relation action=meeting kind=meeting host=s conf=0.7
  في استقبال o:$agent ((لدى | عند | فور) CONJ? @visit ((إلى | الى) $placeword? (@place-head $complement{0,2} | p:$places) | @place-head $complement{0,3} | p:$places)?)? COMMA? s:$agents
# «وكان في استقباله لدى وصوله الرئيس X», «واستقبله لدى وصوله إلى المطار
# الرئيس X», «وكان في وداعه لدى مغادرته المطار X», «وكان في مقدمة
# مودعيه X», «لدى وصوله مطار الرباط سلا الدولي» (a city in the airport's
# name): the guest a pronoun,
# the one the text is about (the host named after); «وقد استقبله الرئيس
# X في قصر P»: where, after the host
rule received-him-on-arrival stage=relation action=meeting kind=meeting subject=implicit conf=0.65
  (في v:(استقباله | استقبالها | وداعه | وداعها) | (في مقدمة | على رأس) v:(مستقبليه | مستقبليها | مودعيه | مودعيها) | v:(استقبله | استقبلته | استقبلها | استقبلتها | ودعه | ودعها)) ((لدى | عند | فور | قبل) CONJ? (@visit | مغادرته | مغادرتها) ((إلى | الى) $placeword? (@place-head ($complement | LOC){0,3} | $places @adjective*) | $places @adjective* | @place-head ($complement | LOC){0,3})?)? COMMA? o:$agents (COMMA? (في | ب) $placeword? p:$places)?
# «يصل إلى فندق P في الدوحة، مقر المفاوضات المباشرة»: a place and its
# city, then in apposition the seat of an event: where the event is held
rule ar-place-seat-of-event stage=relation action=place conf=0.6
  p:$places (في p:$places)? COMMA (مقر | مكان | مقرّ) e:EVT
# «X استقبل في P Y»: the host named before the verb («X استقبل اليوم بقصر
# الرئاسة في P Y»: a venue the names do not know, then its city; «بقصر
# قرطاج في P»: a known one behind «ب», then its city)
# «واستُقبل الوزير X من قبل الرئيس Y في Z», «واستُقبل X في Z من قبل Y»: the passive (the vowels that
# mark it are seldom written; «من قبل» says it) names the host after
# («كما سيستقبل السيد X، خلال هذه الزيارة، من طرف رئيس الجمهورية، السيد
# Y»: the Maghreb's «من طرف» for «من قبل», and the visit's time between
# commas)
define duringvisit = (خلال | أثناء | اثناء) (هذه | تلك)? (الزيارة | زيارته | زيارتها | زيارتهم)
rule welcomed-by stage=relation action=meeting kind=meeting host=s conf=0.7
  @welcome $when* o:$agent (COMMA? ($when | $duringvisit))* COMMA? (في $placeword? p:$places $when*)? $byparty s:$agents $when* (في (@place-head $complement{0,2})? $placeword? p:$places)?

# («X، قد استقبل، هذا الثلاثاء، بمقر الوزارة، السيدة Y»: a machine
# translation's commas around «قد» and the time and venue)
rule welcome-subject-first stage=relation action=meeting kind=meeting host=s conf=0.7
  s:$agent (COMMA $aux+ | $aux*) @welcome $commawhen ($venue COMMA?)? (في (@place-head $complement{0,2})? $placeword? p:$places $when* | $bivenue (في $placeword? p:$places $when*)?)? (ب)? o:$agents (في $placeword? p:$places)?
# «ثم استقبل وفدا من P», «كما استقبل النائب X»: a verb of receiving after
# «كما» or «ثم» with its host unsaid goes on with the one the text is
# about (subject=implicit: the last sentence's subject); not «كما رحب X
# بالزيارة» ("welcomed" the visit, its subject named); not a verb alone
# («وفي اليوم الموالي، استقبل الملك X، بالقصر، Y» names its host after it);
# only where «كما» or «ثم» opens the sentence (opens=yes: not «استقبل X Y،
# كما استقبل Z», whose host is X, not the guest Y); the verb's gender
# chooses among the hosts (verb=v: «كما استقبلت» a woman's)
rule welcome-implicit-subject stage=relation action=meeting kind=meeting subject=implicit verb=v opens=yes conf=0.6
  CONJ? (كما | ثم) v:(استقبل | استقبلت) $when* (في (@place-head $complement{0,2})? $placeword? p:$places $when*)? (ب | كلا من | كل من)? o:$agents (في $placeword? p:$places)?

# «محادثات بين X و Y», «المفاوضات المباشرة بين الحكومة والمعارضة»,
# «الاجتماع الذي عقد في جنيف بين X وY»,
# «مفاوضات في جنيف بين X و Y» (the place between)
# («وجرى اتصال هاتفي اليوم بين X وY»: a call, and the time between;
# «وجرى لقاء في قصر الضيافة بين X وY»: a venue the lexicon does not
# know, by its head, between)
rule event-between stage=relation action=between conf=0.8
  e:EVT (@adjective | غير @adjective)* @phone? $when* ((الذي | التي) $aux* @event-verb)? (في LOC | في (@place-head | @building) $venuetail)? بين o:$parties
# «خلال الاتصال الذي جرى بين X وY»: «الاتصال» alone is also "contact" or
# "communications" («وزير الاتصال»); a call where it took place between
# two parties
rule call-noun-between stage=relation action=between kind=call conf=0.7
  v:(الاتصال | اتصال) (الذي | الهاتفي الذي)? $aux* @event-verb $when* بين o:$parties
# «الحوار بين X والدول الأوروبية الثلاث، A وB وC»: the countries a
# plural names, listed after its comma, are the other side (they meet X,
# not each other)
rule event-between-plural-side stage=relation action=between sides=two conf=0.75
  e:EVT (@adjective | غير @adjective)* $when* (في LOC)? بين s:$parties (والدول | والبلدان) (!PUNCT&!AGENT&!LOC&!EVT&!@stop){0,2} COMMA o:$parties
# «مفاوضات بين الحكومة الكينية والمتمردين»: one side named, the other a
# common noun: the named side takes part
# («اجتماع بين ممثلي حكومة P وتحالف من الجماعات»: the named side through
# its representatives, a country's government)
rule event-between-one-named stage=relation action=with conf=0.7
  e:EVT (@adjective)* (في LOC)? بين $representatives? (حكومة | الحكومة)? o:$agent CONJ? !AGENT&!PUNCT&!LOC&!ROLE&!EVT&!@stop

# «محادثات مع X», «محادثات السلام مع X»
# «وصرح X للصحفيين عقب لقائه نظيره المصري», «X ، خلال استقباله Y ،»:
# the subject meets the one his own meeting names
# («أعرب X خلال لقائه في بروكسل Y عن ...»: the place of the meeting
# between)
define during = خلال | أثناء | اثناء | لدى | عند | عقب | بعد
define receiving = استقباله | استقبالها
# («خلال اللقاء الذي جمعه اليوم في P مع Y»: the meeting that brought him
# together with Y; «في لقاء جمعه بـY», «في اجتماع عقده مع Y»: an
# indefinite meeting takes its relative clause without «الذي», and «في»
# before it when the clause follows)
define ownmeeting = جمعه | جمعها | جمعهما | عقده | عقدها | عقداه | أجراه | أجراها | أجرياه
rule subject-after-own-event stage=relation action=meeting conf=0.65
  s:$freeagent COMMA? (!PUNCT&!AGENT&!EVT&!STOP){0,2} (($during | قبيل) e:EVT ((الذي | التي)? $ownmeeting)? | في e:EVT (الذي | التي)? $ownmeeting) $when* (في $placeword? p:$places $when*)? (مع | ب)? o:$agents (في $placeword? p:$places | $bicity)?
# («أكد X خلال استقباله بقصر Z Y»: a venue between the reception and
# the guest)
rule subject-while-receiving stage=relation action=meeting kind=meeting host=s conf=0.65
  s:$freeagent COMMA? (!PUNCT&!AGENT&!EVT&!STOP){0,2} ($during) ($receiving) $when* (في $placeword? p:$places $when* | $bivenue | في? @place-head (@adjective | !PUNCT&!AGENT&!LOC&!EVT&!ROLE&!@stop)? $when*)? o:$agents (في $placeword? p:$places)?
# «خلال استقباله Y في P ، أكد X»
rule receiving-then-subject stage=relation action=meeting kind=meeting host=s conf=0.65
  ($during) ($receiving) o:$agents (في $placeword? p:$places)? COMMA? @speech s:$agent
# «وصل X في زيارة رسمية يلتقي خلالها Y», «وصل X إلى P في زيارة يلتقي
# خلالها Y» (they meet where he came)
rule visit-during-which stage=relation action=meeting kind=meeting conf=0.65
  s:$agent $when* ((إلى | الى) p:$places $when*)? (في)? @visit (رسمية | @adjective)* COMMA? @meet (خلالها | فيها) o:$agents
# «لقاء الوزير X مع Y», «اتصال الرئيس X بنظيره Y»: the event's
# possessor meets Y
# («لقاء المبعوث في العاصمة P مع Y»: the place of the meeting before «مع»)
rule possessor-event-with stage=relation action=meeting conf=0.7
  e:EVT $medium? s:PER (@adjective | $when)* $commawhen ($meetplace $commawhen)? (مع | ب) o:$agents
# «خلال لقاء جمع الوزير X بالسفير Y»، «اللقاء الذي جمع X ونظيره Y»: the
# meeting that brought them together
# (not «اللقاء الذي جمع A وB مع C»: A and B are one side, rule
# event-brought-together-sides)
rule event-brought-together stage=relation action=meeting kind=meeting conf=0.7
  e:EVT (@adjective)* (الذي | التي)? (جمع | جمعت | يجمع | تجمع | سيجمع | ستجمع) $when* بين? s:$agent $when* (مع | ب | CONJ)? o:$agents (في $placeword? p:$places)? !مع
# «اللقاء الذي جمع رئيس الوزراء X ووزير الخارجية Y مع المبعوثة Z»: the
# parties before «مع» meet those after it
# («وكان لقاء قد جمع الرئيس X الأسبوع الماضي في قصر P بالمدينة Z مع الوزير
# Y»: «قد» before the verb, the time and the place before «مع»)
rule event-brought-together-sides stage=relation action=meeting kind=meeting conf=0.7
  e:EVT (@adjective)* (الذي | التي)? قد? (جمع | جمعت | يجمع | تجمع | سيجمع | ستجمع) $when* بين? s:$agents $when* ($meetplace $when*)? مع o:$agents
# «وجمع لقاء ثلاثي X وY وZ»: the verb first, the event its subject
# («وجمع لقاء في أنقرة اليوم بين X وY»: its place and time, then «بين»)
rule event-brought-together-verb-first stage=relation action=meeting kind=meeting conf=0.7
  (جمع | جمعت | يجمع | تجمع) $when* e:EVT $evadj* $when* (في $placeword? p:$places $when*)? بين? s:$agent (CONJ | مع | ب) o:$agents (في $placeword? p:$places)?
# «قمة ثلاثية جمعت الرئيس A، والرئيس B، والملك C، في قصر P»: a summit
# that brought together leaders each named after «، و» (the list of the
# other rules takes «و» once, at its end); they all meet, and the place
# after the last of them, past a comma, is the summit's (not «جمع A وB
# مع C»: two sides, rule event-brought-together-sides)
rule ar-event-brought-together-all stage=relation action=meeting kind=meeting plural=s conf=0.7
  e:EVT $evadj* $commawhen (الذي | التي)? (جمع | جمعت | يجمع | تجمع | سيجمع | ستجمع) $when* بين? s:($agent (COMMA? CONJ $agent)+) p:($commawhen (في | ب) $placeword? $places)* !مع
rule event-with stage=relation action=with conf=0.7
  e:EVT (@adjective | السلام)* مع o:$parties

# «أدار X المحادثات», «توسطت قطر في المفاوضات»: the one who ran the talks
# («ويتوسط الاتحاد الأفريقي وهيئة إيغاد في المفاوضات»: a body the names do
# not know after the known ones ends the list)
# («ورعت غامبيا بالاشتراك مع الأمم المتحدة المحادثات»: jointly with)
# («رعى الرئيس X في عنتيبي اليوم اجتماعا بين A وB»: the place before the
# event is the event's)
rule mediator-verb-first stage=relation action=mediate conf=0.7
  @run $when* m:(list($body | PER) (بالاشتراك مع list($body | PER))?) (CONJ @org-head? $complement)? $when* (في $placeword? p:$places $when*)? (في)? e:EVT
# «وكان X قد رعى في جدة الأسبوع الماضي اجتماعا بين A وB»: the sponsor
# named first
rule ar-mediator-subject-first stage=relation action=mediate conf=0.65
  m:PER $aux* @run $when* (في $placeword? p:$places $when*)? e:EVT
# «وأدار الجلسة المبعوث الأممي X»: the event before the one who ran it
rule mediator-object-first stage=relation action=mediate conf=0.65
  @run $when* e:EVT $evadj* $when* m:list($body | PER)
# «المحادثات بين X وY، التي ترعاها قطر ومصر»: the event's sponsors in a
# relative clause after it
# («التي تتوسط فيها كينيا بالاشتراك مع الاتحاد الأفريقي»: a co-mediator
# after «بالاشتراك مع»)
rule event-which-sponsors stage=relation action=mediate conf=0.7
  e:EVT (!PUNCT&!EVT&!STOP){0,8} COMMA? (التي | الذي) @run (فيها | فيه)? $when* m:(list($body | PER) ((بالاشتراك | بالتعاون | بالتنسيق) مع list($body | PER))?)

# «X ضمن فريق الوسطاء»: among the mediators of the document's event
# «وتتوسط قطر بين الحكومة والحركة», «ويقود الوساطة الاتحاد الأفريقي»:
# mediators of the article's event
define mediating = تتوسط | يتوسط | توسطت | توسط
rule mediating-between stage=relation action=mediate conf=0.7
  ($mediating) $when* m:list($body | PER) $when* بين
# «وأعلنت الجزائر استعدادها للتوسط بين …»: the offer to mediate
rule mediating-between-subject-first stage=relation action=mediate conf=0.65
  m:list($body | PER) $aux* (($mediating) | استعداد (التوسط | للتوسط)) $when* بين
# «المبعوث الأممي X، الذي يتوسط في المحادثات،», «قطر التي توسطت في
# المفاوضات»: a relative clause of the mediator, the event it names
# («النرويج وسويسرا، اللتان تتوسطان في المفاوضات»: two mediators, the
# relative pronoun and the verb in the dual)
define whichmed = الذي | التي | اللذان | اللتان | اللذين | اللتين | الذين
rule ar-who-mediates-in stage=relation action=mediate conf=0.7
  m:list($body | PER) COMMA? ($whichmed) $aux* ($mediating | يتوسطان | تتوسطان | توسطا | توسطتا | يتوسطون | توسطوا) $when* في e:EVT
# «X، الذي أدار الوساطة في محادثات P،», «التي قادت جهود الوساطة في
# المفاوضات»: who ran or led the mediation in the event («بين الحكومة
# والمتمردين»: between the parties, the article's event)
rule ar-who-ran-mediation-in stage=relation action=mediate conf=0.7
  m:list($body | PER) COMMA? ($whichmed) $aux* (@run | @lead&!برئاسة&!بقيادة | تولى | تولت | يتولى | تتولى) (الوساطة | جهود الوساطة | وساطة) $when* ((في | بين) e:EVT | بين)
# «بفضل المساعي الحميدة لسلطنة عمان», «عبر المساعي الحميدة التي بذلتها
# الكويت»: good offices, the mediators of the article's event
rule ar-good-offices stage=relation action=mediate conf=0.65
  (المساعي | مساعي | جهود | الجهود) الحميدة ((التي | الذي) (بذلتها | بذلها | تبذلها | يبذلها | قامت | قام) (بها | به)?)? m:list($body | PER)
rule leads-mediation stage=relation action=mediate conf=0.7
  @lead $when* (الوساطة | جهود الوساطة) $when* m:list($body | PER)
# «أشاد بجهود سلطنة عمان في الوساطة في جولات المحادثات بين A وB»,
# «دور قطر في التوسط في المفاوضات»: the efforts of a body in mediating
# the event named after them
rule ar-efforts-of-in-mediating stage=relation action=mediate conf=0.7
  (جهود | بجهود | دور | بدور | مساعي | بمساعي) m:list($body | PER) (في | على)? (الوساطة | التوسط | وساطتها | وساطته) (في | بين)? e:EVT
# «جهود الوساطة المصرية», «بفضل وساطة قطرية»: mediation as a noun
# with its mediator's adjective or name (the document's event), «بجهود
# الوساطة التي تبذلها الكويت», «التي يبذلها الرئيس X» (a person's)
rule mediation-of stage=relation action=mediate conf=0.65
  (جهود | بجهود)? (الوساطة | وساطة) ((التي | الذي) (تبذلها | يبذلها | بذلتها | بذلها | تقودها | يقودها | قادتها | قادها))? m:(list(DEM | CTRY | ORG | PER) DEM*)
# «وتقود الكويت وساطة بين الطرفين», «وتبذل مصر جهود وساطة»
rule leads-a-mediation stage=relation action=mediate conf=0.65
  (@lead | تبذل | يبذل | بذلت | بذل | تقوم | يقوم | قامت | قام | تولت | تولى | تتولى | يتولى) $when* m:list($body | PER) $when* (وساطة | الوساطة | بوساطة | جهود وساطة | جهودا للوساطة | جهود الوساطة | بجهود وساطة)
# «الوسطاء القطريون والمصريون», «الوسيط الكويتي»: the countries of the
# mediators, of the article's event
rule ar-national-mediators stage=relation action=mediate conf=0.65
  (الوسطاء | الوسيط | الوسيطان | الوسيطين) m:list(DEM)
# «التقى الوسطاء المصريون والقطريون قادة الحركة»: the countries of the
# mediators who meet, of the meeting the verb names
rule ar-national-mediators-met stage=relation action=mediate kind=meeting conf=0.65
  v:@meet $when* (الوسطاء | الوسيط | الوسيطان | الوسيطين | وسطاء) m:list(DEM)
# «وقال وسيط الاتحاد الأفريقي X», «الوسيط الأممي X»: a person titled
# mediator mediates the article's event
rule ar-mediator-title-name stage=relation action=mediate conf=0.65
  (وسيط | الوسيط | وسيطة | الوسيطة) ($body | DEM)* HON? m:PER
# «والتقى وسطاء من مصر وقطر مسؤولين من حماس»: where the mediators come from
rule ar-mediators-from stage=relation action=mediate conf=0.65
  (وسطاء | الوسطاء) (من | عن) m:list($body)
rule among-mediators stage=relation action=mediate conf=0.65
  m:list($body | PER) COMMA? (ضمن | من) DLGW? (الوسطاء | الوساطة)

# «بوساطة قطرية», «برعاية الأمم المتحدة», «تحت رعاية X», «بوساطة من
# الاتحاد الأفريقي», «بوساطة مشتركة من X وY», «برعاية سعودية أمريكية» (two
# adjectives side by side)
# («برعاية الأمم المتحدة ووساطة الرئيس X»: a second sponsor behind its
# own word of mediation, the conjunction before it)
rule mediated-by stage=relation action=mediate conf=0.8
  e:EVT (!EVT&!STOP){0,12} @mediate (@adjective | مشتركة)* من? m:(list($body | PER) DEM* (CONJ (@mediate | وساطة | رعاية | إشراف) (@adjective | مشتركة)* من? list($body | PER) DEM*)*)
# «جرت المحادثات بين الجانبين تحت رعاية X وY»: close to the event (not
# «اللقاء جاء في سياق مبادرة … تحت رعاية X», the auspices of another thing)
rule ar-under-auspices stage=relation action=mediate conf=0.75
  e:EVT (!EVT&!STOP){0,5} تحت (رعاية | إشراف) (@adjective | مشتركة)* من? m:(list($body | PER) DEM*)
# «وذلك تحت رعاية X» after the clause that tells the event, with its
# comma: «ذلك» takes the whole clause back (up to twenty words); a style and an
# honorific before the sponsor's name («معالي السيد X»)
rule ar-that-under-auspices stage=relation action=mediate conf=0.7
  e:EVT (!EVT&!STOP){0,20} COMMA CONJ? ذلك (تحت (رعاية | إشراف) | @mediate) (@adjective | مشتركة)* من? @style? HON* m:(list($body | PER) DEM*)
# fronted, its clause after a comma: «تحت رعاية الكويت، استأنف الطرفان
# المفاوضات في نيروبي», «برعاية X، عقدت المحادثات»
rule ar-fronted-under-auspices stage=relation action=mediate conf=0.65
  (تحت (رعاية | إشراف) | @mediate) (@adjective | مشتركة)* من? m:list($body | PER) COMMA (!EVT&!STOP&!@mediate){0,14} e:EVT
# «التقى وفد X وفد Y في جدة تحت رعاية سعودية أمريكية»: a verb of meeting,
# no event noun, then the auspices (the mediators of the text's event)
rule ar-met-under-auspices stage=relation action=mediate conf=0.7
  @meet (!EVT&!STOP&!@meet){0,10} (تحت (رعاية | إشراف) | بوساطة | برعاية) (@adjective | مشتركة)* من? m:(list($body | PER) DEM*)

# «اجتماع ثلاثي لوزراء خارجية مصر والأردن والعراق»: the event of the
# officials of several bodies, who take part in it
rule ar-event-of-officials stage=relation action=attend conf=0.65
  e:EVT $evadj* s:(RNP&PLURAL&LI)
# «شارك X في الاجتماع», «حضر X القمة», «X يشارك في المحادثات»
# («شارك X عبر تقنية الاتصال المرئي في الاجتماع», «شارك X، نيابة عن
# الرئيس Y، في القمة»: how he took part, or for whom, between; «وحضر X،
# سفير كينيا لدى فرنسا، القمة»: the comma that closes his titles)
define attendhow = (عبر | بواسطة | من خلال) (!PUNCT&!AGENT&!EVT&!في){1,4} | COMMA? (نيابة | ممثلا | ممثلة) (!PUNCT&!EVT){1,6} COMMA?
rule attend-verb-first stage=relation action=attend conf=0.75
  @attend $when* s:$agents (COMMA? $when)* COMMA? $attendhow? (في)? $complement{0,2} e:EVT
# «X ، الذي شارك في الاجتماع مع Y»: who took part
rule who-attended stage=relation action=attend conf=0.7
  s:PER COMMA? (الذي | التي) $aux* @attend $when* (في)? e:EVT

# («وكان X قد شارك مساء أمس عبر الاتصال المرئي في الاجتماع»: how he
# took part, between)
rule attend-subject-first stage=relation action=attend conf=0.7
  s:$agents $aux* @attend $when* $attendhow? (في)? e:EVT
# «وقال X عقب الاجتماع في P إن …», «وأكد X في ختام المحادثات أن …»: the
# speaker, right after the event he speaks at the close of, took part in
# it (the Arabic of "Speaking after the meeting in P, X said")
define speakafter = عقب | بعد | في ختام | في أعقاب | لدى انتهاء | عقب انتهاء | بعد انتهاء | عقب اختتام | بعد اختتام | في ختام أعمال
rule ar-speaker-after-event stage=relation action=attend conf=0.65
  @speech s:list(PER | DLG) $when* COMMA? $speakafter e:EVT (@adjective)* $when* (في $placeword? p:$places | $bicity)? $when* COMMA? (إن | أن | ان | على | عن)
# «وشارك في الاجتماع X ، وY ، إلى جانب Z», «وحضر الاجتماع X»: the event,
# then who took part («وشارك في الاجتماع ممثلا عن الأردن السفير X»,
# «وشارك في الاجتماع كل من X وY»)
# («ويشارك في المحادثات، إلى جانب الوفدين، X»: those already named set
# aside between commas)
# («وشارك في الاجتماع ممثلون عن A وB», «ممثلو الحكومة»: the bodies
# the representatives stand for (representatives); «وحضر المؤتمر، الذي
# عقد في P، X», «ويشارك في هذا الاجتماع الذي يترأسه X، A وB»: the
# event's relative clause between commas, of where it was held or who
# chairs it, or which city hosts it («التي تستضيفها جدة»); «وزراء خارجية كل من A وB»: the plural title, then «كل من»)
# «أشغال الدورة ...، تحت الرئاسة المشتركة للوزير الأول X ورئيس الحكومة
# Y»: the co-chairs of the event take part in it, and the two meet
rule ar-event-under-co-chairmanship stage=relation action=attend meet=two conf=0.65
  e:EVT $evadj* (!PUNCT&!EVT&!AGENT){0,6} COMMA? تحت (الرئاسة | رئاسة) (المشتركة | المشتركه)? s:$agents
# («وشارك في الاجتماع من مقر الأمانة العامة X»: where from, between;
# «وشارك في الجلسة عبر تقنية الاتصال المرئي X»: how)
define attendfrom = (من | عبر) (مقر | مقره | مقرها | @building | @place-head) ($complement | $body | @body-adjective){0,3}
rule attend-event-first stage=relation action=attend conf=0.7
  @attend $when* في? (أعمال | أشغال | فعاليات | جلسات)? (هذا | هذه)? e:EVT $when* $attendfrom? $medium? $when* ((من | عن) الجانب (DEM | CTRY) COMMA?)? (COMMA? (الذي | التي) (@event-verb (!PUNCT&!AGENT&!EVT){0,6} | @host (في $placeword?)? $places $when* | (يترأسه | يترأسها | ترأسه | ترأسها | يرأسه | يرأسها | رأسه | رأسها) (!PUNCT&!EVT){1,6}) COMMA?)? (في $placeword? $places)? (COMMA? (إلى جانب | الى جانب | بالإضافة إلى | فضلا عن) (s:$agents | (!PUNCT&!EVT){1,4}) COMMA)? $when* (ROLE_ENVOY&ONEWORD&!DEF (عن | ل) $body)? (كل من | كلا من)? $representatives? (كل من | كلا من)? s:$agents (COMMA? (إلى جانب | بالإضافة إلى | إضافة إلى | فضلا عن) s:$agents)?
# «وشارك في القمة وزراء خارجية الدول الثلاث، وهم A وB وC، إلى جانب D»:
# those who took part named by a plural title, then by name after «وهم»
# («ومنهم»: some of them; «وزراء خارجية دول الاتحاد ومندوبو وفودها، وهم
# A، وB»: the body whose members they are, a second plural title
# coordinated before the names)
rule ar-attend-event-title-then-names stage=relation action=attend conf=0.65
  @attend $when* في? (أعمال | أشغال | فعاليات | جلسات)? e:EVT $when* ROLE_PL (!PUNCT&!AGENT&!EVT&!ROLE | ORG | CTRY){0,3} (CONJ ROLE_PL (DLGW | !PUNCT&!AGENT&!EVT&!ROLE){0,2})? COMMA? CONJ? (هم | هما | منهم | بينهم | من بينهم) COLON? s:$agents (COMMA? (إلى جانب | الى جانب | بالإضافة إلى | إضافة إلى | فضلا عن) s:$agents)?
# «وحضر اللقاء مدير مكتب الوزير السفير X، ونائبة المبعوث Y», «وحضر
# الاستقبال من الجانب P النائب الأول لرئيس المجلس X، ورئيس اللجنة Y»: a
# list of who attended, each named after a title the titles do not read
# whole (an office or a department in construct, an ordinal, a second
# title), never another event or a verb between («وحضر مراسم التوقيع،
# التي أقيمت في P، سعادة الدكتور X وزير الدولة، والسيدة Y»: the event's
# relative clause between commas; «وزير الدولة ومبعوث شؤون المناخ X»: two
# titles joined by «و»)
define titledattendee = ((عن | من) الجانب (DEM | CTRY) COMMA?)? ($titlejunk | $body | RNP | في ORG){0,6} CONJ? s:PER&!PRON ($titlejunk | @body-adjective | (لدى | في) $body){0,6}
# (a body's adjective the title's chunk left goes with it: «رئيس
# الاستخبارات العامة»; a title's department before the name: «ومدير إدارة
# المنظمات الدولية في الوزارة الدكتور X»; the other side's after «وعن
# الجانب الروسي»); up to eight of them, each its own capture (a
# capture repeated by "*" keeps only its last match: the middle ones of
# «X، وY، وZ» were lost);
# a semicolon may part them as a comma does («X، نائب الرئيس؛ وY»)
define titledattendees = $titledattendee ((COMMA | SEMI)? CONJ $titledattendee | COMMA (وعن | ومن) الجانب (DEM | CTRY) COMMA? $titledattendee)? ((COMMA | SEMI)? CONJ $titledattendee | COMMA (وعن | ومن) الجانب (DEM | CTRY) COMMA? $titledattendee)? ((COMMA | SEMI)? CONJ $titledattendee | COMMA (وعن | ومن) الجانب (DEM | CTRY) COMMA? $titledattendee)? ((COMMA | SEMI)? CONJ $titledattendee | COMMA (وعن | ومن) الجانب (DEM | CTRY) COMMA? $titledattendee)? ((COMMA | SEMI)? CONJ $titledattendee | COMMA (وعن | ومن) الجانب (DEM | CTRY) COMMA? $titledattendee)? ((COMMA | SEMI)? CONJ $titledattendee | COMMA (وعن | ومن) الجانب (DEM | CTRY) COMMA? $titledattendee)? ((COMMA | SEMI)? CONJ $titledattendee | COMMA (وعن | ومن) الجانب (DEM | CTRY) COMMA? $titledattendee)?
rule ar-attend-event-titled-list stage=relation action=attend conf=0.65
  @attend $when* e:EVT $when* (COMMA (التي | الذي) @event-verb (!PUNCT&!AGENT&!EVT){0,6} COMMA)? (من الجانب (DEM | CTRY))? $titledattendees
# «حضر اللقاء سمو الشيخ X ولي العهد، ومعالي Y وزير دولة، وسعادة Z
# المدير العام لمؤسسة P للموارد، وسعادة W سفير الدولة لدى Q، وعدد من
# كبار المسؤولين»: every person of the run of names and titles after
# the event (titles the chunks do not read whole, bodies' names in
# construct after «لـ»), up to the sentence's end, a verb, a relative
# pronoun, «عدد» («وعدد من المسؤولين»), «بينما», «فيما», one present for
# another («نيابة عن», «إنابة عن», «ممثلا عن», «بتكليف من»; a title before
# «عن», «وممثل عن X، Y»: arabicRunEnd) or a new
# clause after a comma and «و» (titledRun); not a name inside the titles
# of another («مدير مكتب سمو الشيخ Y»: servedIn)
define arrun = !STOP&!EVT&!@speech&!@meet&!@welcome&!@attend&!عدد&!نيابة&!إنابة&!بتكليف&!ممثلا&!ممثلة&!عوضا&!بدلا&!الذي&!التي&!حيث&!بينما&!فيما&!إذ
# (the side named before the run, «من الجانب P»، is the country of its
# titles, for=yes)
rule ar-attend-event-titled-run stage=relation action=attend who=persons run=titles for=yes conf=0.55
  @attend $when* e:EVT $when* (COMMA (التي | الذي) @event-verb (!PUNCT&!AGENT&!EVT){0,6} COMMA)? (من الجانب c:(DEM | CTRY))? (كل من | كلا من)? s:$arrun+
# «حضر جلسة المباحثات من الجانب P: ...، فيما حضرها من الجانب Q: X وزير
# ...، وY ...»: the other side's run after the verb with the event's
# pronoun (the event the text named last), its titles that side's
rule ar-attended-it-side-run stage=relation action=attend kind=any who=persons run=titles for=yes conf=0.55
  (فيما | بينما | كما | CONJ)? (حضرها | حضرتها | حضره | حضرته | حضرهما) (من | عن) الجانب c:(DEM | CTRY) COLON? (كل من | كلا من)? s:$arrun+
# «وجرى خلال اللقاء، الذي حضره وزير الدولة X، استعراض ...», «في
# الاجتماع الذي شارك فيه X»: who attended, in a relative clause after
# the event
rule event-which-attended stage=relation action=attend conf=0.65
  e:EVT $evadj* COMMA? (الذي | التي) $when* (حضره | حضرها | حضرته | شارك فيه | شارك فيها | شاركت فيه | شاركت فيها | يحضره | يحضرها | يشارك فيه | يشارك فيها) $when* (كل من | كلا من)? s:$agents
# «ويحضر المحادثات بصفة مراقب ممثلون عن X وعن Y وZ»: observers take part
# (the preposition again before each body)
rule ar-attend-as-observer stage=relation action=attend conf=0.65
  @attend $when* في? e:EVT $when* (بصفة | بصفتهم | بصفتها)? (مراقب | مراقبين | مراقبون | مراقبة | كمراقب | كمراقبين) $representatives? s:($agents (CONJ (عن | من) $agents)*)
# («وشارك في الاجتماع الذي عقد عبر الاتصال المرئي X»: how it was held;
# «وشارك في أعمال الاجتماع X»: its proceedings)
# «وعقد الاجتماع في عمان. وشارك فيه X وY»: who took part in the event
# the text named before; «كما حضره X», «وحضرها X»: the verb with its
# pronoun (after «كما» alone for «حضره», whose key is that of the
# honorific «حضرة», as in «وحضرة صاحب السمو»)
# («وشارك في أعمالها X»: in "its proceedings", the event's pronoun on
# its sessions' noun, where the sentence opens with the verb; not after
# a relative clause of a body: «اللجنة التي تأسست ... وشارك في أعمالها»)
rule attended-it stage=relation action=attend kind=any conf=0.65
  (@attend (فيه | فيها) | @attend&FIRST في (أعمالها | أعماله | اعمالها | اعماله | أشغالها | أشغاله | جلساتها | جلساته) | كما (حضره | حضرها | حضرهما) | CONJ (حضرها | حضرهما)) $when* (كل من | كلا من)? s:$agents (COMMA? (إلى جانب | بالإضافة إلى | إضافة إلى | فضلا عن) s:$agents)?
# «قمة إقليمية للمناخ يحضرها X»: the event, then a verb of attending
# with its pronoun, then who attends it (not «الذي لم يحضره X»)
rule event-attended-by stage=relation action=attend conf=0.65
  e:EVT (!PUNCT&!EVT&!PER&!@attend&!@negation){0,4} (يحضرها | يحضره | حضرها | حضره | سيحضرها | سيحضره | تحضرها | تحضره) $when* (كل من | كلا من)? s:$agents
# «وشهدت القمة مشاركة X», «شهد الاجتماع حضور X وY»: the event saw them
# take part
rule event-saw-participation stage=relation action=attend conf=0.65
  (شهد | شهدت | يشهد | تشهد) $when* (أعمال | أشغال | فعاليات)? e:EVT $evadj* $when* (مشاركة | حضور | بمشاركة | بحضور) (كل من | كلا من)? s:$agents
# «وفي إطار مشاركته في القمة، التقى X …», «قال X، خلال مشاركته في
# المؤتمر، إن …»: his taking part, named with its pronoun
define ownpart = (في إطار | خلال | أثناء | لدى | عقب | على هامش) (مشاركته | مشاركتها | حضوره | حضورها) في (أعمال | أشغال | فعاليات)? e:EVT $evadj* (في $placeword? $places | $bicity)?
rule own-participation-then-subject stage=relation action=attend conf=0.65
  $ownpart COMMA? CONJ? (@meet | @welcome | @speech | @conduct | @discuss | @call | @attend) $when* s:$agent
rule subject-own-participation stage=relation action=attend conf=0.65
  s:$freeagent COMMA? (@meet | @welcome | @speech | @conduct | @discuss | @call)? $when* COMMA? $ownpart
# «ومن بين المشاركين X», «ومن أبرز المشاركين فيها X»
rule among-participants stage=relation action=attend kind=any conf=0.65
  (من | ضمن)? (بين | أبرز) v:(المشاركين | المشاركون | الحاضرين | الحضور) (فيه | فيها | في e:EVT)? COMMA? s:$agents
# «وشارك في القمة كل من:»: a list of those present follows, a line each
# («- الرئيس X، رئيس جمهورية Y؛»), read by attendeeList
# «ويضم الوفد كلا من:»، «وفد يضم الوزراء التالية أسماؤهم:»: أعضاء الوفد
# يلونه، سطرا سطرا
rule ar-members-follow stage=relation action=member-list conf=0.6
  d:DLG (!STOP&!DLG&!@meet&!@involving){0,8} @involving (كلا من | كل من | (!PUNCT&!STOP){0,2} (التالية | التالي) (أسماؤهم | أسماؤهن | أسماؤهما)?)? COLON
rule ar-attendees-follow stage=relation action=attend-list conf=0.6
  @attend $when* في? (أعمال | أشغال | فعاليات)? e:EVT $evadj* $when* (كل من | كلا من)? COLON
# «والتقى X Y بحضور Z»: who was present at a meeting the verb names
rule met-in-presence-of stage=relation action=attend kind=meeting conf=0.6
  (@meet | @welcome) (!STOP&!EVT&!بحضور&!بمشاركة&!حضور){1,14} (بحضور | بمشاركة | في حضور) (كل من | كلا من)? s:$agents
# «استقبل X Y بحضور معالي Z وزير ...، وسعادة W المدير العام لمؤسسة P
# للموارد»: those present named in a run of names and titles, as after
# «حضر اللقاء» (the run ends where a new clause opens: titledRun)
rule ar-met-in-presence-of-titled-run stage=relation action=attend kind=meeting who=persons run=titles conf=0.55
  (@meet | @welcome) (!STOP&!EVT&!بحضور&!بمشاركة&!حضور){1,14} (بحضور | بمشاركة | في حضور) (كل من | كلا من)? s:$arrun+
# «وجرى الاستقبال بمقر P بحضور مدير ديوان Q، السيد X، ووزير الدولة، وزير
# الشؤون الخارجية، السيد Y»: the run of titles and names present at the
# event its word names (titles the chunks do not read whole)
rule ar-event-in-presence-of-titled-run stage=relation action=attend who=persons run=titles conf=0.55
  e:EVT (!PUNCT&!EVT&!PER){0,12} COMMA? (بحضور | في حضور) (كل من | كلا من)? s:$arrun+
# «وكان لقاء قد جمع X في P مع Y، بحضور Z», «لقاء X في P مع Y جرى بحضور
# Z»: who was present at a meeting its word and its parties name first
rule ar-meeting-of-parties-in-presence-of stage=relation action=attend conf=0.6
  e:EVT (@adjective)* ((الذي | التي)? قد? (جمع | جمعت | يجمع | تجمع) | PER) (!STOP&!EVT&!COMMA&!بحضور&!بمشاركة&!@meet&!@welcome&!@event-verb){1,14} COMMA? (جرى | جرت | تم)? (بحضور | بمشاركة) (كل من | كلا من)? s:$agents
# «أشغال الاجتماع الوزاري لدول P، الذي ترأسه X»: the one who chaired it,
# in a relative clause after the event set off by a comma, takes part
# in it (not «أوضاع المجلس الذي يرأسه X»: the clause of a later noun)
rule ar-event-which-chaired stage=relation action=attend conf=0.65
  e:EVT (!PUNCT&!EVT&!PER){0,8} COMMA (الذي | التي) $aux* (ترأسه | ترأسها | يترأسه | يترأسها | رأسه | رأسها | يرأسه | يرأسها) $when* s:$agents
# «اجتماع … برئاسة X»: who chairs a meeting takes part in it
# «عقد الاجتماع في القاهرة بحضور X»: X attends («بمشاركة كل من X وY»)
# («وتجري الجلسات في P، برئاسة X، وبمشاركة Y»: who chairs it between;
# «استضافت P اجتماعا خصص لبحث ... ، بمشاركة X»: a purpose clause of up
# to twelve words between, as the English rule allows; «بحضور ممثلين عن
# A وB»: the bodies the representatives stand for; «...، إلى جانب ممثل
# عن C»: who joined them, after the list; «...، وممثل عن D»: a
# representative after it)
rule in-presence-of stage=relation action=attend conf=0.65
  e:EVT (!PUNCT&!EVT&!PER){0,12} COMMA? (برئاسة (!PUNCT&!STOP&!EVT){1,6} (COMMA ROLE (!PUNCT&!STOP&!EVT&!PER&!AGENT){0,3})? COMMA CONJ?)? (بحضور | بمشاركة) (كل من | كلا من)? $representatives? s:$agents (COMMA? (إضافة إلى | بالإضافة إلى | إلى جانب | الى جانب | فضلا عن) $representatives? s:$agents)? (COMMA? CONJ $representatives s:$agents)?
# «وافتتح المنتدى سعادة X سفير الدولة، بحضور وزير الدولة Y، وZ رئيسة
# الغرفة»: who opened the event between, then those present, a list after
# titles the titles may not read whole
rule in-presence-of-after-opener stage=relation action=attend conf=0.6
  e:EVT (!PUNCT&!EVT&!@meet&!@welcome){1,8} COMMA (بحضور | بمشاركة) (كل من | كلا من)? $titledattendees
# «اختتم مؤتمر وزراء الطاقة العرب، الذي عقد في قاعة P بمشاركة وزراء
# الطاقة في A وB، إضافة إلى ممثلين عن C»: the event's relative clause,
# where it was held, then who took part (and who joined them)
rule ar-event-which-held-with-participation stage=relation action=attend conf=0.65
  e:EVT (!PUNCT&!EVT&!PER){0,6} COMMA? (الذي | التي) $aux* @event-verb $when* ((في | ب) (!PUNCT&!EVT&!PER&!بمشاركة&!بحضور){1,4})? $when* COMMA? (بحضور | بمشاركة) (كل من | كلا من)? s:$agents (COMMA? (إضافة إلى | بالإضافة إلى | إلى جانب | الى جانب | فضلا عن) $representatives? s:$agents)?
# «وأعلن البيان الختامي للقمة، الذي تلاه المتحدث X، أن ...»: who read the
# closing statement took part in the report's own event (frame=main: not
# in a meeting on its margins, nor in the next session it announces)
rule ar-closing-statement-read-by stage=relation action=attend kind=any frame=main conf=0.6
  v:البيان (الختامي | الختامية) e:EVT? $evadj* COMMA? (الذي | التي)? (تلاه | تلته | قرأه | قرأته | ألقاه | ألقته) $when* s:$agents
# «انطلقت جولة من المحادثات بين A وB، بوساطة قطرية وبمشاركة الاتحاد
# الأفريقي»: who takes part beside the mediator, after the mediation
rule ar-mediation-and-participation stage=relation action=attend conf=0.6
  e:EVT (!STOP&!EVT&!PER){0,14} (بوساطة | برعاية) (!PUNCT&!EVT&!STOP){1,3} CONJ? (بمشاركة | بحضور) (كل من | كلا من)? s:$agents
# «عقدت القمة بمشاركة قادة الدول الأعضاء، ومنهم X»: some named among
# those present
rule in-presence-among stage=relation action=attend conf=0.6
  e:EVT (!PUNCT&!EVT&!PER){0,8} COMMA? (بحضور | بمشاركة) (!PUNCT&!EVT&!AGENT){1,8} COMMA? CONJ? (منهم | بينهم | من بينهم) COLON? s:$agents
# «انطلقت أعمال القمة الطارئة التي دعت إليها جامعة الدول العربية»: the
# body that called the event takes part in it
# «الجلسة، التي احتضنها مقر الاتحاد في أديس أبابا،», «القمة، التي
# تستضيفها دولة قطر في مدينة الدوحة»: the host of the relative clause, a
# venue or a country, and the town after it are the event's places (a
# seat the names do not know, «مقر الأمانة العامة», before the town)
rule ar-event-which-hosted stage=relation action=place conf=0.7
  e:EVT $evadj* COMMA? (التي | الذي) $aux* @host $when* (p:$places | @building (!PUNCT&!AGENT&!LOC&!EVT&!@in){1,3}) $when* (في $placeword? p:$places)?
rule event-convened-by stage=relation action=attend conf=0.6
  e:EVT $evadj* (!PUNCT&!EVT&!PER&!AGENT){0,4} (الذي | التي) $aux* (دعت | دعا) (إليها | إليه) s:$body
# «عقدت اللجنة المشتركة اجتماعها في P، برئاسة X عن الجانب السعودي،
# واللواء Y عن الجانب الباكستاني»: co-chairs, one for each side, who meet
rule chaired-by-two-sides stage=relation action=meeting kind=meeting conf=0.65
  e:EVT (!PUNCT&!EVT&!PER){0,8} COMMA? برئاسة $titlejunk{0,3} s:PER عن (الجانب DEM | CTRY) COMMA? CONJ $titlejunk{0,3} o:PER عن (الجانب DEM | CTRY)
# «وترأس الاجتماع، الذي عُقد في فندق P، وزير الخارجية X»: the verb and
# the event first, the event's relative clause between commas, then the
# one who chaired it («وترأس القمة، التي احتضنها مركز P، رئيس A X بصفته
# رئيس المجموعة، ورئيس B Y بصفته ...، بحضور C وD»: two chairs, each in
# his capacity, then those present)
rule ar-chaired-event-clause-then-name stage=relation action=attend conf=0.65
  (@lead | ترأس | ترأست) e:EVT $evadj* COMMA (الذي | التي) $aux* (@event-verb | @host) (!PUNCT&!EVT&!PER){1,6} COMMA s:$agent ((بصفته | بصفتها) (!PUNCT&!EVT&!PER){1,6})? (COMMA? CONJ s:$agent ((بصفته | بصفتها) (!PUNCT&!EVT&!PER){1,6})?)? (COMMA? (بحضور | بمشاركة) (كل من)? s:$agents)?
# «القمة الثلاثية بين A وB وC، التي عقدت بقصر P برئاسة X»: the parties
# between, then the event's relative clause of where it was held and who
# chaired it
rule ar-event-between-held-at stage=relation action=place conf=0.65
  e:EVT $evadj* بين $parties COMMA (التي | الذي) $aux* @event-verb $when* (في $placeword? p:$places | p:CITY&BI | p:CTRY&BI | p:PLACE&BI | في p:PLACE)
rule ar-event-between-held-chaired stage=relation action=attend conf=0.65
  e:EVT $evadj* بين $parties COMMA (التي | الذي) $aux* @event-verb (!PUNCT&!EVT&!AGENT | ORG){0,6} (برئاسة | ترأسها | ترأسه) s:$agents
# («برئاسة مشتركة لكندا والنرويج»: chaired jointly)
rule chaired-by stage=relation action=attend conf=0.7
  e:EVT (!PUNCT&!EVT&!PER){0,8} COMMA? (برئاسة | ترأسه | يترأسه) مشتركة? s:$agents
# «المؤتمر الدولي حول المناخ المقرر عقده في جنيف», «الاجتماع المقبل،
# المرتقب عقده في P»: where an announced event is to be held, after its
# topic
rule ar-event-due-in stage=relation action=place conf=0.65
  e:EVT $evadj* ((حول | بشأن) (!PUNCT&!EVT&!AGENT&!LOC){1,4})? COMMA? (المقرر | المرتقب | المزمع | المنتظر) (عقده | عقدها | انعقاده | انعقادها) $when* في $placeword? p:$places
# «وألقى X كلمة في افتتاح القمة», «وأكد X في كلمته أمام القمة …»,
# «… كلمة في افتتاح أعمال المؤتمر» (the opening of its proceedings),
# «ومثل X بلاده في القمة»: who speaks at an event or represents his
# country there takes part in it
rule spoke-at-event stage=relation action=attend conf=0.65
  (ألقى | ألقت | يلقي | تلقي) $when* s:$agents $when* (كلمة | خطابا | الكلمة | كلمات) (@adjective | رئيسية | افتتاحية | بلاده | بلادها)* (في | أمام | خلال) (افتتاح | ختام | أعمال | أشغال | فعاليات | جلسة | جلسات){0,2} e:EVT
# «كما ألقى مبعوث الاتحاد إلى P، X، كلمة دعا فيها الطرفين …»: a speech
# whose content follows, no event named, in a report of one: the report's
# own event (frame=main)
rule spoke-at-main-event stage=relation action=attend kind=any frame=main conf=0.6
  v:(ألقى | ألقت) $when* ((ROLE | RNP) (!PUNCT&!EVT&!PER){0,6} COMMA DEM?)? s:$agent COMMA? (كلمة | خطابا) (دعا | دعت | أكد | أكدت | شدد | شددت | حذر | حذرت | أشار | أشارت) فيها
# «كما حضر X بصفة مراقب»: who attended as an observer or a guest, no
# event named: the report's own event
rule attended-as-observer stage=relation action=attend kind=any frame=main conf=0.6
  v:(حضر | حضرت | شارك | شاركت) $when* s:$agent COMMA? $when* بصفة (مراقب | مراقبا | مراقبة | ضيف | ضيفا | ضيفة)
rule in-his-speech-at-event stage=relation action=attend conf=0.65
  @speech $when* s:$agent COMMA? (في | خلال) (كلمته | كلمتها | خطابه | خطابها) (أمام | في | خلال) (افتتاح | ختام | أعمال | جلسة)? e:EVT
# «وقال X في كلمته الافتتاحية إن …», «وأكد X في كلمة افتتاحية أن …»,
# «وفي كلمته الختامية، أكد X»: an opening, closing or welcoming speech is
# given at the report's own event (frame=main; not «في كلمة متلفزة», nor
# a speech before another body named after it: «في كلمته الافتتاحية أمام
# البرلمان», «لمؤتمر الحزب»)
rule ar-said-in-opening-speech stage=relation action=attend kind=any frame=main who=persons conf=0.6
  @speech $when* s:$agent COMMA? (في | خلال) v:(كلمته | كلمتها | كلمة | خطابه | خطابها | خطاب | الكلمة) @speech-occasion (إن | أن | بأن | COMMA | COLON | QUOTE)
rule ar-in-opening-speech-said stage=relation action=attend kind=any frame=main who=persons conf=0.6
  (وفي | في | وخلال | خلال) v:(كلمته | كلمتها | خطابه | خطابها) @speech-occasion COMMA? @speech $when* s:$agent
# «وقال X أمام المؤتمر إن …»: who speaks before the event attends it
rule ar-said-before-event stage=relation action=attend conf=0.65
  @speech $when* s:$agent COMMA? $when* أمام (افتتاح | ختام | أعمال | جلسة | جلسات)? e:EVT
rule represented-country-at-event stage=relation action=attend conf=0.65
  (مثل | مثلت | يمثل | تمثل) $when* s:PER $when* (بلاده | بلادها | CTRY) $when* (في | خلال) (أعمال | أشغال | فعاليات)? e:EVT
# «وأشرف على المحادثات X»: who oversees an event takes part in it (and
# mediates talks his own country mediates, as its chair: frames.go)
rule ar-oversaw-event stage=relation action=attend conf=0.65
  (أشرف | أشرفت | يشرف | تشرف) $when* على (أعمال | أشغال | جلسات)? e:EVT $evadj* $when* s:$agents
# «وترأس الاجتماع X», «وافتتح X أعمال القمة»: who chairs or opens an event
# takes part in it (the verb first, the event before or after its subject)
# («وقد ترأس الاجتماع بصورة مشتركة كل من X …، وY …، وبمشاركة Z»: two
# chairs jointly, each with the capacity he chairs in, «بصفة بلاده رئيسة
# الدورة», then those who take part with them)
rule chaired-event-first stage=relation action=attend conf=0.65
  (ترأس | ترأست | يترأس | تترأس | رأس | رأست | افتتح | افتتحت | يفتتح | تفتتح | اختتم | اختتمت) $when* (أعمال | أشغال | فعاليات | جلسات)? e:EVT $evadj* $when* ((بصورة | بشكل) مشتركة? | مناصفة)? (كل من | كلا من)? s:list($agent ((بصفته | بصفتها | بصفة) (!PUNCT&!PER){1,12})?) (COMMA? CONJ? (بمشاركة | بحضور) (كل من | كلا من)? s:$agents)?
# («ترأس X أعمال الدورة الوزارية …», «وترأست X، اليوم في P، اجتماع
# المجلس»: who chairs it, his titles, the time and place between)
# («افتتح X أعمال GCC-ASEAN Business Forum في فندق Y بمدينة Z»: an
# event named in Latin letters, then its venue and city)
rule opened-event stage=relation action=attend conf=0.65
  (افتتح | افتتحت | يفتتح | تفتتح | اختتم | اختتمت | ترأس | ترأست | يترأس | تترأس) $when* s:$agents $hostappos? $hostgap (أعمال | أشغال | فعاليات | جلسات)? (LATIN&CAP | CAP){0,4} e:EVT (في (@place-head | @building) (CAP | $complement){0,4} p:CITY&!LI)?
# «استضاف الرئيس X في P قمة …»: the person who hosts an event takes part
# in it (a country or a city that hosts one gives its place:
# host-verb-first)
rule hosted-event-person stage=relation action=attend conf=0.65
  @host $when* s:PER $hostappos? $hostgap (أعمال | أشغال | فعاليات | جلسات)? e:EVT
# «شارك أكثر من 30 رئيس دولة في القمة، من بينهم الرئيس X»: those who
# took part counted before the event, some named after it
rule attend-count-among-them stage=relation action=attend conf=0.6
  @attend $when* (!PUNCT&!EVT&!AGENT&!@meet){1,8} في (أعمال | أشغال | فعاليات)? e:EVT (!STOP&!EVT&!AGENT&!@meet){0,8} COMMA? CONJ? (بينهم | من بينهم | منهم | ومنهم) COLON? s:$agents
# «ويشارك في المؤتمر ممثلون عن أكثر من 40 دولة بينهم X»: some named
# among those who take part
rule attend-among-them stage=relation action=attend conf=0.6
  @attend $when* في? e:EVT (!PUNCT&!EVT&!AGENT&!@meet){1,8} (بينهم | من بينهم | منهم) COLON? s:$agents
# «وتضم المحادثات ممثلين عن X وY»: the parties an event brings together
rule event-includes-representatives stage=relation action=attend conf=0.65
  @involving e:EVT $evadj* (ROLE_PL | وفودا | وفود) (عن | من)? s:$agents

# «سافر X إلى P», «وصل X إلى P», «زار X P»
# («يصل X إلى P للمشاركة في المفاوضات»: the event he travels to attend
# is held there)
define toattend = $when* (للمشاركة | لحضور) (في)? e:EVT
# («وصل الأمير X، ولي العهد رئيس مجلس الوزراء، إلى العاصمة P»: the titles
# after the name set off by commas; «وصل X، الخميس، إلى P»: the day)
rule visit-verb-first stage=relation action=visit conf=0.7
  @visit $when* s:$agent $commawhen (إلى | الى | ل)? $placeword? p:$places $toattend?
# «حل X، يوم الأحد، بالجزائر العاصمة في زيارة عمل»: «حل» with the place
# behind a glued «ب» is an arrival (not the verb's other senses, "solved",
# "dissolved", nor the noun «حل الدولتين»: a person, then a place with «ب»)
rule visit-alighted stage=relation action=visit conf=0.65
  v:(حل | حلت | يحل | تحل) $when* s:PER $commawhen (p:CITY&BI | p:CTRY&BI | (بمدينة | بالعاصمة) DEM? p:CITY) $when* (COMMA? في (زيارة | جولة))?
# «وصل إلى القاهرة اليوم وزير الخارجية X في زيارة رسمية»: the destination
# before the visitor (the verb's subject after the place and the time)
rule visit-destination-first stage=relation action=visit conf=0.65
  @visit (إلى | الى) $placeword? p:$places $commawhen s:$agent
# «ويرافق سمو ولي العهد وفد رسمي»: the one the delegation accompanies
# leads it
rule ar-delegation-accompanies stage=relation action=leads-own conf=0.6
  (يرافق | ويرافق | رافق | ورافق | ترافق) (سمو | سموه | معالي | فخامة)? x:PER DLGW
# «رحب بالزيارة التي قام بها X إلى P الأسبوع الماضي، والتي التقى خلالها
# Y»: a visit told in a relative clause, and the meeting held during it,
# there
rule visit-made-met-during stage=relation action=meeting kind=meeting conf=0.65
  (الزيارة | زيارة) (التي | الذي) (قام | قامت) بها $when* s:$agent $when* (إلى | الى | ل) $placeword? p:$places $when* COMMA? CONJ? (التي | الذي) @meet خلالها $when* o:$agents
# «وصل X إلى P لإجراء محادثات مع Y», «توجه X إلى P للقاء Y»: X travels
# to P to meet Y there
rule visit-for-event-with stage=relation action=meeting conf=0.7
  @visit $when* s:$agent $when* (إلى | الى)? $placeword? p:$places $when* @conduct? e:EVT $evadj* @phone? (مع | ب)? o:$agents
# «بدأ X اليوم زيارة رسمية إلى P», «اختتم X زيارة إلى P»، «يقوم X بزيارة
# رسمية إلى P»: a verb of beginning, ending or making the visit first,
# the visitor, then the visit and its destination
rule visit-begun-verb-first stage=relation action=visit conf=0.65
  (بدأ | يبدأ | بدأت | تبدأ | اختتم | يختتم | اختتمت | تختتم | أنهى | ينهي | أنهت | تنهي | استهل | يستهل | استهلت | تستهل | قام | يقوم | قامت | تقوم) $when* s:$agent $commawhen v:@visit ($when | الرسمية | الرسمي | رسمية | رسمي | دولة | عمل | خاصة | @adjective)* (إلى | الى | ل)? $placeword? p:$places
rule visit-subject-first stage=relation action=visit conf=0.65
  s:$agents $aux* @visit $when* (إلى | الى)? $placeword? p:$places $toattend?
# «X سيصل إلى P للمشاركة في المفاوضات»: the future of «يصل» is too short
# for the prefix «س» to be stripped; read here only before the event
rule will-arrive-to-attend stage=relation action=visit conf=0.65
  s:$agents $aux* (سيصل | ستصل) $when* (إلى | الى) $placeword? p:$places $toattend

# «خلال زيارته إلى الدوحة التقى…»: the sentence's event is held there
# (scope=sentence: the place sets the scene of its sentence, whose
# parties meet there)
# («خلال زيارته الرسمية إلى طوكيو»: its adjectives; «خلال زيارته لأنقرة»:
# the place behind a glued «ل», after a visit that is someone's, not «كنت
# في زيارة للمغرب»)
# («في زيارة رسمية إلى اليابان», «في زيارة عمل إلى P»: the kind of the
# visit, indefinite, before its destination; «في زيارة دولة للمملكة»: a
# glued «ل» after a visit of a named kind)
rule visit-place stage=relation action=place scope=sentence possessor=subject conf=0.65
  (@visit ($when | الرسمية | الرسمي | رسمية | رسمي | الحالية | الحالي | دولة | عمل | خاصة | @adjective)* (إلى | الى) $placeword? p:$places | @visit (الرسمية | الرسمي | رسمية | رسمي | دولة | عمل) ($when | @adjective)* p:(CITY&LI | CTRY&LI) | (زيارته | زيارتها | زيارتهما | زيارتهم | جولته | جولتها) ($when | الرسمية | الرسمي | الحالية | الحالي | @adjective)* p:(CITY&LI | CTRY&LI))

# «يبدأ X جولة أفريقية تشمل A وB وC», «جولة تقوده إلى A وB»: the tour is
# held in every place it takes in
# («يبدأ X غدا جولة», «يقوم X بجولة», «اختتم X جولته»: who makes the tour)
rule ar-makes-tour stage=relation action=attend conf=0.6
  (يبدأ | تبدأ | بدأ | بدأت | يختتم | تختتم | اختتم | اختتمت | يواصل | تواصل | واصل | واصلت | يقوم | تقوم | قام | قامت | يجري | تجري | أجرى | أجرت) $when* s:$agents $when* e:EVT (!PUNCT&!AGENT&!EVT&!STOP){0,2} COMMA? (تشمل | وتشمل | ستشمل | تقوده | تقودها | ستقوده | ستقودها)
rule ar-tour-including stage=relation action=place conf=0.6
  e:EVT (!PUNCT&!AGENT&!EVT&!STOP){0,2} COMMA? (تشمل | وتشمل | ستشمل | تقوده | تقودها | ستقوده | ستقودها) (إلى | الى)? (كلا من | كل من)? p:list(LOC)

# «وانضم X إلى Y في P»: X joins Y's visit
rule joined-person stage=relation action=join conf=0.7
  انضم $when* x:$agent (إلى | الى) o:PER (في $placeword? p:$places)?

# «المحادثات في P», «المحادثات التي تعقد في P», «اجتماع P», «الاجتماع
# المرتقب بين وزيري خارجية البلدين سيعقد في P» (the titles of the parties)
# «المحادثات في جنيف», «اللقاء الذي عقد في القاهرة», «اجتماع المجلس
# السابق الذي عقد في عمّان» (the previous meeting of the council);
# «مؤتمره قرب X»: held by the place; «القمة الأولى بين البلدين في عام 2018
# في سنغافورة» (the two sides unnamed, a year)
# («اجتماع اللجنة الوزارية في القاهرة», «اجتماع مجلس الجامعة في P»: the
# body whose meeting it is, by its head noun)
# a side of talks «بين الحكومة السودانية والحركة الشعبية شمال»: a body's
# head noun, nationalities, names, titles (no plain noun: «بين A وB النزاع
# في P» is a topic's place); a side with no name, «بين الحكومة
# والمتمردين» (names.tsv: party-noun)
define side = (@org-head | @party-noun | DEM | $agent | ROLE | @compass | @adjective){1,4}
# «الاجتماع غير العادي لمجلس الجامعة على المستوى الوزاري الذي عقد بمقر
# الجامعة العربية في القاهرة»: a relative clause after the event's long
# name, its verb of holding, the seat of a body, then the city (a seat
# the lexicon names, «بمقر الاتحاد الأفريقي», is a place of the event)
rule ar-event-which-held-at-seat stage=relation action=place conf=0.65
  e:EVT (!PUNCT&!EVT&!PER&!@event-verb&!@conduct){0,10} (الذي | التي) $aux* (@event-verb | عقد | عقدت | يعقد | تعقد) $when* (في? (مقر | مقره | مقرها | @building | @place-head) ($complement | $body | @body-adjective){0,3} | p:PLACE&!CITY) (في | ب) $placeword? p:$places
# («وتجري الجلسات في فندق X بحي Y»: a venue, then its district behind a
# glued «ب»)
rule event-in stage=relation action=place conf=0.8
  e:EVT (ORDNUM | ال NUM | @place-gap | $when | COMMA | @mediate | @run | تحت (رعاية | إشراف) | $agents | DEM | @adjective | @qualifier | @between $side CONJ $side | @between | @party-gap | ROLE_PL $complement{1,3} | ROLE | البلدين | الجانبين | الطرفين | الدولتين | @org-head | اللجنة | اللجان)* (COMMA (التي | الذي) (!COMMA&!STOP&!EVT){1,8} COMMA)? $aux* (@event-verb (أعماله | أعمالها | أشغاله | أشغالها | فعالياته | فعالياتها)?)? (@place-gap | $when)* (في | قرب) $placeword? p:$places ($bicity | p:PLACE&BI&!CITY)?
# «استؤنفت المفاوضات في P …، وذلك في فندق Q», «عقدت جولة من المحادثات
# …، و ذلك في قصر Q»: «وذلك» ("and that") takes up the sentence's event,
# the venue after it is its place (not «وذلك في إطار …»: no place)
rule event-and-that-at stage=relation action=place conf=0.65
  e:EVT (!STOP&!EVT&!@event-verb&!@conduct){0,16} COMMA CONJ? ذلك (في | ب) $placeword? p:$places ($bicity | p:PLACE&BI)?
# «وشارك في الاجتماع ممثلون عن X وY، وعقد في جدة»: a verb of taking place
# coordinated after the event's clause, its subject the event, its place
# right after it and nothing more («وعقد في نيروبي اجتماعا» has a subject of
# its own)
# «انطلقت صباح اليوم بقصر المؤتمرات P في C، أشغال الدورة ...»: a verb of
# an event's opening, its time and its places, then the event
# («انطلقت، مساء الأحد، في P محادثات»: the time between commas)
rule ar-started-at-places-event stage=relation action=place conf=0.65
  (انطلقت | انطلق | تنطلق | ينطلق | افتتحت | اختتمت | انعقدت) $commawhen p:(PLACE&BI | CITY&BI | في $placeword? $places | $when)+ $commawhen (أعمال | أشغال | فعاليات | جلسات)? e:EVT
rule ar-and-event-held-in stage=relation action=place conf=0.65
  e:EVT (!STOP&!EVT&!@event-verb&!@conduct){0,12} COMMA CONJ @event-verb $when* (في | قرب) $placeword? p:$places $when* (PUNCT | CONJ | @mediate)
# «أن المحادثات تعقد بفندق Q بالقاهرة», «وكانت القمة قد عقدت بالرياض»:
# after the verb of holding, a place with «ب» glued says where (not
# before the verb: «اجتمع بالرئيس» is with whom); a building the names
# do not know, then its city behind «ب»: the city
rule event-verb-bi-place stage=relation action=place conf=0.7
  e:EVT $evadj* $aux* @event-verb $when* (p:(LOC&BI) ($bicity)? | (@building | @place-head) $complement{0,2} $bicity)
# («وعقد الاجتماع بمقر الأمانة العامة لجامعة الدول العربية في القاهرة»: the
# seat of a body, then its city)
# «وجرت المحادثات، التي استمرت ثلاث ساعات، في قصر الإليزيه بباريس»: a
# relative clause between commas, a venue the names do not know, its city
# behind «ب»
# («ويعقد المؤتمر الذي افتتح الاثنين في قصر الأمم بجنيف»: a short relative
# clause without commas; «اجتماعا بمقر وزارة الخارجية بالرباط»: the
# seat of a body, then the city behind a glued «ب»; «في قصر المؤتمرات
# بالرباط»: a venue the names know, then its city: both places)
rule event-in-venue stage=relation action=place conf=0.7
  e:EVT $evadj* (COMMA (التي | الذي) (!COMMA&!STOP&!EVT){1,8} COMMA | (التي | الذي) (!PUNCT&!EVT&!AGENT&!LOC&!في){1,3})? (@place-gap | $when | $aux)* @event-verb? (@place-gap | $when)* (في (@place-head | @building) $complement{0,2} p:CITY&!LI | في? مقر (!PUNCT&!AGENT&!LOC&!EVT | ORG){1,4} (في $placeword? p:$places | $bicity) | في $complement{1,3} p:CITY&BI | في p:PLACE&!BI p:CITY&BI | في $complement{1,2} $outskirts $placeword? p:$places)
# «أعمال الدورة الـ 58 لمجلس وزراء الخارجية العرب المنعقدة في القاهرة»,
# «الاجتماع الطارئ لمجلس الجامعة على المستوى الوزاري المنعقد بالرباط»: the
# council whose session it is, a name the names do not know, then the
# participle of taking place and its place
rule event-of-council-held-in stage=relation action=place conf=0.7
  e:EVT $evadj* (@org-head | LI&ORG) (ROLE | $body | @adjective | $complement){0,4} (على المستوى $complement)? @event-verb $when* (في $placeword? p:$places | $bicity)
# «الاجتماع الوزاري المنعقد بالجزائر العاصمة», «عقدت المحادثات بالرباط»:
# a verb of taking place, then the city behind a glued «ب»
rule event-at-city stage=relation action=place conf=0.7
  e:EVT $evadj* (@place-gap | $when | COMMA)* $aux* @event-verb (@place-gap | $when)* $bicity
# «شارك X في أشغال الاجتماع الوزاري لحركة عدم الانحياز بكمبالا.»: the
# city behind «ب» closes the event's phrase, no verb between
rule event-name-at-city stage=relation action=place conf=0.65
  e:EVT $evadj* (LI&ORG (@adjective | DEM)*)? p:CITY&BI $when* (PUNCT | CONJ)
# «عقدت القمة بمدينة جدة», «تجري المحادثات بالرباط»: the verb first
rule verb-event-at-city stage=relation action=place conf=0.7
  @event-verb $when* e:EVT $evadj* $when* $bicity
# («المؤتمر الذي تستضيفه إيطاليا في روما»: the host, then its city;
# «القمة التي استضافتها دولة قطر في قصر Q»: then the venue)
rule event-hosted-by stage=relation action=place conf=0.7
  e:EVT $complement{0,2} (@place-gap | COMMA)* @host $placeword? p:(CTRY | CITY) ($when* في $placeword? p:(CITY | PLACE))?

# «استضافت سلطنة عمان جولة جديدة من الحوار بين A وB», «ونظم X محادثات
# في جنيف بين A وB»: a third party (a country, a body, a person, not a
# town) who hosts or arranges talks between two sides mediates them
rule ar-hosted-talks-between stage=relation action=mediate conf=0.65
  (@host | نظم | ونظم | نظمت | ونظمت) $when* m:(CTRY | ORG | PER) (DEM | CTRY&DEF)? $commawhen e:EVT $evadj* (في $placeword? $places)? $when* بين
rule ar-subject-hosted-talks-between stage=relation action=mediate conf=0.65
  m:(CTRY | ORG | PER) $aux* (@host | نظم | نظمت) $when* e:EVT $evadj* (في $placeword? $places)? $when* بين
# «يستضيف المغرب الجولة المقبلة من المحادثات في الرباط», «واحتضنت مدينة
# جدة السعودية الاجتماع» (the city's country after it), «واستضافت نيروبي
# بوساطة كينية أوغندية محادثات» (the mediation between; its nationalities
# juxtaposed, rule mediation-of)
rule host-verb-first stage=relation action=place conf=0.7
  @host $when* $placeword? p:(CTRY | CITY) (DEM | CTRY&DEF)? $commawhen ((بوساطة | برعاية) DEM+)? (أعمال | فعاليات | أشغال | جلسات)? e:EVT p:($when* في $placeword? $places)?
# «احتضن قصر المؤتمرات بنواكشوط، اليوم، أشغال الاجتماع»: a venue that
# hosts, its city behind a glued «ب» or after «في»
rule host-venue-verb-first stage=relation action=place conf=0.7
  @host $when* p:PLACE QUOTE? (p:CITY&BI | في $placeword? p:$places)? $commawhen (أعمال | فعاليات | أشغال | جلسات)? e:EVT
# «أن الدوحة ستستضيف جولة جديدة من المحادثات»: the host named first
# (not the verbal noun: «استعداد الأردن لاستضافة جولة جديدة» is a
# readiness to host, an offer, no event held there)
rule host-subject-first stage=relation action=place conf=0.7
  $placeword? p:(CTRY | CITY) $aux* @host&!استضافة&!احتضان $when* e:EVT
# «المؤتمر الدولي لإعمار غزة الذي استضافته القاهرة»: the host city after
# the event, in a relative clause whose verb carries the event's pronoun
# (a city: «المؤتمر الذي تستضيفه مصر» is often another event than the
# one the sentence holds elsewhere)
rule hosted-by-relative stage=relation action=place conf=0.65
  e:EVT (!PUNCT&!EVT&!PER&!@host){0,5} (الذي | التي) $aux* @host&ENC $when* $placeword? p:CITY

# «عقد مسؤولون من A وB يوم الأحد في P محادثات»: officials of countries
# or bodies held the event, verb first: the countries take part and meet,
# where the sentence says
rule ar-officials-of-held stage=relation action=meeting kind=talks plural=s conf=0.65
  (@conduct | @event-verb) $when* (مسؤولون | مسؤولين | مسؤولو | مسؤولي | دبلوماسيون | دبلوماسيين | ممثلون | ممثلين | ممثلو | ممثلي | مندوبون | مندوبين) (من | عن)? s:list(CTRY | ORG) $when* (في $placeword? p:$places)? $when* e:EVT

# «بدأت في أوسلو محادثات ...»: the verb first, the place before the event
# («اختتمت في جنيف أعمال الجولة …»: the proceedings of the event;
# «عقدت في نيروبي، الخميس، قمة …»: a time between commas; «اختتمت في
# مدينة P المصرية أعمال …»: the country's adjective after the city)
# («بدأت في مدينة P، ثالث المدن التشادية، جولة …»: an apposition
# between commas that names the city's kind)
# («في مدينة P، العاصمة الاقتصادية لتنزانيا، قمة»: the city's rank as a
# capital of its country, the country behind «ل»)
define cityappos = COMMA (@ordinal | !PUNCT&!AGENT&!LOC&!EVT&!@stop){0,3} @city-kind (DEM | CTRY&DEF)? | COMMA (العاصمة | عاصمة) (الاقتصادية | السياسية | الإدارية | التجارية | @adjective)? (CTRY | DEM)
rule verb-place-event stage=relation action=place conf=0.75
  @event-verb $when* (في $placeword? | (بالعاصمة | بمدينة) (DEM | CTRY&DEF)?) p:$places (DEM | CTRY&DEF)? العاصمة? $cityappos? $commawhen (أعمال | فعاليات | أشغال | جلسات)? @ordinal? e:EVT

# «التقى X نظيره Y على هامش اجتماع مجلس وزراء Z في فيينا»: the margins of a
# gathering, then its city, after the parties (a topic ends the gathering:
# «على هامش مؤتمر حول الحرب في أوكرانيا» is no meeting in Ukraine)
rule ar-met-on-margins-in stage=relation action=place kind=meeting conf=0.65
  @meet (!PUNCT&!EVT&!STOP&!@meet | COMMA){0,8} (على | في) هامش (أعمال | أشغال | فعاليات | اجتماعات)? (EVT | ORG | الدورة) (@adjective | RNP | ORG | DEM | !PUNCT&!AGENT&!LOC&!EVT&!@stop&!@topic){0,4} (في $placeword? p:$places | p:CITY&BI)

# «نقل الاجتماع الذي كان مقررا عقده في جنيف إلى فيينا», «تقرر نقل المحادثات
# إلى نيروبي»: an event moved is held where it is moved to
rule ar-event-moved-to stage=relation action=place conf=0.7
  (نقل | نقلت | ينقل | تنقل) $when* e:EVT $evadj* ((بين | مع) (!PUNCT&!EVT&!STOP&!LOC&!إلى&!الى){1,4})? ((التي | الذي) (!PUNCT&!EVT&!STOP&!إلى&!الى){1,8})? $when* (إلى | الى) $placeword? p:$places

# «وفي الخرطوم، اجتمع X مع Y»: a place fronted before the verb sets the
# scene of its sentence
# «عقدت في قصر الإليزيه بباريس اليوم قمة جمعت ...», «جرت في الرباط أمس
# مباحثات ...»: the verb first, then the place (a venue the names do not
# know before its city), then the event
rule ev-conduct-place-event stage=relation action=place conf=0.7
  (@conduct | @event-verb) $when* (في | ب) (!PUNCT&!AGENT&!LOC&!EVT&!@stop){0,3} p:($places $places?) $when* @ordinal? e:EVT
# («وفي الرياض، تسلم X نسخة من أوراق اعتماد Y»: the verb of receiving
# credentials too; the sentence's event, if any, is placed)
rule fronted-place stage=relation action=place scope=sentence conf=0.65
  في $placeword? p:$places COMMA v:(@meet | @welcome | @conduct | @discuss | @call | تسلم | تسلمت | يتسلم | تتسلم)
# «وفي الدوحة، استؤنفت المحادثات بين …»: a fronted place before the verb
# of the event's taking place and the event
rule fronted-place-event stage=relation action=place conf=0.65
  CONJ? في&FIRST $placeword? p:$places $when* COMMA? @event-verb $when* (أعمال | جولة | جولات)? e:EVT

# «والتقى المندوبون في مركز … بالرياض», «واجتمع القادة في P»: those who
# attend the article's event, named by their group, meet at its place
rule ar-group-met-at stage=relation action=place kind=any conf=0.6
  v:(@meet | اجتمع | اجتمعوا) $when* (المندوبون | المشاركون | القادة | الزعماء | الوزراء | الوفود) $when* (في (!PUNCT&!LOC&!@stop){1,6} $bicity | في $placeword? p:$places)

# «وجمعت القمة التي ترأستها مصر وفرنسا 30 زعيما في باريس»: the event that
# gathered them, then its place
rule ar-event-gathered-in stage=relation action=place conf=0.7
  (جمع | جمعت | تجمع | يجمع) e:EVT $evadj* ((التي | الذي) (!PUNCT&!EVT&!في){1,5})? (NUM | !PUNCT&!AGENT&!EVT&!LOC&!في){1,3} في $placeword? p:$places

# «على هامش قمة X»
# («خلال مشاركته في منتدى X»: during his taking part in it, as on its
# margins)
define marginof = (على | في) هامش ((مشاركته | مشاركتها | مشاركتهما | حضوره | حضورها) في)? | (خلال | أثناء) (مشاركته | مشاركتها | مشاركتهما | مشاركتهم | حضوره | حضورها) في
rule margins stage=relation action=margins conf=0.7
  $marginof (أعمال | أشغال | فعاليات)? e:EVT

# delegations: «الوفد برئاسة X», «قاد X الوفد», «ترأس الوفد X», «رئيس وفد X»,
# «وفد حكومي يترأسه X», «الوفد الذي تترأسه X», «وفد رفيع المستوى على
# رأسه X», «وفد يتقدمه X»
# («وفد صيني من 12 عضوا برئاسة X»: its size between)
define headedby = برئاسة | بقيادة | (الذي | التي)? (يرأسه | يقوده | قاده | قادته | قادها | قادتها | تقوده | يقودها | تقودها | يترأسه | ترأسه | تترأسه | يرأسها | يترأسها | ترأسها | تترأسها | يتقدمه | تقدمه | يتقدمها | تقدمها) | على (رأسه | رأسها)
rule delegation-headed-by stage=relation action=leads conf=0.8
  d:DLG (من NUM (عضوا | أعضاء | شخصا | أشخاص | مسؤولا))? COMMA? ($headedby) ROLE* $body* HON? x:PER
# «وفد من حركة حماس برئاسة عضو المكتب السياسي X», «بقيادة القيادي في
# الحركة X»: a membership of an organ the titles lack before the name
rule delegation-headed-by-member stage=relation action=leads conf=0.7
  d:DLG COMMA? ($headedby) (عضو | العضو | عضوة | القيادي | القيادية) (في | ب)? (@org-head | ORG | !PUNCT&!AGENT&!ROLE&!EVT&!DLG&!CONJ&!@stop){1,3} HON? x:PER
# «وصل وفد من السنغال يضم عشرة مسؤولين يرأسه X», «ووصل الوفد الروسي إلى
# جنيف برئاسة X»: a few words of the
# delegation's own between it and the verb of heading it
rule delegation-gap-headed-by stage=relation action=leads conf=0.7
  d:DLG (!DLG&!PER&!PUNCT&!EVT&!@meet&!@lead){1,6} (يرأسه | يقوده | يترأسه | يرأسها | يترأسها | برئاسة | بقيادة) ROLE* $body* HON? x:PER
# (a verb: not «برئاسة X وفد حماس», the leader of the delegation before)
# («ترأس X وزير الدولة وفد الكويت», «رأس الأمير X ولي العهد وفد المملكة»:
# the leader's titles in apposition between, a comma after them or not;
# «رأس» the verb, not the noun)
define leadverb = @lead&!برئاسة&!بقيادة | رأس | ورأس
rule lead-verb-first stage=relation action=leads conf=0.75
  $leadverb $when* x:PER (ROLE+ $body*)* COMMA? $when* d:DLG
# («ويترأس وفد P في هذه الجولة X»: the round named by a demonstrative;
# «ترأس جانب سلطنة عمان X»: the side of a country named, its delegation;
# not a body's: «يرأس جانب الأمم المتحدة في اللجنة X» leads the UN's side,
# not the UN)
rule lead-delegation-first stage=relation action=leads conf=0.75
  @lead (فيها | فيه | فيهما)? $when* d:(DLG | الجانب DEM | جانب CTRY) ((إلى | في) (هذه | هذا | تلك | ذلك)? (EVT | LOC | $complement){1,2}){0,2} $when* ROLE* $body* x:PER
# «وصل X برفقة وفد», «X الذي قاد الوفد»
rule with-delegation stage=relation action=leads conf=0.65
  x:PER _{0,4} (برفقة | على رأس) d:DLG
rule who-led stage=relation action=leads conf=0.75
  x:PER COMMA? (الذي | التي) @lead d:DLG

# (no other person between, nor «مع»: «بحث X مع Y رئيس وفد …», Y heads it;
# nor a place: «التقى X في مسقط رئيس وفد P Y», the title of the one met)
rule head-of-delegation stage=relation action=leads conf=0.8
  x:PER COMMA? (!PER&!@with&!LOC){0,2} (ROLE_HEAD | رئيسا | برئاسة | قائد | على رأس) d:DLG
# («رئيس الوفد الحكومي السوداني إلى المفاوضات X»: where the delegation goes;
# «وعلى رأس الوفد السعودي وزير الخارجية X»)
rule head-of-delegation-before stage=relation action=leads conf=0.75
  (ROLE_HEAD | رئيسا | على رأس) d:DLG ((إلى | الى | في) EVT)? COMMA? ROLE* $body* HON? x:PER
# («ويتألف الوفد المصري من X و Y», «وضم الوفد كلا من X و Y»)
# («ويضم الوفد المرافق للرئيس X وY»: the delegation with him;
# «ضم الوفد الفلسطيني إلى محادثات القاهرة القيادي في حماس X والقيادي
# في الجهاد Y»: where the delegation goes, and members named as leading
# figures of their bodies)
# («عضو اللجنة التنفيذية X»: a member of an organ the lists lack; «السفير X
# مساعد وزير الخارجية للشؤون العربية، واللواء Y»: a rank before a name,
# a member's own title after it; «العميد البحري X»: a rank and its
# branch; «مدير الإدارة الأوروبية الثالثة بالخارجية الكندية X»: an organ
# the lists lack; «السفير الكندي لدى عمان X»: where he serves)
define dlgmember = (ROLE* $body* (@style? HON (!PUNCT&!AGENT&!ROLE&!EVT&!DLG&!CONJ&!HON&!@stop)?)? | ROLE (!PUNCT&!AGENT&!ROLE&!EVT&!DLG&!CONJ&!HON&!@stop | @ordinal){1,4} $body? | ROLE $body* لدى (CTRY | CITY) | (القيادي | القيادية | العضو | عضو) (البارز | البارزة)? (في | ب)? @org-head? ORG | (العضو | عضو) (!PUNCT&!AGENT&!ROLE&!EVT&!DLG&!CONJ&!@stop){1,3}) PER $affairs? (ROLE+ $affairs? $body*)?
# «وترأس الوفد P X، ورافقته Y»: who accompanied the leader is a member
# of the delegation he leads
rule lead-delegation-first-accompanied stage=relation action=member conf=0.65
  @lead $when* d:DLG ((إلى | في) (EVT | LOC | $complement){1,2}){0,2} $when* ROLE* $body* PER (ROLE+ $body*)* COMMA? CONJ? (رافقه | رافقته | رافقها | رافقتها) $when* x:list($dlgmember)
# («وضم الوفد المرافق لوزير الخارجية X Y وZ»: the one the delegation
# accompanies is no member of it: ar-delegation-accompanying-includes)
# («وضم وفد المملكة سعادة الشيخ X …، وسعادة السيد Y …»: the delegation
# of the article's own country, a style of address before each member)
# («وضم الوفد المشارك في المفاوضات، إلى جانب رئيسه X، Y وZ»: those
# beside its head, named in an aside, before the members; «وضم الوفد
# عضوي اللجنة X وY»: the members' noun, in the dual or plural, of the
# body before the names)
rule delegation-includes stage=relation action=member conf=0.7
  (@involving) d:DLG? @host-land? ((المشارك | المشاركة | المفاوض) (في EVT)? | (إلى | الى | في) EVT | (الرسمي | الرسمية)? (المرافق | المرافقة) ($complement | PER&LI)?)? (أيضا | كذلك | في عضويته | في عضويتها)? (COMMA (إلى جانب | الى جانب | إضافة إلى | بالإضافة إلى) (!PUNCT&!STOP&!EVT){1,4})? ((عضوي | عضوا | عضوتي | عضوتا | أعضاء | اعضاء) (ORG | ALW))? (من | كلا من | كل من)? (COLON | COMMA)? ROLE* $body* x:list($dlgmember) (COMMA? (إضافة إلى | بالإضافة إلى | فضلا عن) x:list($dlgmember))?
# «وكان من بين أعضاء الوفد X»، «ومن أبرز أعضاء الوفد المغربي X وY»
rule among-delegation-members stage=relation action=member conf=0.7
  (من | ضمن)? (بين | أبرز)? @member d:DLG COMMA? x:list(ROLE* $body* PER)
# «وضم الوفد الذي يرأسه X كلا من Y وZ»: words of the delegation's own
# between it and the list «كلا من» opens (its head no member)
# «ويضم الوفد الرسمي المرافق لوزير الخارجية الكويتي كلا من X وY»: the
# delegation that accompanies a titled person of a country named by his
# title is that country's (not the delegation named last)
rule ar-accompanying-delegation-includes stage=relation action=member conf=0.65
  (@involving) DLG (الرسمي | الرسمية | @adjective)* (المرافق | المرافقة) d:RNP&LI (كلا من | كل من) COLON? x:list(ROLE* $body* PER)
rule delegation-includes-after-clause stage=relation action=member conf=0.65
  (@involving) d:DLG (!STOP&!DLG&!EVT&!@involving&!كلا&!كل&!المرافق&!المرافقة | (المرافق | المرافقة) (!RNP | RNP&!LI)){1,8} (كلا من | كل من) COLON? x:list(ROLE* $body* PER)
# («الوفد الرواندي كان يضم كذلك السفير X»: «كذلك», too, as «أيضا»)
# «الوفد ... ويضم كلا من السيد X رئيس الاستخبارات العامة، والسيد Y نائب
# وزير الداخلية»: each member with his titles and their leftovers («كلا
# من النائبة X، رئيسة لجنة الشؤون الخارجية، والنائب Y»: a title apposed
# between commas)
define titledmember = ($titlejunk | $body){0,6} CONJ? x:PER&!PRON ($titlejunk | @body-adjective | (لدى | في) $body | COMMA RNP){0,6}
define titledmembers = $titledmember ((COMMA | SEMI)? CONJ $titledmember)? ((COMMA | SEMI)? CONJ $titledmember)? ((COMMA | SEMI)? CONJ $titledmember)? ((COMMA | SEMI)? CONJ $titledmember)? ((COMMA | SEMI)? CONJ $titledmember)? ((COMMA | SEMI)? CONJ $titledmember)? ((COMMA | SEMI)? CONJ $titledmember)?
rule delegation-includes-titled stage=relation action=member conf=0.65
  d:DLG (!DLG&!STOP&!@meet&!@involving){0,12} @involving (أيضا | كذلك)? (في عضويته | في عضويتها)? (كلا من | كل من)? (COLON | COMMA)? $titledmembers
# «وضم الوفد كلا من النائبة X، رئيسة اللجنة، والنائب Y»: the verb first,
# then the members with their titles
rule ar-delegation-includes-titled-first stage=relation action=member conf=0.65
  @involving d:DLG (أيضا | كذلك)? (كلا من | كل من) (COLON | COMMA)? $titledmembers
# «وفدا إسرائيليا يضم X وY», «الوفد برئاسة X يضم أيضا Y»: the members
# the delegation's own verb names
rule delegation-that-includes stage=relation action=member conf=0.7
  d:DLG (!DLG&!STOP&!@meet&!@involving){0,8} @involving أيضا? (في عضويته | في عضويتها)? (كلا من | كل من)? (COLON | COMMA)? x:list(ROLE* $body* PER)
# «وضم الوفد المرافق لوزير الخارجية X Y وZ», «يضم الوفد الرسمي المرافق
# لرئيسة P X Y»: the people of the delegation that accompanies X
rule ar-delegation-accompanying-includes stage=relation action=accompany conf=0.65
  @involving DLGW (الرسمي | الرسمية | @adjective)* (المرافق | المرافقة) o:PER&LI (كلا من | كل من)? x:list($dlgmember)
# «وفدا السودان وجنوب السودان، برئاسة X وY على التوالي»: each leads one
# in turn
rule ar-delegations-headed-respectively stage=relation action=leads pairs=respectively conf=0.75
  d:DLG COMMA? ($headedby) x:list(ROLE* $body* HON? PER) COMMA? على التوالي
# «الوفد برئاسة X وعضوية Y وZ», «وفد على رأسه X، إلى جانب Y», «وفد برئاسة
# X وبمشاركة Y», «وفد يرأسه X ويرافقه Y»: the members after the leader
rule ar-headed-by-and-members stage=relation action=member conf=0.65
  d:DLG COMMA? ($headedby) ROLE* $body* HON? PER COMMA? (CONJ? (عضوية | بعضوية | بمشاركة | مشاركة | يرافقه | يرافقها | ومعه | ومعها) | إلى جانب | الى جانب) (كل من | كلا من)? x:list($dlgmember)
# «الوفد التركي، المكون من X وY», «وفد مؤلف من X وY»
rule ar-delegation-made-of stage=relation action=member conf=0.7
  d:DLG COMMA? (المكون | المكونة | مكون | المؤلف | المؤلفة | مؤلف | المشكل | المشكلة) من (كل من | كلا من)? x:list($dlgmember)
rule delegation-among stage=relation action=member conf=0.7
  d:DLG _{0,8} (من بينهم | أبرزهم | ومنهم | بينهم) COLON? x:list(ROLE* $body* PER)
# «وحضرها من الجانب السنغالي أعضاء الوفد الرسمي المرافق لفخامته، وهم: A
# وزيرة ...، وB ...»: the side's members named after «وهم», and those who
# attended it (the session the last sentence named)
rule ar-side-they-are stage=relation action=member conf=0.6
  (من | عن) d:(الجانب DEM) (!PUNCT&!EVT&!PER){1,8} COMMA? CONJ? هم COLON? x:list($dlgmember)
rule ar-attended-side-they-are stage=relation action=attend kind=any conf=0.6
  (حضرها | حضرتها | حضره | حضرته | حضرهما) (من | عن) الجانب (DEM | CTRY) (!PUNCT&!EVT&!PER){1,8} COMMA? CONJ? هم COLON? $titledattendees
# «وأضاف أن الجانب المصري ضم الدكتور X رئيس مجلس الوزراء، والدكتور Y»: a
# side's members after its verb of including
rule side-included stage=relation action=member conf=0.65
  d:(الجانب DEM) $aux* (@involving | ضم | ضمّ) (كلا من | كل من)? x:list($dlgmember)
rule side-members stage=relation action=member conf=0.7
  من d:(DLG | الجانب DEM) COMMA? x:list($dlgmember)
# «ومن الجانب الروسي، شارك في المحادثات X»: the side's members after its
# verb of attending
rule side-members-attended stage=relation action=member conf=0.65
  (من | عن) d:(الجانب DEM) COMMA? (@attend | حضر) $when* (في)? EVT? $when* x:list(ROLE* $body* PER)
# «وشارك في الاجتماع عن المغرب وزير الخارجية X، وعن تونس الوزير Y»: each
# country, then who attended for it; the country takes part, and the
# title of each is his country's (relations.go attendedFor)
define forcountry = (عن | من) CTRY&!LI COMMA? $titlejunk{0,5} PER&!PRON
rule attend-event-for-countries stage=relation action=attend for=yes conf=0.65
  (@attend | حضر | حضرت) $when* في? (أعمال | أشغال | فعاليات | جلسات)? e:EVT $evadj* $when* s:($forcountry (COMMA? CONJ? $forcountry)*)
# «وشارك في الاجتماع عن الجانب التركي X»: the verb first, then the side
# («عن الجانب المصري كل من X وY»)
rule attended-for-side stage=relation action=member conf=0.65
  (@attend | حضر) $when* (في? EVT)? $when* (من | عن) d:(الجانب DEM) COMMA? (كل من | كلا من)? x:list($dlgmember)
# «ومثّل النرويج في الاجتماع وزير الخارجية X»: a country's or a side's
# representatives
rule represented-verb-first stage=relation action=member conf=0.65
  (مثل | يمثل | تمثل) d:(CTRY | DLG | الجانب DEM) (في EVT | $when)* x:list(ROLE* $body* PER)
# «فيما مثل المغرب وتونس وزيرا خارجيتيهما», «ومثل الأردن سفيره»: the
# countries a title represents take part in the report's own event (not
# «دول مثل A وB»: "such as", no title after the list)
rule represented-countries-attend stage=relation action=attend kind=any frame=main conf=0.6
  (فيما | بينما | CONJ) v:(مثل | مثلت | يمثل | تمثل) s:list(@statehood? CTRY&!LI&!BI) $when* (في e:EVT)? $when* (ROLE | ROLE_PL | وزيرا | وزراء | سفيرا | سفراء | ممثلو | ممثلا | ممثلون | سفيره | سفيرها | وزير | وزيرة)
# «ومثّل الجامعة العربية مدير الشؤون السياسية السفير X»: who represents a body
# takes part in the event (the report's own, when none is named)
rule represented-body-attends stage=relation action=attend kind=any frame=main conf=0.6
  v:(مثل | يمثل | تمثل | مثلت) ORG&!LI&!BI $when* (في e:EVT)? $when* s:list(PER)


# «قاد X و Y الوفود»: each leads his own country's delegation
rule leaders-of-delegations stage=relation action=leads-own conf=0.7
  @lead x:list(PER) DLGW
# «وترأس وفد المملكة في الاجتماع X», «ترأس وفد بلاده X»: the delegation
# of "the kingdom", "his country": the leader's own country's
rule led-own-country-delegation stage=relation action=leads-own conf=0.65
  @lead&!برئاسة&!بقيادة $when* DLGW&!DEF (المملكة | البلاد | بلاده | بلادها | الدولة | السلطنة | الإمارة) (في | إلى | الى)? (EVT | LOC)? COMMA? ROLE* $body* HON? x:PER
# «ترأست X وزيرة الدولة وفد بلادها»: the leader first
rule led-own-country-delegation-leader-first stage=relation action=leads-own conf=0.65
  $leadverb $when* x:PER (ROLE+ $portfolio? $body*)* $when* DLGW&!DEF (المملكة | البلاد | بلاده | بلادها | الدولة | السلطنة | الإمارة)
# «استقبل Z الرئيس X والوفد المرافق له», «وصل X والوفد المرافق»: the
# guest and the delegation that came with him: he leads his country's
# («X المبعوث الكندي الخاص لشؤون Z، والوفد المرافق له»: the
# portfolio of his title between)
rule ar-and-accompanying-delegation stage=relation action=leads-own conf=0.7
  x:PER @title-qualifier? $affairs? COMMA? CONJ DLGW (المرافق | المرافقة | المرافقين) (له | لها | لهما)?
# «أن الوزير X سيترأس وفد بلاده في الاجتماع»: the leader first, then the
# verb and his own country's delegation
rule led-own-country-delegation-subject-first stage=relation action=leads-own conf=0.65
  x:PER (ROLE+ $portfolio? $body*)? $when* $aux? @lead&!برئاسة&!بقيادة DLGW&!DEF (المملكة | البلاد | بلاده | بلادها | الدولة | السلطنة | الإمارة)
# «وصل X إلى P على رأس وفد رفيع المستوى»: X leads his country's delegation
# («وصل إلى البلاد اليوم X يرافقه وفد رسمي»: the delegation that
# accompanies him, as «والوفد المرافق له»)
# (the arrival's own words may stand between the traveller and his
# delegation: its day, its destination, the visit's kind, destination and
# length: «وصل X يوم الثلاثاء إلى العاصمة P في زيارة رسمية إلى Q تستغرق
# يومين، على رأس وفد»)
# («حل X، يوم الأحد بالجزائر العاصمة، في زيارة عمل تدوم يومين، على رأس
# وفد»: the times between commas, the city behind a glued «ب»)
define arrival = $commawhen ((إلى | الى | في) $placeword? (DEM | CTRY&DEF)? $places $when* | (CITY&BI | CTRY&BI) $when*)? COMMA? (في (زيارة | جولة) ($complement | (إلى | الى) LOC | LOC&LI){0,6})? $when*
rule head-of-a-delegation stage=relation action=leads-own conf=0.7
  x:PER $arrival (COMMA? على رأس | COMMA? (يرافقه | يرافقها | ويرافقه | ويرافقها | ترافقه | ترافقها)) DLGW
# «توجه X إلى P على رأس وفد رفيع يضم Y وZ»: the members of his delegation
rule ar-head-of-a-delegation-including stage=relation action=accompany conf=0.65
  o:PER $arrival COMMA? على رأس DLGW (!PUNCT&!AGENT&!STOP&!@involving){0,3} @involving (كلا من | كل من)? x:list($dlgmember)

# «وصل X إلى P في زيارة دولة، يرافقه وفد رسمي يضم Y وZ», «ويرافقها وفد
# يضم كلا من Y وZ»: the people of the delegation that came with X
# («استقبل X فخامة Y رئيس جمهورية P الصديقة، الذي يقوم بزيارة عمل إلى
# البلاد، يرافقه وفد يضم Z»: the courtesy after the guest's country and
# the clause of his visit between)
rule ar-accompanied-by-delegation-including stage=relation action=accompany conf=0.6
  o:PER (الصديقة | الشقيقة | الصديق | الشقيق)? (COMMA (الذي | التي) (!PUNCT&!AGENT&!EVT&!DLG&!STOP){1,8})? $arrival COMMA? CONJ? (يرافقه | يرافقها | ترافقه | ترافقها | يرافق | ويرافقه | ويرافقها) DLGW (!PUNCT&!AGENT&!STOP&!@involving){0,3} @involving (كلا من | كل من)? x:list($dlgmember)
# «ويرافق سمو ولي العهد وفد رسمي يضم Y وZ»: the verb first, the leader
# its object, the delegation its subject
rule ar-delegation-accompanies-including stage=relation action=accompany conf=0.6
  (يرافق | ويرافق | رافق | ورافق | ترافق) (سمو | سموه | معالي | فخامة)? o:PER DLGW (!PUNCT&!AGENT&!STOP&!@involving){0,3} @involving (كلا من | كل من)? x:list($dlgmember)
# «وأطلع X نظيره على نتائج الجولة الخامسة من المحادثات مع Y»: the talks he
# tells of were his, with Y
rule ar-briefed-on-own-talks-with stage=relation action=meeting conf=0.6
  (أطلع | وأطلع | اطلع | واطلع | يطلع) $when* s:$agent (!PUNCT&!EVT&!AGENT){0,2} (PER | RNP)? على (نتائج | مخرجات | نتيجة)? (!PUNCT&!EVT&!AGENT){0,3} e:EVT $evadj* (مع | ب) o:$agents
# «وقال كبير الوسطاء، الجنرال المتقاعد X، إن ...», «الوسيط الرئيسي X»: the
# one the article names as its talks' mediator
rule ar-the-mediator-name stage=relation action=mediate conf=0.6
  (الوسيط | كبير الوسطاء | كبيرة الوسطاء | رئيس فريق الوساطة) (الرئيسي | الأممي | الإفريقي | الأفريقي)? COMMA? (HON | ROLE | DEM | المتقاعد){0,3} m:PER
# «رافق X Y و Z»: the leader first, then the members of his delegation
rule accompanied stage=relation action=accompany conf=0.6
  @accompany $when* o:PER x:list(PER)
# «ورافق الرئيس X في زيارته إلى P وزير التجارة Y ومستشار الأمن Z»: the
# visit, its place or the time between the leader and his company
rule ar-accompanied-on-visit stage=relation action=accompany conf=0.6
  @accompany o:PER ($when | COMMA | (في | خلال) (زيارته | زيارتها | جولته | جولتها | الزيارة | الجولة) $evadj? | (إلى | الى) $placeword? $places)+ COMMA? x:list(PER)
# «وصل X إلى P، يرافقه Y وZ», «X ... برفقة Y»: those with him are the
# members of his delegation
rule ar-accompanied-by stage=relation action=accompany conf=0.6
  o:PER ((!AGENT&!STOP&!EVT&!@speech&!@meet&!@welcome){0,6} | $arrival (COMMA? على رأس DLGW (@adjective | $complement){0,2})?) COMMA? (يرافقه | يرافقها | ترافقه | ترافقها | برفقة | يصحبه | يصحبها | ويرافقه | ويرافقها) x:list(ROLE* $body* HON? PER)

# membership of a body: «X القيادي في الحزب», «عضو الائتلاف X», «X عضو في المجلس»
# («حركة حماس»: a body's head noun before its known name)
rule member-of-body stage=relation action=member conf=0.7
  x:PER COMMA? (القيادي | العضو | عضو | "أحد أعضاء" | "من أعضاء") (البارز | البارزة | @adjective)? في? @org-head? d:ORG
# («القيادي في الحزب ورئيس مكتبه السياسي X»: a second title of his own
# may stand between)
rule member-of-body-before stage=relation action=member conf=0.65
  (القيادي | العضو | عضو) (البارز | البارزة | @adjective)? في? @org-head? d:ORG (CONJ ROLE (!PER&!STOP&!EVT&!COMMA){0,8})? COMMA? HON? x:PER
# a member of one of a body's organs: «عضو المكتب السياسي لحركة X Y»,
# «X ، عضو اللجنة المركزية للحزب Y»
rule member-of-organ stage=relation action=member conf=0.65
  (القيادي | العضو | عضو) (!PUNCT&!AGENT&!EVT&!ROLE&!@stop){1,3} d:ORG COMMA? HON? x:PER
rule name-member-of-organ stage=relation action=member conf=0.65
  x:PER COMMA? (القيادي | العضو | عضو) (!PUNCT&!AGENT&!EVT&!ROLE&!@stop){1,3} d:ORG

# the head of one of a body's blocs or committees is a member of the body:
# «X، رئيس كتلة المستقلين في الائتلاف», «X رئيسة لجنة الشؤون القانونية في
# الحزب» (the title's own body is its bloc)
rule head-of-organ-in-body stage=relation action=member conf=0.6
  x:PER&ORG_TITLED في d:ORG

# places: «جنيف ، سويسرا», «مدينة إسطنبول التركية», «الدوحة عاصمة قطر»
rule city-comma-country stage=relation action=located conf=0.85
  x:(CITY | PLACE) COMMA p:CTRY
# «مطار هيثرو، لندن، المملكة المتحدة»: a place, its city and its country
rule place-city-country stage=relation action=located conf=0.8
  x:PLACE COMMA CITY COMMA p:CTRY
rule city-adjective stage=relation action=located conf=0.8
  (مدينة | ولاية | منطقة | إقليم)? x:(CITY | PLACE) p:DEM
# «في X ، إندونيسيا»: X is a place, whatever a tagger thought
rule place-comma-country stage=relation action=located retype=x conf=0.7
  (في | من | إلى | الى) x:PER COMMA p:CTRY

# «أسمرة، عاصمة إريتريا», «نيامي، العاصمة الهادئة للنيجر»
rule city-comma-capital stage=relation action=located conf=0.8
  x:(CITY | PLACE) COMMA (عاصمة | العاصمة | كبرى مدن) (@adjective | !PUNCT&!AGENT&!LOC&!EVT&!@stop){0,3} p:(CTRY | PLACE)
# «العاصمة العمانية مسقط», «مدينة حلب السورية»
rule capital-adjective-name stage=relation action=located conf=0.8
  (العاصمة | عاصمة | مدينة | المدينة | ميناء) p:DEM x:(CITY | PLACE)
rule city-name-adjective stage=relation action=located conf=0.75
  (مدينة | بلدة | ميناء) x:(CITY | PLACE) p:DEM
# «X، المدينة الساحلية الأردنية»، «X، البلدة الحدودية التشادية»: the
# kind of city in apposition, a word of what kind before the adjective
rule city-comma-kind-adjective stage=relation action=located conf=0.75
  x:(CITY | PLACE) COMMA (المدينة | البلدة | الميناء) (ALW&!AGENT&!LOC&!EVT&!@stop&!DEM)? p:DEM

# «X عاصمة ولاية Y»: the capital of a province, without a comma
rule city-capital-of-province stage=relation action=located conf=0.75
  (مدينة)? x:(CITY | PLACE) (عاصمة | مركز) p:PLACE
# «الباب شمال سوريا», «كردفان غرب السودان», «في شمالي سوريا»; the
# adverb of direction with «ي»: «مدينة X جنوبي البلد», «إقليم X شمالي
# البلد»
rule place-compass-country stage=relation action=located conf=0.75
  x:(CITY | PLACE) (في)? (@compass | شمالي | جنوبي | شرقي | غربي)+ p:CTRY

rule city-in-country stage=relation action=located conf=0.7
  x:(CITY | PLACE) (في | ب)? (عاصمة | العاصمة)? p:CTRY
# «X الواقعة في محافظة Y», «X التي تقع شمالي Y», «تقع X في شرق Y»: the
# text says where the place lies (the verb «وقع» of location, its
# participle «الواقع(ة)»)
define liesin = (الواقعة | الواقع | (التي | الذي) (تقع | يقع)) (في | ب | على | إلى | الى)? (@compass | شمالي | جنوبي | شرقي | غربي)? (من)?
rule place-lying-in stage=relation action=located conf=0.7
  x:(CITY | PLACE) COMMA? $liesin p:(CTRY | PLACE)
rule lies-place-in stage=relation action=located conf=0.7
  (تقع | يقع) x:(CITY | PLACE) (في | ب | على)? (@compass | شمالي | جنوبي | شرقي | غربي)? (من)? p:(CTRY | PLACE)
rule territory-including stage=relation action=located conf=0.7
  (الأراضي | أراضي) p:DEM COMMA? (بما فيها | بما في ذلك | ومنها | منها)? x:list(CITY | PLACE)

# «ولايات X وY وZ», «محافظات X وY»: divisions of the country the
# story is about, when the text gives them no other (the document's end
# settles the country)
rule divisions-listed stage=relation action=division conf=0.6
  @division p:list(LOC)

# «المؤتمر الذي نشارك فيه»، «المنتدى الذي نحضره»: المتكلمون في الحدث،
# فمكانه مكان النص (سطر المكان تحت العنوان) إن لم يذكر له مكان
rule event-we-attend stage=relation action=here conf=0.7
  e:EVT (@adjective | ENT | PUNCT)* (التي | الذي) (نحضرها | نحضره | نشارك | نعقدها | نعقده | نستضيفها | نستضيفه)

# «التقى X مع Y هنا يوم الثلاثاء»: a wire report's «هنا» is the city of
# its dateline («بكين 4 مايو (شينخوا) التقى ...»); not a speaker's «هنا» in
# his words, nor «من هنا» (hence)
rule ar-event-here stage=relation action=here conf=0.6
  (e:EVT | @meet | @welcome) ((!STOP&!EVT&!في&!@meet&!@welcome&!QUOTE&!COLON&!@speech | QUOTE (!QUOTE&!STOP){1,6} QUOTE){0,9} !STOP&!EVT&!في&!@meet&!@welcome&!QUOTE&!COLON&!@speech&!من)? HERE

# «وصل الرئيس Y إلى روما، يرافقه مستشاره للأمن القومي X», «برفقة
# مستشاره X»: the adviser of the one the pronoun names
rule ar-accompanied-by-own-adviser stage=relation action=advises conf=0.65
  p:PER (!PUNCT&!PER&!AGENT&!EVT){0,5} COMMA? (@accompany | برفقة) x:PER&ADV&OWN
# «ورافق X مستشاره Y»: the verb first, the one accompanied, then his
# adviser
rule ar-own-adviser-accompanied stage=relation action=advises conf=0.65
  @accompany $when* p:PER x:PER&ADV&OWN

# «عين الرئيس Y السيد X مستشارا له لشؤون …», «أعلن Y تعيين X مستشارا
# له»: the one who appoints another his own adviser («له», «لها»: his)
rule appointed-own-adviser stage=relation action=advises conf=0.7
  (@tenure&!ENC | أعلن | أعلنت | قرر | قررت) $when* p:PER $when* (@tenure&!ENC)? HON? x:PER COMMA? ROLE_ADV&ONEWORD&!DEF (خاصا | خاصة)? (له | لها)
