# English patterns of the relation extractor (package extract/rules; the
# language is described in package extract/rules/pattern).
# Source: written by the kg team from general knowledge of English news
# and official readouts. Every rule has test sentences in
# ../../testdata/en; a test fails when a rule fires on none of them.
#
# Stages run in this order on every sentence:
#   phrase    delegation and event phrases become one item
#   chunk     person phrases become one item: a titled person, a title
#             standing for its body
#   skip      parentheses and relative clauses are set aside, so that a
#             pattern reads "X, who ..., met Y" as "X met Y"; the whole
#             sentence is read too, unless a rule says whole=no
#   relation  the relations between the items and chunks that remain
# Captures: n name, r title, b body, s subjects, o objects, p places,
# e event, x a person, d a delegation, m mediator, h host, v the verb that
# stands for the event where its word is of no event class.

define body = CTRY | ORG | DEM
define the = the | a | an
define of = of | for | at | to | in
# "the Sudanese government", "Sudan's government", "the Government of
# Sudan": a country's government stands for the country
# ("met Hamas officials in Cairo": a body's people stand for the body, so
# that what follows them is read)
# (a country or body in the possessive is no party alone: "welcomed Russia
# and Ukraine's exchange", "with X, Jordan's condolences": its noun follows)
define agent = (CTRY | ORG) (officials | leaders | representatives | negotiators | diplomats) | PER | CTRY&POSS (government | authorities) | CTRY&!POSS | ORG&!POSS | DLG | RNP | PAIR | DEM (government | authorities) | the DEM&PEOPLE | government of the? CTRY | CAP&@nonstate-head of the ORG
# ("spoke with His Highness Sheikh X": a style of address before a
# party's honorific and name)
# ("His Eminence Cardinal X", "His Beatitude Y", "His Holiness Z": the
# churches' styles)
define style = (his | her | their) royal? (excellency | excellencies | highness | highnesses | majesty | majesties | eminence | eminences | beatitude | holiness)
# the style of an official before his name in translated Gulf agency
# English: "HE Sheikh X", "HH the Amir", "His Highness Sheikh X"
define exc = $style | he | hh
define agents = list(($exc the? | the | his | her | their | its)? HON{0,2} $agent)
# a list of those present, each name with the rest of its apposed title:
# "attended by X, Director of the Office of the Minister, and Y, adviser to
# the minister for Gulf affairs" (t: the title's rest, where a title
# that stands for a person names no one present: "X, director of the
# office of the minister,"; "council member Dr. X": a body's member
# described in lower case before the style; "the then Minister, Dr X":
# one who held the title then)
define attendees = list((($exc the? | the | his | her | their | its) (then | former)?)? ((!PUNCT&!AGENT&!EVT&!LOC&!CAP&!CONJ&!@stop)? (member | members))? HON{0,2} ROLE? $agent t:((of | for | to | on) the? (!PUNCT&!AGENT&!EVT&!CONJ | ROLE | PER&PRON){1,6})?)
# a run of titles and names, each title before its name (rules *-titled-run)
define attspanword = PER | ROLE | HON | CAP | COMMA | SEMI | CONJ | CTRY | ORG | LOC | DEM | @style | of | for | to | at | on | the | his | her | their | its | royal | highness | highnesses | excellency | excellencies | majesty
# the other side of talks: a capital stands for its government ("talks
# with Nairobi", "talks between Nairobi and Cairo")
define parties = list(the? ($agent | CITY))
# a body's abbreviation in parentheses after its name: "of the Free
# Borna Movement (FBM) X", as readouts write a body the first time
define rolecomp = $of the? (government of the?)? ($body | CAP)+ (LPAR (CAP | ORG) RPAR)? (of the? ($body | CAP)+ (LPAR (CAP | ORG) RPAR)?)*
define portfolio = (!PUNCT&!AGENT&!ROLE&!EVT&!LOC&!CAP&!@stop){1,2}
define affairs = (for | of) the? (LOC | CAP) (CONJ? (LOC | CAP))* (affairs | Affairs)?
define jr = COMMA? (jr | sr) STOP?
define intro = (the? (RNP | !PUNCT&!AGENT&!EVT{1,6}) COLON)
# ("at State House, Nairobi,": a venue, then its city after a comma)
define venue = (at | in) the? (ORG&POSS)? !PUNCT&!AGENT&!EVT&!LOC&!@in{1,3} (COMMA p:CITY (COMMA CTRY)? COMMA?)?
# "at a villa on the outskirts of Muscat", "outside Kampala": a place
# beside the city, the event's city all the same
define outskirts = (on | in) the (outskirts | edge) of | outside
define places = list(LOC)
# machine-translated Arabic calls a peer of a sister country "brother":
# "met his brother the Minister of Foreign Affairs of Bahrain X", "received
# the brother President of X Y": a courtesy before the title, no kinship
define bro = (his | her | their | the)? (brother | sister)
# a nationality and a common noun before a name, no title of the lists:
# "hosted Libyan strongman X", "met Yemeni tribal leader X" (two words)
define descr = $the? (DEM | CTRY POSS) (!PUNCT&!AGENT&!EVT&!ROLE&!LOC&!CAP&!@stop&!@meet&!@welcome&!@call){1,2}
# "in the Omani capital Muscat", "in the Syrian city of Aleppo", "in
# Egypt's capital, Cairo", "in the Saudi city of Jeddah" (Saudi is read as
# the country), "in the Egyptian resort town of Sharm El-Sheikh" (one
# word between), "in the capital, Nairobi," (the country left unsaid),
# "in the capital city Manama" (translated «العاصمة المنامة»): the
# country before the place is no place of the event; "in the Black Sea
# city of Batumi", "in the Sahel town of X", "in the Gulf port of X": a
# sea, coast or region before the kind of place and "of" only locates the
# place named after it, no place of the event
# "at the senior officials' level", "at ministerial level", "at the level
# of deputy ministers": the rank of those who meet, between an event and
# its place (not "talks on the water level in P": a topic)
define level = at the? (!PUNCT&!AGENT&!EVT&!LOC&!@in | QUOTE){0,3} level (of the? (!PUNCT&!AGENT&!EVT&!LOC&!@in){1,3})?
define seat = (DEM | CTRY POSS?) (!PUNCT&!AGENT&!LOC&!EVT&!@stop)? (capital | city | port | town | resort) (COMMA | of)? | LOC&!CITY&!CTRY (!PUNCT&!AGENT&!LOC&!EVT&!@stop)? (city | port | town | resort) of | (city | town | port | resort) of | capital COMMA? | capital city (COMMA | of)?
# after a venue, the finer and the wider places it lies in: "at the X
# Lodge in the town's Y quarter", "at the X Palace, an old royal seat in
# the city's Y district", "at the X Hall in Lisbon's Y district" (a
# city's possessive before its district), "in Kiev" (the venue's city); a
# word of a kind of quarter may close the place
define inner = (in | at | $outskirts) the? ($seat | city | town)? p:(CITY&POSS? $places) (district | neighbourhood | neighborhood | quarter | area)?
define within = (COMMA (a | an | the) (!PUNCT&!AGENT&!EVT&!@in){1,4} ((on | by | near | beside | overlooking) the? (!PUNCT&!AGENT&!EVT&!@in){1,2})?)? $inner $inner?
# "an observer from the AU", "diplomats from Chile and Peru": people sent
# by the bodies or countries after "from"
define sentfrom = (a | an | the)? NUM? (@adjective)* (observer | observers | diplomat | diplomats | representative | representatives | envoy | envoys | delegate | delegates | official | officials) from the? s:list(the? $body)
define margin = (on | at) the? (margins | sidelines | margin | sideline) of the? EVT (COMMA? (in | at) the? p:$places)? COMMA?
# "from 22 to 24 August": a span of days
# ("met secretly in Oslo", "met informally with Y", "met one-on-one": adverbs
# of manner between the verb and what it governs, like "privately")
# ("on Wednesday afternoon", "Monday morning": a part of the day after the
# weekday, first, as the choices are taken in order)
define when = "on"? DATEW (morning | afternoon | evening | night) | for (NUM | !PUNCT&!AGENT&!LOC&!EVT) (hours | hour | minutes | days) | (in | on | of)? DATEW | (in | of)? YEAR | NUM | today | yesterday | tonight | earlier | later | recently | also | again | separately | jointly | virtually | briefly | privately | secretly | quietly | informally | formally | officially | personally | directly | face-to-face | "face to face" | "one on one" | one-on-one | "in private" | "behind closed doors" | here | DATEW | "this morning" | "this afternoon" | "this evening" | "this week" | "last week" | "next week" | "next month" | "next year" | "in person" | "earlier today" | (late | early) "on"? DATEW | (late | early) (today | yesterday | tonight) | "on" DATEW | "on" DATEW NUM | "on" NUM DATEW | "on" NUM CONJ NUM DATEW | "on" the NUM | from (NUM | DATEW) | this DATEW
define aux = will | would | to | has | have | had | last | previously | already | is | are | was | were | be | been | being | did | does | also | shall | may | could | then | later | subsequently | first | initially | finally | eventually | reportedly | due | expected | set | scheduled | planning | plans | planned | going | hopes | hoping | intends

# "the newly appointed ambassador", "the newly-appointed ambassador": a
# title's holder new in office
define newly = newly (appointed | named | accredited) | newly-appointed | newly-named | newly-accredited

# ---------------------------------------------------------------- chunks
# "German Foreign Minister Katrin Vogel", "U.S. Secretary of State
# John Kerry", "Vice President and Foreign Minister Maria Lopez", "NATO
# Secretary General Jens Hansen", "Prime Minister Ana Silva of Portugal",
# "Trade Minister Kari Dahl" (a portfolio the title list lacks); after
# the name "of", "for" or "to" a body, not "at" or "in" one; "welcomed
# the new ambassador of Italy X"; "met
# Defence Secretary X at the Pentagon" names where they met; "the
# visiting Pakistani Interior Minister X", "the outgoing UN envoy X";
# "Minister of Health and Population X" (a listed title, more of its
# portfolio after "and"); Gulf readouts in translation name the host state
# by its kind: "the Ambassador of Sri Lanka to the State Mr. X" (Qatar),
# "to the Kingdom", "to the Sultanate"; "former Kenyan President X": the
# qualifier before the nationality; a translation without articles:
# "special envoy of government of Norway on Middle East question X" (the
# government stands for its country; the file he is charged with)
# ("U.S. Middle East envoy X", "the EU Sahel envoy X": the region of an
# envoy's remit between his body and his title)
# ("Trade, Agribusiness and Industry Minister X": the portfolios listed
# before the title)
# ("the First Deputy Minister of Foreign Affairs X": the deputy's rank;
# "the Minister of National Defence of Vietnam General X": a military
# rank between the office and the name; "the Chairman of the Council,
# Lieutenant General X": a rank of two words after the comma)
# ("Economic Cooperation Organization (ECO) Secretary-General X": the
# body's acronym in parentheses between its name and the title)
rule title-name stage=chunk make=person conf=0.85
  $bro? ((his | her) excellency)? (his | her | their | its | the)? (visiting | outgoing | incoming | new | former | $newly)? ($the? $body POSS? (LPAR !PUNCT{1,2} RPAR)?)* (former | then | acting | visiting | outgoing | incoming | @qualifier)? (PLACE&!POSS ROLE_ENVOY ROLE* | (((@portfolio | CAP&!AGENT){1,2} COMMA){0,3} (@portfolio | CAP){1,2} CONJ)? (first | second)? CAP{0,2} ROLE+) $rolecomp? $affairs? ((on | for) the? LOC+ (question | issue | file))? ((COMMA (DEM? @portfolio)+)* CONJ (DEM? @portfolio)+)? ((COMMA HON? | CONJ CAP{0,2}) ROLE+ $rolecomp? $affairs?)* ((in | to) the? (LOC | @statehood))? ROLE_RANK? HON? n:PER $jr? ((of | for | to) the? $body)?

# machine-translated Arabic puts the adjective of nationality after the
# title: "received the President Lebanese X", "the Minister Foreign
# Affairs Iraqi X" («الرئيس اللبناني X»)
rule en-mt-title-nationality-name stage=chunk make=person conf=0.7
  the? ROLE+ $affairs? DEM HON? n:PER
# and after the counterpart: "met with his counterpart the Greek X"
# («نظيره اليوناني X»), the adjective with its own article
rule en-mt-peer-the-nationality-name stage=chunk make=person conf=0.65
  (his | her | their) ROLE_PEER COMMA? the DEM HON? n:PER
# "met her Georgian host, Prime Minister X", "at the invitation of his
# Indonesian counterpart, His Excellency President X": the host's (the
# counterpart's) nationality is the country of the title after it
rule en-own-host-title-name stage=chunk make=person conf=0.7
  (his | her | their) DEM (host | hosts | ROLE_PEER) COMMA $style? ROLE+ HON? n:PER
# "Prime Minister X, his Indian counterpart,": the adjective before the
# counterpart names the country of the title before the name
rule en-name-comma-demonym-peer stage=chunk make=person closed=yes conf=0.65
  ROLE+ HON? n:PER COMMA (his | her | their) DEM ROLE_PEER
# and after the name: "X the president Ukrainian" («X الرئيس الأوكراني»;
# dem=after: the adjective ends the title, it qualifies no noun after it)
rule en-mt-name-title-nationality stage=chunk make=person dem=after conf=0.65
  n:PER COMMA? the ROLE+ DEM

# and the whole title after the name with no comma, its body said:
# "X Minister of Foreign Affairs of Russia held talks with Y", "X the
# Prime Minister of Malta" («X وزير خارجية روسيا»)
rule en-mt-name-title-of-body stage=chunk make=person conf=0.65
  n:PER&!POSS&!PRON the? ROLE+ $rolecomp

# "Russian President Pavel Orlov's spokesman, Dmitry Volkov,": the
# possessor's title and the name's, both of that country
rule possessor-title-name stage=chunk make=person possessor=p conf=0.7
  ($the? $body POSS?)* ROLE+ p:PER&POSS ROLE+ COMMA HON? n:PER

# "the President of the United States, Ana Silva,", "the personal envoy
# of the UN Secretary-General for Libya, Omar Haddad," (the title he
# serves is not his), "the Ambassador of Syria to Russia, Omar Haddad,"
# (where he serves is no body of his); machine-translated English drops
# the comma before an honorific: "the Special Envoy of the UN Secretary
# General on Yemen Mr. X"; "the visiting President of Togo, X,"
# "The Foreign Secretary, Edward Blake, said", "his Japanese
# counterpart, Kenji Mori,", "his Indonesian counterpart, His Excellency
# President X", "her counterpart from Japan, Kenji Mori,",
# "the visiting Kenyan foreign minister, Ann
# Wanjiru,", "The deputy prime minister and minister of finance of Ghana,
# X," (two offices), "the Saudi ambassador to Yemen, X," (where he
# serves is no body of his): a definite or possessed title, a comma, the
# name (its body, when none is said, the document's)
# (closed=yes: a comma or the sentence's end closes the apposition, so
# that "After meeting the Kenyan president, X flew" gives X nothing)
# ("The deputy prime minister and minister of finance, X,": two offices)
# ("the Minister for International Development and the Pacific, the Hon
# X MP": portfolios joined by "and the", the style before the name)
rule the-title-comma-name stage=chunk make=person closed=yes conf=0.7
  (the | his | her | its | their) visiting? (DEM | $body)? ROLE+ (CONJ ROLE+)? ((for | from) the? (LOC | CAP)+ (CONJ the? (LOC | CAP)+)* | (to | in | at) the? (LOC | ORG))? COMMA the? $style? HON? n:PER
# ("The Minister of Foreign Affairs, Trade and Development of Canada, X,":
# more of a listed title's portfolio before its body)
# "- Minister of Agriculture, Mr X;", "Minister of Trade, Industry and
# Competition, Ms Y": a title and its portfolio, then a style and the name
# (the lists of Commonwealth releases); the title's country is the
# document's
rule title-comma-style-name stage=chunk make=person closed=yes conf=0.7
  ROLE+ ((of | for) (@portfolio | CAP&!AGENT)+)? ((COMMA (@portfolio | CAP&!AGENT)+)* CONJ (@portfolio | CAP&!AGENT)+)? COMMA HON n:PER
# ("received the newly appointed Ambassador of Korea, X"; "the Executive
# Secretary of the Community, His Excellency Mr X": a style and an
# honorific after the comma)
rule title-of-body-comma-name stage=chunk make=person conf=0.8
  $bro? ((his | her) excellency)? the? (visiting | outgoing | incoming | new | $newly)? (ROLE+ CONJ)? ROLE+ ((COMMA @portfolio+)* CONJ @portfolio+)? ($of the? $body* ROLE+ ($of the? $body+)? ((for | on) the? (LOC | CAP)+)? | $of the? $body+ $affairs? ((to | in) the? (LOC | $body | CAP))?) (COMMA $style? HON{0,2} | HON) n:PER

# "Special Representative of the President of the Russian Federation for
# the Middle East Ivan Petrov": an envoy of a titled principal, the
# principal's body and the envoy's region, then the name with no comma
# ("the Special Envoy of the Secretary-General of United Nations to Mali
# Madam X": the country he is sent to after "to")
rule en-envoy-of-title-name stage=chunk make=person conf=0.75
  the? ROLE* ROLE_ENVOY of the? $body* ROLE+ $of the? $body+ ((for | on | to) the? (LOC | CAP)+ ((CONJ | COMMA) the? (LOC | CAP)+)*)? HON? n:PER
# "the Special Envoy of the Brazilian President for Climate Affairs X",
# "the senior adviser to the Brazilian President for climate affairs,
# X,": the principal's country before his title; a field or a comma
# before the name, else the name may be the principal's ("... of the
# Brazilian President X for climate affairs Y": the principal named)
define aidefield = (for | on | to) the? (LOC | CAP | !PUNCT&!AGENT&!EVT&!ROLE&!@stop){1,4}
rule en-aide-of-principal-name stage=chunk make=person conf=0.7
  the? ROLE* (ROLE_ENVOY | ROLE_ADV) (of | to) the? (DEM | CTRY&POSS) ROLE+ (PER? $aidefield COMMA? | COMMA) HON? n:PER

# "the EU's fisheries commissioner, Maria Santos,", "Egypt's ambassador
# in Lima, Omar Sami," (where he serves is no body of his), "Kenya's
# Cabinet Secretary for Defence, X," (a portfolio after the title), "the
# State Department's coordinator for refugees, X," (a field in lower
# case), "Norway's top negotiator with the rebels, X," (the other side);
# "the Danish embassy's press attaché, X,", "the Danish government's
# spokesman, X,": a country's embassy, mission or government is the
# country's (not the Russian space agency's head: no head of Russia); so is
# its ministry in lower case: "the Afghan foreign ministry spokesman, X,"
define stateowner = DEM (@seat-head | @description-head | @portfolio{1,2} ministry)
# ("Kuwait's prime minister and foreign minister, X,": two offices)
rule body-title-comma-name stage=chunk make=person conf=0.75
  the? (CTRY&POSS | ORG&POSS | $stateowner) (CAP | !PUNCT&!AGENT&!ROLE&!EVT){0,2} ROLE+ (CONJ ROLE+)? $affairs? ((for | on) (!PUNCT&!AGENT&!ROLE&!EVT&!CAP&!@stop){1,3})? ((in | to | at | with) the? (LOC | $body | !PUNCT&!AGENT&!ROLE&!EVT&!CAP&!@stop))? COMMA HON? n:PER

# "Latvia's Ivars Ozolkalns and Estonia's Mart Tammesaar met in Riga": a
# country's possessive right before a person's name, no title between,
# is the person of that country; the person is the party, not the
# country (untitled=yes: a person chunk without a title)
rule en-country-poss-name stage=chunk make=person untitled=yes conf=0.7
  CTRY&POSS n:PER&!POSS

# an office, after a name: "the NATO secretary general", "Portugal's
# prime minister", "a senior adviser to the Danish premier", "the IMF's
# debt policy chief" (a portfolio the title list lacks)
define owner = CTRY&POSS | ORG&POSS | CTRY POSS | ORG POSS | $stateowner
define rank = senior | former | top | chief | supreme | close | longtime | trusted | key | @qualifier
# ("Amal Haddad, the newly appointed ambassador of Lebanon to France")
# ("X, spokesman for the Polish foreign ministry,": a country's ministry
# in lower case is the country's)
define office = ($the? ($owner) $portfolio? | $the | his | her | their)? ($newly | newly elected | newly-elected)? ($rank | CAP)* $body* CAP* ROLE* ROLE&!POSS ($of the? (DEM @portfolio{1,2} ministry | $body+))? ($affairs ($of the? $body+)?)?

# "Jens Hansen, the NATO secretary general," "Ana Silva, Portugal's
# prime minister," "Lars Holm, a senior adviser to the Danish premier",
# "Eva Lind, the IMF's debt policy chief,", "Claire Dubois, Special Envoy
# for the Sahel," (a portfolio of places), "Ravi Menon, Minister of
# External Affairs of India," (the country after the portfolio)
# "X, Minister of State of the UAE and Chairman of the Y Fund,": a second
# office with its own body after "and"
# machine-translated apposition without commas: "Brandt the German envoy
# met ...", "with Kovalenko the Ukrainian president"
rule en-name-the-dem-title stage=chunk make=person conf=0.65
  n:PER the DEM ROLE+
# ("X, Minister of Investment, Trade and Industry": the portfolios of one
# office listed after it)
# "X, a member of the Political Bureau of the Central Committee and
# Chinese foreign minister, met Y": an office after the membership of a
# body, in the apposition (t: the office; member=b: X is a member of b)
rule name-comma-member-and-title stage=chunk make=person member=b conf=0.75
  n:PER COMMA (a | an) member of the? b:(($body | CAP)+) (of the? ($body | CAP)+)* CONJ t:($office) COMMA
rule name-comma-title stage=chunk make=person conf=0.8
  n:PER COMMA $office ((COMMA (DEM? @portfolio)+)* CONJ (DEM? @portfolio)+ ($of the? $body+)?)? (CONJ ($rank | CAP)* ROLE+ $of the? $body+)?
# a line of a list of those present: "- X, Minister of State, United Arab
# Emirates", "- Dr. Y, Minister of Foreign Affairs, Kingdom of Z;": the
# country after the office and a comma ends the line and is its body
# (closed=line: nothing but punctuation after it; "In a meeting with X,
# Minister of Foreign Affairs, Mozambique pledged ...": the country is the
# next clause's subject)
rule name-comma-title-comma-country stage=chunk make=person closed=line conf=0.75
  n:PER COMMA $office COMMA the? CTRY&!POSS (STOP | SEMI)?
# "X, Deputy Prime Minister and Minister of Interior, received Y": two
# offices joined, the second with no body, closed by a comma (not "X,
# the ambassador, and Minister Y": a name follows that title); the comma
# stays out of the chunk (closed=comma), for the clause it opens: "held
# a meeting with X, Deputy Prime Minister and Minister of Y, who is
# visiting Z, at the W Palace"
rule en-name-comma-two-titles stage=chunk make=person closed=comma conf=0.75
  n:PER COMMA $office CONJ ($rank | CAP)* ROLE+ ($of the? $body+)?
# "X, in his capacity as Syrian foreign minister,", "X, acting as
# Syria's foreign minister,": the office in whose capacity one acts
rule en-name-in-capacity stage=chunk make=person conf=0.7
  n:PER COMMA? (in (his | her) capacity as | acting as) $office

# "Ambassador X, spokesman for the Egyptian Foreign Ministry,", "Dr. X,
# Minister of Health,": a rank or a bare title before the name, the
# office in apposition after it (closed=yes: a comma or the sentence's end
# closes the apposition, no name follows whose title it would be); a
# military rank of several words: "Staff Major General X, Undersecretary
# of the Ministry of Interior,"
rule title-name-comma-office stage=chunk make=person closed=yes conf=0.75
  (CAP&!AGENT&!@stop){0,2} ROLE&ONEWORD HON? n:PER COMMA $office ((COMMA @portfolio+)* CONJ @portfolio+ ($of the? $body+)?)?

# "X, chief foreign policy adviser to Turkish President Y,": the adviser
# of a titled principal (the principal's title and country are not his)
rule en-name-comma-adviser-to stage=chunk make=person advises=p conf=0.75
  n:PER COMMA (a | an | the)? ($rank | @adjective | !PUNCT&!AGENT&!ROLE&!EVT&!@stop&!CAP){0,3} ROLE* ROLE_ADV (to | of) the? ($body POSS?)* ROLE+ HON? p:PER
# a relative clause naming the one advised by his possessive: "X, who
# has served as President Y's senior adviser on security," "X, who is
# Y's chief adviser," (the title before Y is Y's, not X's)
rule en-name-who-possessor-adviser stage=chunk make=person advises=p conf=0.7
  n:PER COMMA who (COMMA? $aux)* (@tenure (as | to be)?)? (a | an | the)? ($body POSS?)* ROLE* p:PER&POSS ($rank | @adjective | !PUNCT&!AGENT&!ROLE&!EVT&!@stop&!CAP){0,3} ROLE* ROLE_ADV

# an office taken up or held, after the name: "Lena Berg served as
# foreign minister of Sweden", "Omar Haddad was appointed ambassador to
# Chile", "Ruth Adler, who was named the UN envoy for Libya,", "Ana Ruiz
# became prime minister of Peru"
rule name-tenure-title stage=chunk make=person conf=0.75
  n:PER COMMA? who? (COMMA? $aux)* (then | previously | formerly | later | once | briefly)? (@tenure | "sworn in") (as | to be)? $office
# "Ruth Adler, who was the UN special envoy for Libya,", "Omar Haddad,
# who is Chile's ambassador,"
# "Omar Haddad succeeded Rosa Alvarado as foreign minister of Chile"
# "Omar Haddad will succeed the outgoing Rosa Alvarado as UN envoy"
rule name-succeeded-as-title stage=chunk make=person conf=0.7
  n:PER (COMMA? $aux)* (succeeded | succeeds | succeed | replaced | replaces | replace | "took over from" | "takes over from" | "take over from") $the? (outgoing | departing | retiring | resigning | late | ousted | former | @qualifier)? HON? PER as $office
# "Rosa Alvarado was the UN special envoy for Libya until May", "Omar
# Haddad is Chile's ambassador to Peru": the office names its body (not
# "Ana Ruiz is the president of the club", nor "was the president's guest")
define bodyoffice = $the? (($owner) $portfolio? | ($rank)* $body+) ($rank | CAP)* ROLE* ROLE&!POSS ($of the? $body+)? | $the? ($rank | CAP)* ROLE+ $of the? $body+
rule name-is-title stage=chunk make=person conf=0.7
  n:PER (is | was | "has been" | "had been") (then | previously | formerly | also | currently | now | still)? $bodyoffice
rule name-who-is-title stage=chunk make=person conf=0.7
  n:PER COMMA who (is | was | "has been" | "had been") (then | previously | formerly | also | currently | now)? $office
# "the council elected Omar Haddad as its new president": the title is
# of the body that elects
rule body-elected-name-its-title stage=chunk make=person conf=0.7
  (ORG | CTRY) (COMMA? $aux)* $when* (elected | elects | appointed | appoints | named | names | chose | chooses | picked | selected) n:PER (as | to be)? (its | their) (new | interim | acting | first | @qualifier)* ROLE+

# "the president appointed Omar Haddad as ambassador to Chile", "named
# Ruth Adler foreign minister" (appointer=before: an office that names no
# body is the country's of the one who appoints, named before the verb:
# "Chilean President X appointed Y as foreign minister", "Qatar appointed
# X as ambassador to Canada")
rule appoint-name-title stage=chunk make=person appointer=before conf=0.7
  (appointed | appoints | appoint | named | names | nominated | nominates | nominate) n:PER (as | to be)? $office

# "Russia's foreign minister", "the French president" (closed=noperson:
# not before a name, whose title it is: "Speaking to AP, NATO Secretary
# General X" is no title of AP)
rule body-title stage=chunk make=role closed=noperson conf=0.7
  (his | her | their | its)? list($the? $body POSS?) ROLE+

# "senior Russian and American officials": officials standing for their countries
rule officials-of stage=chunk make=role conf=0.65
  (senior | top | high-level)? list(DEM) @group-noun

# "the foreign ministers of France, Germany and Italy", "the president of
# Chile", "foreign ministers of the ten SADC member states and Chile" (a
# bloc's members stand for it)
rule title-of-bodies stage=chunk make=role conf=0.7
  the? ROLE+ (of | from) the? list(the? (NUM | two | three | four | five | six | seven | eight | nine | ten | eleven | twelve)? $body (member states | member countries)?)

# "the two ministers", "both leaders": the two persons of the last meeting
# told, or the two named together in the sentence before (pair=persons);
# "the two sides", "both delegations": its two parties, whatever they are
# (two delegations named before, where a word of delegations says so:
# pair=delegations)
rule en-the-two-titles stage=chunk make=pair pair=persons conf=0.7
  (the two | both | both the) ROLE&ROLE_PL
rule en-the-two-delegations stage=chunk make=pair pair=delegations conf=0.65
  (the two | both | both the) DLGW
rule en-the-two-sides stage=chunk make=pair conf=0.65
  (the two | both | both the) (sides | parties | camps)

# "the Russian delegation", "Ukrainian and Russian negotiators", "the Kyiv
# delegation", "the Hamas delegation", "a Togolese government
# delegation", "the Kenyan parliamentary delegation", "the Sudanese army
# delegation", "the visiting Qatari delegation"
# ("a high-level ECOWAS mediation delegation": a body's mediators)
rule body-delegation stage=phrase make=delegation conf=0.8
  the? (visiting | high-ranking | high-level | senior)? list(DEM | CTRY | CITY | ORG) (government | governmental | parliamentary | official | ministerial | military | army | security | economic | trade | technical | negotiating | high-level | mediation | peace | observer)? DLGW
# "the government delegation was led by X": the delegation of the one
# country whose government the report has named ("talks between the
# Colombian government and the rebels")
rule en-government-delegation stage=phrase make=delegation body=government conf=0.7
  the @gov-adjective DLGW
# "Tehran would send a delegation headed by X", "Kenya has sent a
# delegation to the talks": the sender's delegation (a capital stands for
# its government)
rule en-sent-delegation stage=phrase make=delegation span=noun conf=0.65
  (CTRY | CITY | ORG) (COMMA? $aux)* $when* (send | sends | sent | sending | dispatch | dispatched | dispatches) a (high-level | senior | government | official)? DLGW
# machine-translated Arabic: "the delegation American", "a delegation
# Jordanian" («الوفد الأمريكي»: the adjective after the noun)
rule en-mt-delegation-nationality stage=phrase make=delegation conf=0.65
  (the | a) DLGW DEM
# "a delegation from the European Union", "a team of Kenya's", "the
# delegation of Yemen's government", "the delegation of the movement
# Fatah" (machine-translated: the kind of body before its name)
# ("a visiting parliamentary delegation from Uzbekistan": words of its
# kind and level before the noun)
rule delegation-from stage=phrase make=delegation conf=0.7
  (a | the)? (visiting | @portfolio | high-level | high-ranking | senior | official | joint | government | governmental | parliamentary | ministerial | business | trade)* DLGW (from | of | representing) the? (movement | group | party | organisation | organization)? list(CTRY | ORG) (government | authorities)?

# "the NATO summit", "the Geneva talks", "the second round of talks",
# "the Andean Foreign Ministers' Meeting", "the Lake Toba Trilateral Summit",
# "the EU-China summit" (a dash between names, not a dateline's: "CAIRO
# (AP) — Talks between ..."); "the third round of the Chile-Peru Strategic
# Dialogue": a round of a named series, one event; "the Chilean-Peruvian
# high-level meeting": words of its level and kind before the noun; "the
# China-Peru Foreign Ministers' Strategic Dialogue": the capitals after
# the holders' possessive
rule named-event stage=phrase make=event conf=0.7
  (@ordinal | ORDNUM | last | previous | latest | upcoming)? ($body | LOC | CAP | ROLE | RNP | HYPHEN)* (high-level | "high level" | bilateral | trilateral | ministerial | joint | annual)* (QUOTE CAP*)? EVT+ (of EVT | of the ($body | CAP | HYPHEN)+ EVT&CAP)?

# ------------------------------------------------------------------ skip

# "he would meet Y next month if circumstances allow", "will meet Y in
# case the government agrees": a meeting on a condition is no meeting; its
# verb is set aside (not "to discuss if ...", "to see if ...", whether;
# nor the condition of another clause)
rule conditional-meeting stage=skip whole=no
  x:(@meet | @welcome | @conduct | @discuss | @call) (!STOP&!COMMA&!@speech){0,13} !STOP&!COMMA&!@speech&!@discuss&!see&!ask&!asked&!know&!decide&!determine&!assess&!check COMMA? (if | unless | (in case) | (provided that))

# parentheses and relative clauses: "X (the former envoy) met Y",
# "X, who arrived on Monday, met Y"
# "X, for his part, met Y", "X, in turn, said": a discourse aside between
# commas after the subject is set aside
rule en-aside-for-his-part stage=skip
  AGENT x:(COMMA ((for | on) (his | her | their | its) part | in turn | meanwhile | however | likewise | separately | too) COMMA)
# "X received the Special Representative of the Secretary-General for P
# and Head of the Q Office (ABBR), Mr Y, at the State House, Z": the
# guest's long title apposed to his name after it and a comma is set
# aside, so that the name is the guest, not the title's body (whole=no:
# read whole, the title would be the guest)
rule en-title-apposed-to-guest stage=skip whole=no
  $agent (COMMA? $aux)* COMMA? $when* @welcome $when* x:(the? (ROLE | RNP) (ROLE | RNP | ORG | CTRY | DEM | CAP&!LOC | LOC&!CITY | CONJ | of | for | the | on | to){0,20} (LPAR !RPAR{1,4} RPAR)? COMMA) HON? PER COMMA
# "the consultative meeting on Sudan to be hosted by Egypt": the country
# an event is about, right after the event word, is its topic, no party
# (not read whole: "Sudan ... hosted by Egypt" would be a guest)
rule en-event-topic-country stage=skip whole=no
  EVT x:((on | about | regarding) the? CTRY&!POSS)
rule parenthesis stage=skip
  x:(LPAR !RPAR{0,12} RPAR)
# "there are no plans for a meeting between X and Y", "no plans to hold
# talks with X": an event no one plans is set aside with its denial
# (whole=no: the sentence is not read again with it)
rule no-plans stage=skip whole=no
  x:(no (plans | plan | intention) (for | to) (hold | @conduct | @meet)? (a | an | any | the)? EVT)
# "the Jordanian and Egyptian foreign ministers, Fadi Haddad and Samir
# Adel, met": the names stand for the titles, not beside them (whole=no:
# the sentence is not read again with the titles)
# ("X met with the foreign ministers of Chile and Peru, Y and Z.": the
# names end the sentence; "the foreign ministers of A and B - X and Y -
# met": the names between dashes; "..., X and Y respectively,": the word
# that says the order)
rule titles-apposition stage=skip whole=no titles=respectively conf=0.7
  x:(the? r:RNP COMMA) n:list(HON? PER) respectively? (COMMA | STOP)
rule titles-apposition-dashes stage=skip whole=no titles=respectively conf=0.7
  x:(the? r:RNP DASH) n:list(HON? PER) DASH
rule titles-apposition-dashes-close stage=skip whole=no conf=0.7
  the? RNP DASH list(HON? PER) x:DASH
# "Foreign Ministers X of Brazil, Y of Colombia and Z of Mexico met": a
# plural title before the first name, each name's country after it; the
# countries set aside, the names are coordinated
rule en-plural-title-names-of-countries stage=skip titles=interleaved whole=no conf=0.65
  p:(PER&TITLED) (COMMA | CONJ) HON? n:PER x:(of the? d:CTRY)
rule en-plural-title-names-of-countries-third stage=skip titles=interleaved whole=no conf=0.65
  p:(PER&TITLED) (COMMA | CONJ) HON? PER of the? CTRY (COMMA | CONJ) HON? n:PER x:(of the? d:CTRY)
# "The two foreign ministers, X of the Czech Republic and Y of Slovakia,
# met in Prague": a plural title, then its holders in apposition, each with
# his country; the countries set aside, the names are coordinated
rule en-titles-apposition-of-countries stage=skip conf=0.65
  ROLE COMMA HON? PER x:(of the? CTRY) (COMMA? CONJ | COMMA) HON? PER of the? CTRY
rule en-titles-apposition-of-countries-next stage=skip conf=0.65
  ROLE COMMA HON? PER of the? CTRY (COMMA? CONJ | COMMA) HON? PER x:(of the? CTRY) COMMA
# "On the margins of the UN General Assembly, X met Y": a margin of no
# event word is set aside; its body is no party
# "At his arrival in Doha, capital of the Qatar, X was received": the
# capital's apposition set aside (its country is no party), read alone
# for where the city lies
rule en-capital-apposition-aside stage=skip whole=no
  a:(CITY) x:(c:(COMMA the? capital of the? CTRY)) COMMA
rule margin-phrase stage=skip whole=no
  x:((on | at) the? (margins | sidelines | margin | sideline) of the? (!EVT&!COMMA&!STOP){0,7} !EVT&!COMMA&!STOP&!LOC COMMA)
# "On the sidelines of the UN General Assembly in New York, X met Y": the
# margin set aside up to its place, which sets the scene of the sentence
# (en-fronted-place)
rule margin-phrase-in-place stage=skip whole=no
  x:((on | at) the? (margins | sidelines | margin | sideline) of the? (!EVT&!COMMA&!STOP&!@in){1,8}) (in | at) the? $seat? $places COMMA
# "Led by Deputy Minister X, the Russian delegation met ...": the phrase
# set aside says who leads the delegation after it (read as "the Russian
# delegation led by X"); the leader meets no one of his own delegation
rule fronted-led-by stage=skip whole=no
  x:(c:((led | headed) by the? (!STOP&!COMMA){1,8}) COMMA) the? a:(DLG | DNP)
# "X, a close adviser to President Y, arrived": the one advised is set
# aside (read with the adviser: "X adviser to Y"); the sentence's verb is
# the adviser's; "X, an adviser to the Supreme Leader, met Y" (a title
# for the one advised)
rule adviser-apposition stage=skip whole=no
  a:PER&ADV x:(c:((to | of) the? (list(HON? PER) | ($body POSS?)* CAP* ROLE+ ($of the? $body+)?)) COMMA)
# "Kenya's President X and Tanzania's Y": the title left out after the
# second country is the first's; the possessive set aside, the names are
# coordinated
rule title-elliptic stage=skip titles=elliptic conf=0.65
  p:(PER&TITLED) CONJ x:(d:CTRY&POSS) n:PER
# "According to the state news agency, X received a call from Y", "X,
# according to his office, met Y": the source is set aside with the comma
# before it ("Norway, according to a statement, hosted …"); it takes no
# part in what it reports (whole=no: nor is it read as a party)
rule according-to stage=skip whole=no
  x:(COMMA? according to the? (!COMMA&!STOP){1,8} COMMA)
# "X sat down with Y, the agency reports", "X met Y, Reuters reported on
# Monday", "..., the ministry said in a statement": the source named
# after the last comma, with its verb of saying at the sentence's end, is
# set aside; it takes no part in what it reports (not a clause after the
# verb, ", Y said progress was made"; not a place opening it, "in Nairobi,
# Kenya's broadcaster said": the town's country)
rule source-said-after stage=skip whole=no
  x:(COMMA (!COMMA&!STOP&!EVT&!ROLE&!LOC) (!COMMA&!STOP&!EVT&!ROLE){0,4} (reports | reported | said | says | added | tells | told reporters | quoted | cited) ((on | in | at | late | earlier | today | yesterday) (!COMMA&!STOP&!EVT&!AGENT){0,3})?) STOP
# "X, accompanied by Y, met Z": the companion set aside, X meets Z (the
# whole sentence, read too, has Y meet Z)
rule accompanied-apposition stage=skip
  a:($agent) x:(COMMA accompanied by (!STOP&!COMMA){1,8} COMMA)
# "Karim Bouallam, the president, received Y": a name with its title in
# commas is one chunk; the closing comma before its verb (a word that is no
# name, title, place, preposition or conjunction) is set aside, so that
# every rule reads the subject next to its verb
# "X, the government's special envoy on the Sahel issue, held talks with
# Y", "X, the UN's representative for the Horn of Africa, met Y": the rest
# of a title in apposition (its topic or body after "on", "for", "to",
# "of") set aside, so that the verb after it is the named person's (also
# the last word of a topic the title took in: "envoy for the Sahel
# question,"; "X, senior adviser to Y for the Horn of Africa, also took
# part in the meeting")
rule en-title-tail-aside stage=skip
  a:PER&TITLED x:(((on | for | to | of) (!STOP&!COMMA&!@meet&!@welcome&!@call&!@speech&!EVT&!AGENT){1,8} | (!PUNCT&!AGENT&!EVT&!CONJ&!CAP&!@stop&!@speech&!@meet&!@welcome&!@call&!@visit&!@attend){1,2}) COMMA) (COMMA? $aux)* $when* (@meet | @welcome | @call | @visit | @attend | @host | held | hold | holds | had | has | have | conducted | "took part" | "take part" | "takes part" | "taking part")
rule en-titled-subject-comma stage=skip
  a:PER&TITLED x:COMMA (@meet | @welcome | @call | @visit | @attend | @lead | @discuss | @accompany | @host | !PUNCT&!AGENT&!CONJ&!@stop&!ROLE&!LOC&!EVT&!CAP&!NUM&!@with-stop)
# "X, on behalf of President Y, attended the summit": for whom he came set
# aside, X attends (whole=no: Y is not read as the attendee)
rule on-behalf-apposition stage=skip whole=no
  a:($agent) x:(COMMA ("on behalf of" | representing) (!STOP&!COMMA){1,8} COMMA)
# "The talks, which lasted three hours, were held in Doha": an event's
# relative clause set aside, and read with the event ("the talks are
# mediated by the AU")
rule event-relative-clause stage=skip
  a:EVT x:(COMMA (which | that) c:(!STOP&!COMMA{1,12}) COMMA)
# "X, a senior member of Hamas, met Y": the apposition set aside, X meets
# Y (whole=no: the body in it is no party); read with X it says X is a
# member ("X, also a member of the Central Committee, held talks")
rule member-apposition stage=skip whole=no
  a:PER x:(c:(COMMA also? (a | an | the)? (senior | leading | founding | @qualifier)? (member | members) of (!STOP&!COMMA){1,12}) COMMA)
# "Ambassador X, Special Envoy for the Sahel, met Y": an apposed title the
# chunks left (the name took its first title) is set aside; "Ambassador X,
# U.S. Representative to the UN, met Y" (a country's title, one chunk);
# read with the name, the apposition says whom he advises ("X, a close aide
# to President Y,")
rule title-apposition stage=skip whole=no
  a:PER x:(COMMA c:(((the | a | an)? ($rank | CAP)* ROLE | RNP) (!STOP&!COMMA&!@meet&!@welcome&!@call){0,8}) COMMA)
# "X arrived in Juba on Sunday and held talks with Y", "X flew to Rome
# and met Y": the arrival, coordinated with the verb of meeting, is set
# aside (read with X as his visit), so that the verb after "and" is X's
rule en-arrived-and-met stage=skip
  a:$agent ((COMMA? $aux)* | COMMA) x:(c:($when* @visit (in | to | at)? the? $seat? $places $when*) CONJ $when*) (@meet | @welcome | @call | held | hold | holds | had | conducted | discussed | signed | attended | received | hosted)
# "X, on an official visit to Beijing, held talks with Y", "X, also in
# Lima for the meeting, held talks with Y"; "X, who is in
# Cairo on a two-day visit, met Y" is relative-clause's: the visit set off
# by commas is set aside, the verb after it is X's (read with X, the
# clause places the sentence's meeting: en-on-visit-to)
rule en-on-visit-apposition stage=skip
  a:$agent x:(COMMA c:((on | during | in) (a | an | his | her | their) (!PUNCT&!AGENT&!EVT&!LOC&!@stop | @adjective){0,3} @visit (to | in) the? $seat? $places $when* | in the? $seat? $places $when* (on | for) (a | an | his | her | their) (!PUNCT&!AGENT&!EVT&!LOC&!@stop | @adjective){0,3} @visit | also? in the? $seat? $places $when* for the? (@adjective)* EVT) COMMA)
# "X meets Y in the second round", "Brazil will meet Argentina in Sunday's
# World Cup final", "she met Y in the quarter-finals": in sport "meet" is
# a fixture, no meeting; the verb and its fixture are set aside (the
# round of talks keeps "of": "met in the final round of talks")
rule sports-fixture stage=skip whole=no
  x:(@meet !PUNCT&!@meet{0,8} (in | at) (!PUNCT&!AGENT&!LOC&!EVT&!@meet){0,3} (final | finals | semifinal | semifinals | semi-final | semi-finals | quarterfinal | quarterfinals | quarter-final | quarter-finals | playoff | playoffs | play-off | play-offs | match | fixture | derby | "group stage" | "knockout stage" | "last 16" | "round of 16") !of)

# "X, Spain's Minister of Foreign Affairs, European Union and
# Cooperation, received Y": more of a titled person's portfolio after a
# comma, a portfolio's word last after "and", is set aside (no body of
# his, no party)
rule en-portfolio-tail stage=skip
  PER&TITLED x:(COMMA (ORG | DEM | CAP | PER | @portfolio){1,3} (COMMA (ORG | DEM | CAP | PER | @portfolio){1,3})* CONJ (DEM | CAP)? @portfolio+) COMMA
# "met X, the military adviser of the Danish defence minister, and Y": the
# adviser's phrase ends at the principal's country; the principal's title
# after it is set aside, so that the list of those met goes on
rule en-principal-title-tail stage=skip
  PER&ROLE_ADV x:(ROLE+) (COMMA | STOP | CONJ)
# "X, at the head of a high-level delegation, arrived in Y": the
# apposition set aside, X is the subject of the verb after it
rule en-at-head-of-delegation-aside stage=skip
  a:PER x:(COMMA (at | as) the ROLE_HEAD of (a | an | the | his | her | their)? (!PUNCT&!AGENT&!EVT&!LOC&!DLG){0,3} DLG COMMA)
# "X, who is mediating alongside Y, met both delegations": the clause
# says X and Y mediate (read alone: en-mediating-alongside); Y is no
# subject of the verb after it (whole=no)
rule en-who-mediates-alongside stage=skip whole=no
  a:(PER) x:(COMMA who c:((is | was | has been | had been) also? (mediating | co-mediating) (the? EVT)? (alongside | "together with") the? $agent) COMMA)
rule relative-clause stage=skip
  a:($agent) x:(COMMA (who c:(!STOP&!COMMA{1,20}) | which c:((includes | included | include | comprises | comprised) !STOP{1,20}) | (whose | which | "known for" | "best known for" | "widely seen as") !STOP&!COMMA{1,20}) COMMA) (!PER&!HON&!ROLE&!RNP | STOP)
# "met Y, who is visiting Japan.": a clause of state that ends the
# sentence says where its antecedent is all the same ("Y is visiting
# Japan", "Y is on an official visit to Japan"; not "who arrived in
# Oslo.", which may be another place than the talks', nor a visit past or
# to come: "who was visiting Iraq in March", "who is due to visit Kampala
# next month")
rule relative-clause-final stage=skip
  a:($agent) x:(COMMA who c:((is | are) (currently | now)? (visiting | on (a | an | his | her | their) (!PUNCT&!AGENT&!EVT&!LOC&!@stop | @adjective){0,3} @visit (to | in)) (!STOP&!COMMA&!next&!last&!later&!tomorrow&!ago&!previously&!@visit){1,8})) STOP
# "attended by A, who also serves as B, C and D": in a list of names the
# comma after the clause stays, between the list's names (the list goes
# on after the next name: not "..., who arrived Sunday, Mr X told
# reporters")
rule relative-clause-in-list stage=skip
  a:($agent) x:(COMMA who c:(!STOP&!COMMA{1,20})) COMMA (HON? PER | ROLE+ HON? PER | RNP) (COMMA | CONJ)

# -------------------------------------------------------------- relations

# "X met (with) Y", "X met today in Berlin with Y, Z and W", "X met in
# Athens, at the Ministry of Foreign Affairs, with Y" (a building between
# commas after the city),
# "X will meet Y in Geneva on Friday", "X met in his office today with Y",
# "X met a Hamas delegation led by Y
# in Cairo" (the leader is no other side; the place after him is theirs),
# "X met Y on the sidelines of the UN General Assembly in New York"
# ("the Deputy Secretary met at the Department of State with X": a body's
# seat named by the body between the verb and "with")
# ("X met today in Astana, the Kazakh capital, with Y": the place's own
# apposition between it and the other side)
# ("X met with Y at the Ministry of Foreign Affairs in Athens": the body
# whose seat they met at, then the town it is in)
define capappos = COMMA the (DEM | CTRY POSS?)? (!PUNCT&!AGENT&!LOC&!EVT&!@stop)? (capital | city | port | town | resort) (of the? LOC)? COMMA
# the speaker's own meetings in the first person, in his quoted words:
# 'X said: "I met Y in P yesterday"', 'X told reporters: "I held talks
# with Y"'
rule en-meet-first-person-quoted stage=relation action=meeting kind=meeting conf=0.6
  s:PER (said | added | stated | wrote | (told (reporters | journalists)))? COLON QUOTE i $when* v:(met | "met with" | "spoke with" | "spoke to" | "held talks with" | "had talks with") $when* o:$agents p:((COMMA? (in | at) the? $seat? $places) | $when)*
rule meet-with stage=relation action=meeting kind=meeting conf=0.8
  s:$agents (COMMA? $aux)* COMMA? $when* @meet $when* $margin? (in the? $seat? p:$places $when* $capappos? (COMMA (at | in) the? (ORG | !PUNCT&!AGENT&!EVT&!LOC&!@in){1,3})?)? ((in | at) (his | her | their) (office | residence | palace | home) ((in | at) the? p:$places)? $when* | (at | in) the? ((ORG&POSS | CTRY&POSS | DEM)? (!PUNCT&!AGENT&!EVT&!LOC&!@in){1,3} | ORG&!POSS) ((in | at) the? $seat? p:$places)? $when* COMMA? with)? COMMA? with? $when* $intro? (a | an)? $descr? o:$agents p:((COMMA? (in | at) the? $seat? $places) | (at | in) the? ORG&!POSS (in | at) the? $seat? $places | $venue | $when | COMMA | @lead by the? (ROLE | CAP)* HON? PER | (on | at) the? (margins | sidelines | margin | sideline | fringes) of the? (!PUNCT&!STOP&!@in&!@topic){1,6})*
# "X was also in Doha and met separately with both delegations": where he
# was is where they met
rule en-was-in-and-met stage=relation action=meeting kind=meeting conf=0.65
  s:$agents (COMMA? $aux)+ (in | at) the? $seat? p:$places CONJ $when* @meet $when* with? o:$agents
# "X met rebel commander Y in Z", "X met opposition leader Y": a word or
# two in lower case before a titled name describe the one met
rule en-met-described-titled stage=relation action=meeting kind=meeting conf=0.7
  s:$agents (COMMA? $aux)* COMMA? $when* @meet $when* with? (!PUNCT&!AGENT&!EVT&!LOC&!CAP&!@stop&!@meet&!@welcome&!@call&!CONJ&!ROLE&!DATEW&!NUM){1,2} o:PER&TITLED p:((COMMA? (in | at) the? $seat? $places) | $venue | $when)*
# "X met, on Sunday, in Baghdad, Y": a time and a place between commas
# after the verb, in translated agency copy (the place required: not "X
# and Y met, on Sunday, officials said")
rule meet-commas-place stage=relation action=meeting kind=meeting conf=0.7
  s:$agents (COMMA? $aux)* COMMA? $when* @meet (COMMA $when+)* COMMA (in | at) the? $seat? p:$places $when* COMMA with? $when* o:$agents

# a second meeting after the first, the verb left out: "X met with Y in
# Nairobi and later with Z in Kampala", "X met in Algiers with his
# counterpart Y and then with the Malian foreign minister Z", "X held talks
# with Y and later with Z" (Z's meeting is with X, and its place the one
# after Z)
rule meet-and-later-with stage=relation action=meeting kind=meeting conf=0.7
  s:$agents (COMMA? $aux)* COMMA? $when* (@meet | v:(held | had | hold | holding | conducted) $the? (@adjective)* EVT) (!STOP&!@meet&!@welcome&!@call){1,16} COMMA? CONJ (then | afterwards | subsequently | separately)? $when* with $when* the? $descr? o:$agents p:((COMMA? (in | at) the? $seat? $places) | $venue | $when)*

# "X sat down with Y for two hours of talks": a meeting
rule en-sat-down-with stage=relation action=meeting kind=meeting conf=0.7
  s:$agents (COMMA? $aux)* $when* v:(sat | sits | sit | sitting) down $when* with $when* (a | an | the)? (!PUNCT&!AGENT&!EVT&!ROLE&!LOC&!@stop)? o:$agents

# francophone wires in English: "The President granted an audience on
# Monday to the Ambassador of China, X", "gave a private audience to Y": a
# meeting with the one granted it
rule en-granted-audience-to stage=relation action=meeting kind=meeting conf=0.7
  s:$agents (COMMA? $aux)* COMMA? $when* (granted | grants | grant | gave | gives | give | accorded) $when* (a | an)? (private | special | @adjective)? v:audience $when* p:((in | at) the? $seat? $places $when*)? to the? o:$agents p:((COMMA? (in | at) the? $seat? $places) | $venue | $when)*

# "officials will meet their Russian counterparts in Geneva": the
# subject names no party, the objects do ("the envoy met X at his
# residence in Z": a venue before the place, as for a subject named)
rule meet-object stage=relation action=with kind=meeting conf=0.7
  @meet $when* with? the? o:$agents p:((COMMA? (in | at) the? $seat? $places) | $venue | $when)*

# "the ministers met in Rome": an event and its place, its parties unknown;
# "the two presidents met behind closed doors at the Elysee Palace in Paris"
rule met-in stage=relation action=place kind=meeting conf=0.7
  @meet $when* ((in | at) the? $seat? p:$places | $venue) ((in | at) the? $seat? p:$places)?

# "the intelligence chief met with the factions' delegations in Cairo":
# the ones met named by common nouns, the place after them
rule en-met-with-others-in stage=relation action=place kind=meeting conf=0.6
  @meet $when* with the? (DEM | @adjective)* (!PUNCT&!AGENT&!EVT&!LOC&!ROLE&!@stop&!CAP | DLGW){1,4} (in | at) the? $seat? p:$places

# "X met leaders of the political parties in Tripoli", "X met with
# community elders at Kismayo": those met named by common nouns; X takes
# part in a meeting held there
rule en-met-unnamed-in stage=relation action=meeting kind=meeting others=unnamed conf=0.6
  s:list(PER) (COMMA? $aux)* COMMA? $when* @meet $when* with? the? (DEM | @adjective | NUM)* (!PUNCT&!AGENT&!EVT&!LOC&!ROLE&!@stop&!CAP&!@meet | ROLE_PL | DLGW){1,4} (of the? (DEM | @adjective)* (!PUNCT&!AGENT&!EVT&!LOC&!ROLE&!@stop&!CAP){1,3})? $when* (in | at) the? $seat? p:$places

# machine translation from Russian ("переговоры, которые прошли в P"):
# "the negotiations of A and B, which passed on Monday in the X Palace in
# P": a relative clause of an event's taking place (a law that "was
# passed in P" is no event)
rule en-event-which-passed stage=relation action=place conf=0.6
  e:EVT (of the? (!PUNCT&!EVT&!STOP){1,8})? COMMA (which | that) passed $when* (in | at) the? p:$places ((in | at) the? p:$places)?

# "leaders gathered in Addis Ababa for the 37th AU Summit", "ministers met
# in Rome for a two-day conference", "ministers are gathering in Lima for
# the Y Meeting": the place is the named event's
rule ev-met-in-for-event stage=relation action=place conf=0.75
  (@meet | gathering) $when* (in | at) the? $seat? p:$places $when* COMMA? for (the | a)? (!PUNCT&!AGENT&!LOC&!EVT&!@stop){0,2} e:EVT

# "Delegates met at the King Fahd Conference Center in Riyadh", "Health
# ministers convened in Accra": those who attend the article's event,
# named by their group, meet at its place
rule en-group-met-at stage=relation action=place kind=any conf=0.6
  (DLGW | participants | attendees | leaders | ministers | ROLE&ROLE_PL) (COMMA? $aux)* $when* v:(met | gathered | convened | assembled) $when* ((at | in) the? (!PUNCT&!LOC&!@in){1,7})? (in | at) the? $seat? p:$places

# "They were held at the Al-Yamamah Palace in Jeddah", "It took place in
# Doha": the pronoun stands for the article's event, which the place joins;
# so do "the event" and "the gathering" ("The two-day gathering takes place
# in Tunis", "The event will be held in the Saudi city of Jeddah")
rule ev-pronoun-held-in stage=relation action=place kind=any conf=0.65
  (they | it | the (!PUNCT&!AGENT&!EVT&!LOC&!@stop)? (event | gathering)) (COMMA? $aux)* (were | was | are | is | been | be | will | have | has | had)* v:(held | hosted | convened | "took place" | "take place" | "takes place" | "taking place") $when* (in | at) the? $seat? p:($places ((in | COMMA) the? $places)?)

# "X spoke with Y", "X spoke by phone with Y", "X talked to Y"
rule call-with stage=relation action=meeting kind=call conf=0.8
  s:$agents (COMMA? $aux)* COMMA? $when* @call $when* ((by | on the | over the) @phone)? $when* $margin? (with | to) $when* $intro? o:$agents

# translated agency copy: "X made a telephone contact with Y", "X had a
# phone communication with Y": a call
rule en-made-phone-contact-with stage=relation action=meeting kind=call conf=0.7
  s:$agents (COMMA? $aux)* COMMA? $when* (made | makes | make | making | had | has | have | held) (a | an)? @phone v:(contact | contacts | communication) $when* with $when* $intro? o:$agents
# "The Prime Minister spoke to President Y this afternoon": the subject
# names no party (a bare title), the other side does
rule en-call-object stage=relation action=with kind=call conf=0.65
  @call $when* ((by | on the | over the) @phone)? $when* (with | to) the? o:$agents

# "X had a telephone conversation with Y", "X held talks with Y in Z",
# "X resumed talks with Y", "X held talks in Cairo on Monday with Y" (the
# place and time before the other side), "X held talks with Y at Qasr Al
# Nour in Z" (a building before the city), "X held talks in the Kremlin
# with Y" (a body's seat before the other side)
# a count corrected upwards asserts the meetings: "X held not one
# meeting, not two, but three meetings with Y"; "X held no meetings with
# Y" holds none
# ("held a phone call with his counterpart the President of Ghana Mr. X":
# the counterpart before his full title, in machine-translated Arabic)
# ("held talks with a Latvian delegation led by Y in Riga", as "met")
# (machine-translated Arabic puts the place and day before the event: "X
# held in Nouakchott on Wednesday talks with Y", «عقد في نواكشوط محادثات»;
# "X has conducted on 24 September in Moscow consultations with Y": the
# day first, the place read with the event's name)
# ("X held a Foreign Ministers' Meeting followed by a working dinner at the
# Y Guest House in Z with W": a second event after the first, then the
# venue and its city, then the other side)
rule had-event-with stage=relation action=meeting conf=0.75
  s:$agents (COMMA? $aux)* COMMA? $when* (had | held | made | hold | have | holding | conducted | resumed | resume | resuming) $when* (COMMA $when* ((in | at) the? $seat? p:$places $when*)? COMMA)? ($when* (in | at) the? $seat? p:$places $when*)? ($when* (in | at) the? $seat? p:$places $when*)? (not (!PUNCT&!AGENT&!EVT)? EVT (COMMA (not | nor) (!PUNCT&!AGENT){1,2})* COMMA? but)? $the? (@adjective | CAP | !PUNCT&!AGENT&!EVT&!LOC&!@with&!@negation){0,2} e:EVT $when* ((followed | preceded) by (a | an | the)? (@adjective)* EVT $when*)? ((in | at) the? $seat? (p:$places | ORG) $when*)? ((in | at) the? $seat? p:$places $when*)? with ((his | her | their) ROLE_PEER COMMA?)? (a | an)? o:$agents p:((COMMA? (in | at) the? $seat? $places) | $venue | $when | @lead by the? (ROLE | CAP)* HON? PER)*

# "He will be received by President X and will hold talks with Y", "X
# visited the border and later held talks with Y": two verbs of one
# subject joined by "and", the second holding talks (not after a verb of
# saying, nor across a relative clause); andsecond is the subject and the
# first verb's words up to the second verb
define andsecond = s:$agent (COMMA? $aux)* (!STOP&!EVT&!@with&!@speech&!that&!who&!which&!whom&!CONJ&!COMMA){1,12} CONJ (COMMA? $aux)* $when*
rule en-and-held-event-with stage=relation action=meeting conf=0.65
  $andsecond (hold | held | holding | have | had | conducted) $the? (@adjective | CAP){0,2} e:EVT $when* with ((his | her | their) ROLE_PEER COMMA?)? o:$agents

# "X laid a wreath at the monument and paid a courtesy call on Y": a
# visit paid by the subject of a first verb, joined by "and" (as
# en-and-held-event-with)
rule en-and-paid-call-on stage=relation action=meeting kind=meeting conf=0.65
  $andsecond (paid | pays) $when* $the? (@adjective)* e:EVT_MEETING $when* (on | to) o:$agents

# "X held bilateral talks with A and, separately, with B": a second
# meeting, with B, of its own (not one of A and B)
rule had-event-with-separately stage=relation action=meeting conf=0.7
  s:$agents (COMMA? $aux)* COMMA? $when* (had | held | hold | holding | conducted) $the? (@adjective | CAP | !PUNCT&!AGENT&!EVT&!LOC&!@with&!@negation){0,2} v:EVT $when* with (a | an)? $agents ((in | at) the? $seat? $places)? COMMA? CONJ COMMA? (separately | later | then | also | afterwards) COMMA? with (a | an)? o:$agents

# "A and B, meeting on the second day, agreed to ...": two who meet, told
# by a participle between commas (read as the event word "meeting")
rule en-pair-meeting-participle stage=relation action=meeting conf=0.65
  s:$agent CONJ o:$agent COMMA e:EVT_MEETING ($when | on the @ordinal (day | evening | morning) | on the sidelines)* ((in | at) the? $seat? p:$places)? COMMA

# machine-translated Arabic word order: "X exchanged with the Iranian
# President Y a phone call", "X held with Y a meeting": the other side
# before the event
rule en-exchanged-with-event stage=relation action=meeting conf=0.7
  s:$agents (COMMA? $aux)* COMMA? $when* (exchanged | held | had | conducted | made | exchange | hold) $when* with the? o:$agents (a | an | the)? (@adjective)* e:EVT

# the name of a meeting of ministers before its capitalised head: "the
# ninth 2+2 Foreign and Defence Ministers' Meeting", "the Third Joint
# Commission Meeting"
define evname = (@ordinal | NUM | PUNCT&!COMMA&!STOP&!COLON&!SEMI | CAP | @portfolio | ROLE | CONJ){1,8}
# "X and Y held talks in Geneva", "X and Y resumed talks": the subjects
# meet each other ("X and Y co-chaired in Rabat the second session": the
# place before the event, the word order of agencies that translate;
# not "X and Y held separate meetings with Z": each met Z)
rule subjects-held-event stage=relation action=meeting plural=s conf=0.7
  s:$agents (COMMA? $aux)* COMMA? $when* (held | had | hold | have | holding | began | opened | co-chaired | co-hosted | convened | resumed | resume | resuming | concluded) ($when* (in | at) the? $seat? p:$places $when*)? $the? ((@adjective&!separate | !PUNCT&!AGENT&!EVT&!LOC&!@with&!separate){0,3} e:EVT | $evname e:EVT) p:($when* (in | at) the? $seat? $places)?

# "X and Y signed an agreement in Rabat": those who sign it together meet
# to sign it, where the sentence says
rule en-subjects-signed stage=relation action=meeting kind=meeting plural=s conf=0.6
  s:$agents (COMMA? $aux)* COMMA? $when* v:(signed | sign | signs) (a | an | the)? (@adjective | !PUNCT&!AGENT&!EVT&!LOC&!@stop){0,3} (agreement | agreements | accord | accords | deal | memorandum | treaty | protocol | declaration | contract | convention) p:($when* (in | at) the? $seat? $places)? $when*
# "X and Y discussed trade": the subjects talked with each other
rule subjects-discussed stage=relation action=meeting kind=any plural=s conf=0.65
  s:$agents (COMMA? $aux)* COMMA? $when* @discuss

# "X and Y agreed in a phone call to ...", "X and his counterpart Y
# stressed during their meeting ...": the subjects are its parties
rule subjects-agreed-in-event stage=relation action=meeting plural=s conf=0.65
  s:$agents (COMMA? $aux)* COMMA? $when* (agreed | stressed | affirmed | emphasized | emphasised | underlined | reaffirmed) $when* (in | during | at) (a | an | the | their)? (@adjective)* e:EVT
# "X conveyed during the meeting a message from ...", "X stressed during
# the talks that ...": the speaker took part in the event
rule en-said-during-event stage=relation action=attend conf=0.6
  s:list(PER) (COMMA? $aux)* (@speech | conveyed | stressed | affirmed | emphasized | emphasised | underlined | reiterated | expressed | praised | noted | reviewed | briefed | assured) $when* (during | in | at) (the | their | his | her) (@adjective)* e:EVT
# "During the meeting, X and Y agreed ...": the event's parties
rule during-event-subjects stage=relation action=meeting plural=s conf=0.65
  (during | at | in) the? (@adjective)* e:EVT p:((in | at) the? $seat? $places)? COMMA s:$agents

# "X's meeting with Y", "X's call with Y"
rule possessor-event-with stage=relation action=meeting conf=0.7
  s:PER&POSS (@adjective)* e:EVT $when* with o:$agents p:($when* (in | at) the? $seat? $places)?

# "X received a phone call from Y", "in a call with X, Y said", "X,
# Minister of Foreign Affairs, received a call from Y" (the apposition's
# comma before the verb)
rule call-from stage=relation action=meeting kind=call conf=0.75
  s:$agents (COMMA? $aux)* COMMA? (received | got | took) $when* $the? (@adjective)* e:EVT_CALL $when* from o:$agents
# word for word from Arabic, the verb first and the adjective after the
# noun: "Received the Sheikh X, the Minister Foreign Qatari, call
# telephonic from the Minister Foreign Iranian Y" («تلقى X اتصالا هاتفيا
# من Y»)
rule en-verb-first-call-from stage=relation action=meeting kind=call conf=0.65
  (received&FIRST | receives&FIRST) $when* the? $style? (HON | ROLE)? s:PER COMMA? $when* (a | the)? e:EVT_CALL (telephonic | telephone | phone | @adjective)* $when* from the? o:$agents
# "President X would call President Y on Friday": the noun of a call as
# its verb, after a modal or "to"
rule en-modal-call stage=relation action=meeting kind=call conf=0.65
  s:$agents (would | will | to | shall | may | might | could) $when* e:EVT_CALL the? o:list(the? $agent)
# "X said, in a joint press conference with Y in Rabat, that ...": the
# speaker takes part in the event with another his words were said at
# (not "He said at a press conference:", an event of his own)
rule en-said-at-event stage=relation action=attend conf=0.6
  s:PER (COMMA? $aux)* @speech COMMA? (in | during | at) (a | an | the | his | her)? (joint | @adjective | press | news)* e:EVT with
# "X offered condolences in a phone call with Y": whatever the verb, the
# subject had the call with Y ("X also conveyed, in a phone call with Y,
# ...": the call between commas after the verb)
rule en-subject-in-call-with stage=relation action=meeting kind=call conf=0.6
  s:PER (COMMA? $aux)* $when* (!PUNCT&!AGENT&!EVT&!@speech){1,4} COMMA? (in | during) (a | an | the | his | her)? (@adjective)* e:EVT_CALL with the? o:$agents
# "The Crown Prince received a phone call from President Y": the subject
# names no party (a bare title), the caller does
rule en-call-from-object stage=relation action=with kind=call conf=0.65
  (received | receives | got | took) $when* $the? (@adjective)* e:EVT_CALL $when* from the? o:$agents
# "X received a courtesy call from Y": a visit received
rule visit-from stage=relation action=meeting kind=meeting conf=0.7
  s:$agents (COMMA? $aux)* COMMA? (received | got) $when* $the? (@adjective)* e:EVT_MEETING $when* from o:$agents p:((COMMA? (in | at) the? $seat? $places) | $when)*
# "X paid a courtesy call on Y": a visit paid
rule visit-paid-on stage=relation action=meeting kind=meeting conf=0.7
  s:$agents (COMMA? $aux)* COMMA? $when* (paid | pays | paying | pay) $when* $the? (@adjective)* e:EVT_MEETING $when* (on | to) o:$agents
# "X affirmed during his meeting with Y in Z the importance of ...": the
# verb, then the event with the other side ("during his meeting in
# Brussels with Y": the place between)
rule en-verb-during-event-with stage=relation action=meeting conf=0.65
  s:$agents (COMMA? $aux)* COMMA? $when* (!PUNCT&!AGENT&!EVT&!@stop&!@meet&!@call){1,2} (during | in | at) (his | her | their) (@adjective)* e:EVT $when* p:((in | at) the? $seat? $places)? $when* with o:$agents p:((COMMA? (in | at) the? $seat? $places) | $when)*
# "during talks President X held with Y", "before talks that X held in
# Brussels on Monday with Y": the event first, then who held it with whom
rule event-held-by stage=relation action=meeting conf=0.7
  (during | before | after | at | in) (the | a)? (@adjective)* e:EVT (that | which)? s:$agent (COMMA? $aux)* (held | had | conducted | holds | will hold) $when* p:((in | at) the? $seat? $places)? $when* with o:$agents p:((COMMA? (in | at) the? $seat? $places) | $when)*
# "X, in a phone call with Y, stressed ...", "X, speaking after her
# meeting with Y, said ...": the event between commas
rule subject-comma-in-event-with stage=relation action=meeting conf=0.7
  s:$agents COMMA (speaking | "speaking to reporters")? (in | during | after | following) $the? (his | her | their)? (@adjective)* e:EVT $when* with o:$agents ((in | at) the? $seat? p:$places)? $when* COMMA
rule in-call-with stage=relation action=meeting kind=call conf=0.7
  (in | during) $the? (@adjective)* e:EVT_CALL with o:$agents COMMA s:$agents
# a fronted meeting, then its subject: "Speaking after talks with Y in Z,
# X said", "Following his talks with Y, X flew", "After meeting Y in Z,
# X said" (not "After talks with Y collapsed, X said"), "Following a two-hour
# meeting with Y, X said", "At a joint news conference with Y, X said"
rule fronted-event-with stage=relation action=meeting conf=0.65
  (speaking | "speaking to reporters")? (after | following | during | at | in) ($the | his | her | their)? (@adjective | joint | news | press | two-hour | one-hour | lengthy | long)* (e:EVT_MEET with | e:EVT_MEET&!CAP) o:$agents ((in | at) the? $seat? p:$places)? $when* COMMA s:$agents

# "Speaking after the meeting in Ankara, X said": the speaker took part
rule speaking-after-event stage=relation action=attend conf=0.65
  (speaking | "speaking to reporters") (after | following | at | during) (the | his | her | their) (@adjective)* e:EVT ((in | at) the? $seat? p:$places)? $when* COMMA s:$agents

# "X told Y in a phone call", "X assured Y during their meeting"
rule told-in-event stage=relation action=meeting conf=0.7
  s:$agents (COMMA? $aux)* (told | assured | informed | briefed | reassured | urged) o:$agents COMMA? (in | during | on | over) $the? (his | her | their)? (@adjective)* e:EVT

# "X and Y spoke by phone", "X and Y talked on Sunday"
rule subjects-called stage=relation action=meeting kind=call plural=s conf=0.7
  s:$agents (COMMA? $aux)* COMMA? $when* @call $when* ((by | on the | over the) @phone)? $when* (STOP | COMMA | about | on | to discuss)

# "X phoned Y", "X telephoned Y", "X rang Y" (the verb stands for the
# call: "telephoned" and "rang" are no call words of their own)
rule phoned stage=relation action=meeting kind=call conf=0.75
  s:$agents (COMMA? $aux)* COMMA? $when* v:(phoned | telephoned | rang) $when* o:$agents
# "X called President Y on Sunday", "X called Y to discuss ...", "X called
# Y on Tuesday to offer condolences": a call
# to a person, where the clause ends or says what for (not "X called Y a
# traitor", nor "called on Y to")
rule called-person stage=relation action=meeting kind=call conf=0.7
  s:$agents (COMMA? $aux)* COMMA? $when* v:(called | calls) o:list(PER) ($when+ (STOP | COMMA | CONJ) | STOP | about | $when* (to | and) (discuss | discussed | talk | congratulate | congratulated | review | reviewed | brief | briefed | offer | offered | express | expressed | convey | conveyed | thank | thanked))

# a courtesy call in person: "X called on President Y in Z", "X called on
# Y on Monday", "X called on His Highness Sheikh Y, Emir of Qatar, in Doha"
# (a style of address) (not "called on Y to ...": an appeal)
# ("X will call on the visiting President Y": "call" read as the noun)
rule en-called-on stage=relation action=meeting kind=meeting conf=0.65
  s:$agents (COMMA? $aux)* COMMA? $when* v:(called | calls | call | EVT_CALL) on (the | $style)? o:list(HON{0,2} PER) p:((COMMA? (in | at) the? $seat? $places) | $when)* (STOP | COMMA | CONJ)

# "X exchanged views with Y on ...", "X and Y exchanged views on ...": a
# discussion
rule en-exchanged-views-with stage=relation action=meeting kind=any conf=0.65
  s:$agents (COMMA? $aux)* COMMA? $when* v:(exchanged | exchange | exchanges | exchanging) views (!PUNCT&!AGENT&!EVT){0,6} with o:$agents
rule en-subjects-exchanged-views stage=relation action=meeting kind=any plural=s conf=0.6
  s:$agents (COMMA? $aux)* COMMA? $when* v:(exchanged | exchange) views (on | about | over | regarding | STOP | COMMA)
# "X hosted a working dinner for Y", "X gave a luncheon in honour of Y"
rule en-hosted-event-for stage=relation action=meeting host=s conf=0.65
  s:$agents (COMMA? $aux)* COMMA? $when* (hosted | hosts | host | gave | gives | offered | held) $the? (@adjective)* e:EVT (for | "in honour of" | "in honor of") the? o:$agents p:((COMMA? (in | at) the? $seat? $places) | $venue | $when)*

# "X discussed the crisis with Y"
rule discussed-with stage=relation action=meeting kind=meeting conf=0.6
  s:$agents (COMMA? $aux)* COMMA? $when* @discuss (!PUNCT&!AGENT&!EVT){0,6} with o:$agents

# "X discussed the crisis in a phone call with Y", "X discussed trade
# during their meeting with Y": the talks named between
rule discussed-in-event-with stage=relation action=meeting conf=0.65
  s:$agents (COMMA? $aux)* COMMA? $when* @discuss (!PUNCT&!AGENT&!EVT){0,6} (in | during | at) ($the | his | her | their)? (@adjective)* e:EVT $when* with o:$agents

# "X welcomed Y to the White House", "X hosted Y in Z", "X received Y",
# "X hosted Ruritanian strongman Y in Z" (a description before the guest),
# "X received Y at the presidential palace in Z", "X received on Tuesday at
# the Presidential Palace Y" (a place before the guest), "X received
# today in his office in Z the ambassador Y", "X received in the city of
# Z the coordinator Y", "X received in the Government Palace today,
# Thursday, the Ambassador Y" (a building, a day, then the guest), "X
# hosted Y for dinner at the Chancellery in Z" (the meal the guest came
# for, then the place), "X received Y and his accompanying delegation at
# the Z Palace" (the guest's delegation, then the place)
# ("received on Sunday X, who is heading a delegation, at the Y Palace in
# Z": a relative clause of the guest between commas before the place)
# ("received a Chilean parliamentary delegation": a delegation named
# with the indefinite article)
rule welcome stage=relation action=meeting kind=meeting host=s conf=0.75
  s:$agents (COMMA? $aux)* COMMA? $when* @welcome p:((COMMA? $when | (in | at) (his | her | their) (office | residence | palace | home) | (in | at) the? $seat? $places | $venue)*) COMMA? $descr? (a | an)? o:$agents (COMMA (who | which) (!COMMA&!STOP&!PER){1,12} COMMA)? COMMA? (@lead by the? (ROLE | CAP)* HON? PER)? (CONJ (his | her | their) (accompanying | @adjective)? DLGW)? (for (a | an)? (@adjective | working | state | official | private)* (dinner | lunch | luncheon | breakfast))? (p:((to | at | in) the? (LOC | ORG) ((at | in) the? $seat? LOC | COMMA CITY)?) | ($venue | to the? (!PUNCT&!AGENT&!EVT&!LOC&!@in){1,3}) p:((in | at) the? $seat? $places)?)? $when*
# a body the names do not know after a delegation word: "a delegation of
# the Latvian Saeima", "a delegation from the Sami Parliament", "a business
# delegation from Pune" (a city's, of no country the ontology's
# delegations represent)
define dlgbody = (of | from) the? (DEM | CTRY&POSS)? (CAP{1,3} | CITY)
# "X received a delegation led by Y", "X met with a parliamentary
# delegation headed by Y": a delegation the text does not name by its
# body (or by one the names do not know: "a delegation of the Latvian
# Saeima led by Y") stands for its leader, who meets the host ("met a Latvian delegation
# led by Y" meets the delegation, rule meet-with; "held talks with a
# delegation headed by Y" as "met with")
rule en-unnamed-delegation-led-by stage=relation action=meeting kind=meeting host=s conf=0.65
  s:$agents (COMMA? $aux)* COMMA? $when* @welcome p:((COMMA? $when | (in | at) the? $seat? $places | $venue)*) COMMA? (a | an) (@adjective | !PUNCT&!AGENT&!EVT&!LOC&!ROLE&!CAP&!@stop){0,2} DLGW $dlgbody? @lead by the? o:list((ROLE | CAP | DEM)* HON? PER) p:((COMMA? (in | at) the? $seat? $places) | $venue | $when)*
rule en-met-unnamed-delegation-led-by stage=relation action=meeting kind=meeting conf=0.65
  s:$agents (COMMA? $aux)* COMMA? $when* (@meet $when* with? | (held | hold | holds) (a | an)? (@adjective)* e:EVT $when* with) (a | an) (@adjective | !PUNCT&!AGENT&!EVT&!LOC&!ROLE&!CAP&!@stop){0,2} DLGW $dlgbody? @lead by the? o:list((ROLE | CAP | DEM)* HON? PER) p:((COMMA? (in | at) the? $seat? $places) | $venue | $when)*
# "X received Y and his accompanying delegation", "the Prime Minister of
# Fiji Y and the accompanying delegation": the guest leads the delegation
# that came with him (his own country's)
rule en-guest-and-his-delegation stage=relation action=leads conf=0.7
  x:(PER | RNP&!PLURAL) CONJ ((his | her) accompanying? | the accompanying) d:DLGW
# "The Federal Chancellor received X at the Chancellery in Berlin", "The
# Minister of Foreign Affairs received today in the Ministry's Diwan the
# Ambassador X": a host
# named by a bare title (no body, no name): the guest takes part in a
# meeting held there
rule en-title-received stage=relation action=with kind=meeting conf=0.6
  the (CAP | @place-modifier)* ROLE&!ROLE_PL (COMMA? $aux)* $when* @welcome p:((COMMA? $when | (in | at) the? $seat? $places | $venue)*) COMMA? o:$agents p:((COMMA? (in | at) the? $seat? $places) | $venue | $when | COMMA)*
# what passes between two in person (the English of Arab agencies'
# readouts): "X handed President Y a written letter", "X presented his
# credentials to Y", "X received the credentials of Y", "X bade farewell
# to his guest Y", "X briefed his counterpart Y on ...", "X hosted a
# dinner in honour of Y" (the verb the event)
rule handed-in-person stage=relation action=meeting kind=meeting conf=0.65
  s:$agent (COMMA? $aux)* $when* v:(handed | hands | delivered | delivers) $when* o:$agents (a | an | the)? (written | verbal | @adjective)* (letter | message | invitation)
define credentials = ((a | the)? (copy | copies) of)? the? (credentials | "letters of credence" | "letter of credence")
rule credentials-presented stage=relation action=meeting kind=meeting conf=0.7
  s:$agent (COMMA? $aux)* $when* v:(presented | presents | present | handed | submitted) (his | her) (credentials | "letters of credence") (as (!PUNCT&!AGENT&!EVT){1,4})? to the? o:$agents
rule credentials-received stage=relation action=meeting kind=meeting host=s conf=0.7
  s:$agent (COMMA? $aux)* $when* v:(received | receives | accepted | accepts) p:($when | $venue | (in | at) the? $seat? $places)* $credentials of the? ($newly | new)? o:$agents
# "X received the credentials of four new ambassadors at Y House" (or
# "... ambassadors accredited to Ghana at a ceremony held at P"): a
# ceremony of several envoys, the host and his venue; those on the lines
# after a colon ("The envoys are:" in the next sentence too), or in a list
# after it on the same line, take part and meet him; "Z attended the
# ceremony": those present take part in the report's own event
# ("received copies of the credentials of a number of newly appointed
# ambassadors ..., during a ceremony held at the Ministry in Z": copies, a
# long count, the ceremony's place after; "They included H.E. A,
# Ambassador of B; H.E. C, ...": those named in the next sentence)
define manyenvoys = (NUM | !PUNCT&!AGENT&!EVT&!ROLE&!LOC&!CAP){0,5} (ROLE_AMB&ROLE_PL | envoys | (heads of mission))
# the host who receives (copies of) the credentials of several envoys
# ("received on Monday at the ministry's headquarters in Riyadh copies of
# the credentials of ...": the time and the venue before what he received)
define receivedmany = s:PER (COMMA? $aux)* $when* v:(received | receives | accepted | accepts) p:($when | $venue | (in | at) the? $seat? $places)* the? $credentials (of | from) $manyenvoys
define ceremonyplace = COMMA? (during | at) (a | the) (@adjective)* (ceremony | reception) (held | organised | organized)? ((at | in) the? (ORG | !PUNCT&!AGENT&!EVT&!LOC&!@in){1,5})? (in | at) the? $seat? p:$places
rule en-credentials-received-many stage=relation action=attend kind=meeting ceremony=yes conf=0.65
  $receivedmany ((accredited | appointed) to the? CTRY)? (!PUNCT&!AGENT&!EVT&!@in){0,4} p:((COMMA? (in | at) the? $seat? $places) | $venue | $when)* $ceremonyplace?
rule en-credentials-they-included stage=relation action=attend kind=meeting event=ceremony host=meet who=persons conf=0.6
  (they&FIRST | the&FIRST new? (ROLE_AMB&ROLE_PL | envoys)) (included | include | were | are) COLON? s:list(HON* (ROLE | DEM)* PER (of the? CTRY)?)
# "Those who presented their letters were the Ambassador of A, Mr. B; the
# Ambassador of C, Mrs. D": the envoys of a ceremony told sentences before
# take part in it and meet its host
rule en-credentials-those-who stage=relation action=attend kind=meeting event=ceremony near=no host=meet who=persons conf=0.6
  those&FIRST who (presented | handed | submitted | delivered) (their | his | her)? (credentials | letters | (copies of (their | the) credentials) | "letters of credence") (!PUNCT&!AGENT){0,4} (were | included) COLON? s:list(HON* (ROLE | DEM)* PER (of the? CTRY)?)
# "The credentials ceremony was held at the P, C": the place of a ceremony
# of envoys told sentences before
rule en-credentials-ceremony-held stage=relation action=place event=ceremony near=no conf=0.6
  the (credentials | accreditation)? ceremony $aux* (held | "took place") $when* (in | at) the? $seat? p:$places
# "The ceremony was witnessed by the Minister, X, and the Chief of Staff,
# Y": those present at a ceremony of envoys take part in it
rule en-credentials-ceremony-witnessed stage=relation action=attend kind=any event=ceremony near=no conf=0.6
  the (credentials | accreditation)? ceremony $aux* (witnessed | attended) by s:list(the? HON? PER | the (ROLE | CAP) (!PUNCT&!AGENT){0,4} COMMA PER)
rule en-credentials-received-list stage=relation action=attend-list kind=meeting host=s conf=0.6
  $receivedmany (!STOP&!PER){0,8} COLON
rule en-credentials-received-inline stage=relation action=meeting kind=meeting host=s who=persons conf=0.65
  $receivedmany (!STOP&!PER){0,8} COLON o:list(the? (ROLE | HON)* PER (of the? CTRY)?)
rule en-credentials-envoys-are stage=relation action=attend-list event=ceremony conf=0.6
  the&FIRST (new | these)? (ROLE_AMB&ROLE_PL | envoys | (heads of mission)) (are | were) COLON
rule en-credentials-ceremony-attended stage=relation action=attend kind=any event=ceremony near=no conf=0.6
  s:$agents (COMMA? $aux)* $when* (@attend | "were present at" | "was present at") $when* the (credentials | accreditation)? ceremony
rule bade-farewell stage=relation action=meeting kind=meeting host=s conf=0.65
  s:$agent (COMMA? $aux)* $when* v:(bade | bid | bids) farewell to (his | her | their)? (guest | visitor)? COMMA? o:$agents
rule briefed stage=relation action=meeting kind=meeting conf=0.6
  s:$agent (COMMA? $aux)* $when* v:(briefed | briefs) (his | her | their)? o:list(PER) on
# "X briefed his counterpart on the outcome of the fifth round of talks
# with Y, held in Rome": the talks he tells of were his, with Y, where the
# participle places them
rule en-briefed-on-own-talks-with stage=relation action=meeting conf=0.6
  s:$agent (COMMA? $aux)* $when* (briefed | briefs | informed) (his | her | their)? (!PUNCT&!EVT){0,3} (on | about) the? ((outcome | outcomes | results | result) of)? (his | her | their | the)? (@ordinal | @adjective | latest | last | recent)* (round of)? e:EVT with the? o:$agents (COMMA? (held | which took place) $when* (in | at) the? $seat? p:$places)?
rule dinner-in-honour stage=relation action=meeting kind=meeting host=s conf=0.65
  s:$agent (COMMA? $aux)* $when* v:(hosted | hosts | gave | held | offered) (a | an) (official | state)? (EVT | lunch | reception) in (honour | honor) of (his | her | their)? (guest | visitor)? COMMA? o:$agents
# machine-translated Arabic «استقبال X لـ Y»: "during the reception of
# the Deputy Prime Minister X in his office in Z today for the Ambassador
# Y": X receives Y
rule en-reception-of-for stage=relation action=meeting kind=meeting host=s conf=0.65
  v:(reception | EVT_MEETING) of the? s:list(the? ROLE* HON? PER) p:(((in | at) (his | her | their) (office | residence | palace | home) | (in | at) the? $seat? $places | $venue | $when)*) (for | of) the? o:$agents
# "X was received by Y in Z", "X was received in Z by Y": the one who
# receives hosts; "X was met at the airport by Y" (a venue the names do
# not know); "X was greeted on arrival by Y"
rule welcomed-by stage=relation action=meeting kind=meeting host=s conf=0.7
  o:$agents (COMMA? $aux)* COMMA? $when* (@welcome | met) ((on | upon) (his | her | their)? arrival)? ((at | in) the? $seat? p:$places | $venue)? $when* by the? s:$agents COMMA? p:((to | at | in) the? $seat? $places)* $when*
# "X arrived in Accra on Monday and was greeted on arrival at the airport
# by Y": the arrival, then the greeting by the host
rule en-arrived-and-greeted-by stage=relation action=meeting kind=meeting host=s conf=0.65
  o:PER (COMMA? $aux)* $when* @visit (in | at | to)? the? $seat? p:$places $when* COMMA? CONJ (was | were) (@welcome | met) ((on | upon) (his | her | their)? arrival)? ((at | in) the? $seat? $places | $venue)? $when* by the? s:$agents

# "Receiving the Emirati delegation, the Prime Minister X affirmed ...",
# "While meeting Y in Z, X said ...": a fronted participle of meeting,
# then its subject
rule fronted-receiving stage=relation action=meeting kind=meeting conf=0.65
  (while | when | after)? v:(receiving | meeting | hosting | welcoming) (with)? the? o:$agents ((in | at) the? $seat? p:$places)? $when* COMMA s:$agents

# machine-translated Arabic keeps the verb first: "And received the
# Minister of Foreign Affairs Mr. X the ambassador of Y Mr. Z", "Attended
# the meeting the Minister X and ...": a titled person right after the
# verb, then (with no word between) the one received
rule en-verb-first-received stage=relation action=meeting kind=meeting host=s conf=0.6
  v:(received | receives | receive) $when* s:PER&TITLED o:list(the? PER&TITLED) p:((COMMA? (in | at) the? $seat? $places) | $when)*
# the verb opening the sentence, a place and a day between the host and
# the guest: "Received the President X in the Palace of the People
# yesterday the Minister Y"; "Met the Minister X with the Ambassador Y in
# Z"; "Discussed the Minister X with his counterpart Y the relations";
# the host's style of address before him, his office and the day set off
# by commas: "Received His Highness Sheikh X, the Emir, at the Diwan this
# morning, the President Y", "Met the Minister X, today, with the
# ambassador Y", "Discussed the Minister X, General Y, with the ambassador Z"
rule en-verb-first-received-at stage=relation action=meeting kind=meeting host=s conf=0.6
  v:(received&FIRST | receives&FIRST) $when* $style? HON? s:PER&TITLED p:((COMMA? (in | at) the? $seat? $places | COMMA? (in | at) the? (!PUNCT&!AGENT&!EVT&!LOC&!ROLE&!@in){1,5} | COMMA? $when)+) COMMA? o:list(the? PER&TITLED)
# the host named after his titles, set off by commas, as translated
# readouts write him: "Received Deputy Prime Minister, Minister of the
# Interior, X, at his office in the Z Palace this morning, the Minister
# Y" (a building "palace of Z" may stand for the name)
rule en-verb-first-received-titles stage=relation action=meeting kind=meeting host=s conf=0.6
  v:(received&FIRST | receives&FIRST) $when* ROLE (COMMA (!PUNCT&!EVT&!PER){1,6})? COMMA HON? s:PER p:((COMMA? (in | at) the? $seat? $places | COMMA? (in | at) (his | her | the)? (!PUNCT&!AGENT&!EVT&!LOC&!ROLE&!@in){1,5} (of the? $places)? | COMMA? $when)+) COMMA? o:list(the? PER&TITLED)
# the guest named by his titles and then his name after a comma, or a
# country's delegation: "Met His Highness Engineer X, Deputy Minister,
# today at the headquarters of the ministry in Z, the Minister of State
# for W in the United Kingdom, Mrs. Y", "Received His Excellency Dr. X,
# Minister of State, today in Z the delegation of the Republic of Y"
rule en-verb-first-met-guest stage=relation action=meeting kind=meeting host=s conf=0.6
  v:(received&FIRST | receives&FIRST | met&FIRST | meets&FIRST) $when* $style? (HON | dr | engineer | eng | STOP)* s:PER&TITLED p:((COMMA? (in | at) the? $seat? $places | COMMA? (in | at) the? (!PUNCT&!AGENT&!EVT&!LOC&!ROLE&!@in){1,5} ((in | at) the? $seat? $places)? | COMMA? $when)+) COMMA? the? ((!PUNCT&!EVT&!PER){1,14} COMMA (HON | STOP)* o:PER | DLGW of the? ((republic | kingdom | state | sultanate | emirate) of the?)? o:CTRY | o:DLG)
# translated readouts front the time and the places and put the verb of
# taking place before the event: "On 3 May in Lisbon in the building of
# the Ministry of Foreign Affairs of Portugal on Z Square took place the
# consultations of X with Y": the event, its places, and the two who met
rule en-took-place-event-of-with stage=relation action=meeting kind=meeting conf=0.6
  $when* (in | at) the? $seat? p:$places ((in | at) the? (!PUNCT&!AGENT&!EVT&!LOC){1,2} of the? (ORG | CTRY | CAP+) (of the? (ORG | CTRY))?)? ((on | in | at) the? p:$places)? (took | takes | "will take") place the? (@adjective)* e:EVT of the? s:$agents with the? o:$agents
rule en-verb-first-met-with stage=relation action=meeting kind=meeting conf=0.6
  v:(met&FIRST | meets&FIRST | discussed&FIRST | discusses&FIRST | held&FIRST) $when* $style? HON? s:PER&TITLED (COMMA? $when)* COMMA? (a | an | the)? (@adjective)* EVT? with (his | her | their | the)? o:$agents p:((COMMA? (in | at) the? $seat? $places) | $when)*
# "And attended the meeting the Assistant Minister for Arab Affairs
# Ambassador X": a title and its portfolio may stand before the titled name
# ("Attended the meeting also the director of the office of the minister
# the Ambassador X": a longer portfolio, whose person is no party); "In
# the consultations took part the ambassador X and director Y" (the event
# first, the verb, then those present)
rule en-verb-first-attended stage=relation action=attend conf=0.6
  (attended | attend | attends | "took part in" | "participated in") the? (@adjective)* e:EVT $when* (the? ROLE+ ((for | of) the? (!PUNCT&!AGENT&!EVT&!CONJ | ROLE | PER&PRON){0,6})?)? s:list($exc? the? HON? PER&TITLED)
rule en-event-first-took-part stage=relation action=attend conf=0.6
  (in | at) the? (@adjective)* e:EVT $when* ("took part" | "take part" | participated | "was present" | "were present") $when* s:list(the? PER&TITLED)
# "Attended the reception the Secretary-General X and the Ambassador Y",
# "From the Ghanaian side attended the Ambassador Z" (the reception,
# «الاستقبال», that a translation may call "the receiving"): those who
# attended the report's meeting
rule en-verb-first-attended-reception stage=relation action=attend kind=meeting conf=0.6
  ((from | on) the DEM side COMMA?)? (attended | attend | attends | "took part in" | "participated in") (the v:(receiving | reception | meeting | meetings | EVT_MEETING))? s:list(the? PER&TITLED)

# "X will travel to Ankara to meet Y": the visit's place is the meeting's
# ("X and Y travelled secretly to the Omani capital to meet Z": the manner
# after the verb)
rule visit-to-meet stage=relation action=meeting kind=meeting conf=0.7
  s:$agents (COMMA? $aux)* COMMA? $when* @visit $when* (in | to | at)? the? $seat? p:$places $when* to @meet with? o:$agents

# "X told reporters after meeting his Egyptian counterpart", "X, while
# receiving Y, said": the subject meets Y; "X told reporters in Oslo after
# talks with Y": where he spoke, the place of the talks
rule subject-while-meeting stage=relation action=meeting kind=meeting conf=0.65
  s:$agent COMMA? (!PUNCT&!AGENT&!EVT&!STOP){0,2} ((in | at) the? $seat? p:$places)? $when* (while | when | after | before) (e:EVT | meeting | receiving | hosting) with? o:$agents

# "X visited Prime Minister Y in London", "X will visit President Y in
# Cairo next week": a visit paid to a person (not "visited Y's grave")
rule en-visited-person stage=relation action=meeting kind=meeting conf=0.65
  s:$agents (COMMA? $aux)* COMMA? $when* v:(visited | visits | visit) $when* o:list(HON? PER&!POSS) p:((COMMA? (in | at) the? $seat? $places) | $when)* (STOP | COMMA | CONJ | to | for)

# "X arrived in Oslo for talks with Y", "X travels to Rome on Monday for
# a meeting with Y": X meets Y there
rule visit-for-event-with stage=relation action=meeting conf=0.7
  s:$agents (COMMA? $aux)* COMMA? $when* @visit (in | to | at)? the? $seat? p:$places $when* for (a | an | the)? @adjective* e:EVT $when* with o:$agents

# "X arrived in Baghdad, where he was received by Y", machine-translated
# "where was received by his counterpart Y": the visitor meets his host
# "X wrapped up a visit to Tunis after talks with Y", "X ended a visit
# to P following a meeting with Y": the talks of the visit, held there
rule en-visit-after-talks-with stage=relation action=meeting kind=meeting conf=0.6
  s:$agents (COMMA? $aux)* (!STOP&!AGENT&!EVT&!@speech&!@meet){1,6} @visit (to | in)? the? p:$places $when* (after | following | during) (his | her | their)? e:EVT with o:$agents
rule en-visit-where-received stage=relation action=meeting kind=meeting host=o conf=0.65
  s:$agents (COMMA? $aux)* COMMA? $when* @visit (in | to | at)? the? $seat? p:$places $when* ((in | on | for) (a | an | his | her | their)? (!PUNCT&!AGENT&!EVT&!LOC){0,2} @visit)? COMMA where (he | she | they)? (COMMA? $aux)* (received | welcomed) by the? o:$agents

# "A and B are meeting now in a side room", "X is meeting with Y this
# afternoon": the progressive of meeting, whose word the event lexicon
# reads as a noun
rule en-subjects-are-meeting stage=relation action=meeting kind=meeting plural=s conf=0.65
  s:$agents $aux* (are | were) (now | currently | still)? e:EVT_MEETING&!CAP&!ROLE (now | currently)? (STOP | COMMA | $when | (in | at) the? $seat? p:$places | in (a | the) (!PUNCT&!AGENT&!EVT){1,3})
rule en-is-meeting-with stage=relation action=meeting kind=meeting conf=0.65
  s:$agents $aux* (is | are | was | were) (now | currently | still)? e:EVT_MEETING&!CAP&!ROLE with the? o:$agents p:((COMMA? (in | at) the? $seat? $places) | $when)*
# "X and Y met in Geneva", "the two sides met"
# "X hosted A and B for eight hours of talks in P", "X hosted A and B in P
# for a surprise meeting": guests hosted together for one meeting meet
# each other too (the host meets each: rule welcome)
rule en-hosted-together-for stage=relation action=meeting kind=meeting plural=s conf=0.6
  (hosted | hosts | hosting) s:$agents p:((in | at) the? $seat? $places | $when)* for (a | an)? (NUM | !PUNCT&!AGENT&!EVT&!LOC&!@in){0,4} EVT
rule subjects-met stage=relation action=meeting kind=meeting plural=s conf=0.7
  s:$agents (COMMA? $aux)* COMMA? $when* @meet $when* ((in | at) the? $seat? p:$places | (on | at) the? (margins | sidelines | margin | sideline | fringes) of the? (!PUNCT&!STOP&!@in&!@topic){1,6} (in | at) the? $seat? p:$places)?

# "Senior officials from A, B and the C convened on Monday and Tuesday at
# the Y Palace in Z, Country, for two days of consultations", "Delegations
# of A and B gathered in Z", "Top diplomats from A and B came together in
# Z" (a title of the bodies' own): the bodies those sent stand for take
# part in the gathering, held where the sentence says (every place level
# after "at" and "in"; a building the tagger takes for a body, "at the X
# Centre", is passed over); the event the sentence names after "for" is
# the gathering
# ("Negotiators for A's government and the B rebel group sat down again
# in Z": "for" the sides they speak for, a body's common noun after its
# name, and "sat down" to talk)
rule en-sent-from-gathered stage=relation action=with kind=meeting conf=0.65
  (the? (senior | top | high-level | high-ranking | NUM | @adjective)* (officials | delegations | representatives | envoys | negotiators | diplomats | delegates | ministers | leaders | emissaries | DLGW) (from | of | for) the? o:list(the? NUM? $body (government | authorities | rebels | "rebel group" | "rebel movement" | group | movement | "member states" | "member countries")?) | o:RNP&PLURAL | o:list(DLG)) (COMMA? $aux)* $when* v:(@meet | gathering | convened | convene | convenes | convening | assembled | assemble | assembles | "came together" | "come together" | "comes together") p:((COMMA? $when (CONJ $when)?) | (in | at) the? $seat? $places | at the? ORG&!POSS | $venue)* (COMMA? (for | of) (a | an | the | NUM (days | day | rounds | round | hours) of)? (@adjective)* e:EVT)?
# "arrived at the X Hotel in Doha, the venue of the direct talks": a place
# and its city, then in apposition the venue of an event: where it is held
rule en-place-venue-of-event stage=relation action=place conf=0.6
  p:$places (COMMA? in p:$places)? COMMA the? (venue | site | seat | host) of the? (@adjective)* e:EVT
# "We are live at the X Convention Centre, where foreign ministers of A
# and B are gathering for the 40th Y Ministerial Meeting": the place a
# clause of "where" opens is the gathering's it names
rule en-place-where-gathering-for stage=relation action=place conf=0.6
  p:$places COMMA where (!STOP&!EVT&!COMMA){1,14} (gathering | gathered | meeting | met | convening | convened | assembling | assembled) (for | at) the? e:EVT
# (and those the clause names gather for it)
rule en-where-gathering-for-attend stage=relation action=attend conf=0.6
  COMMA where s:$agents (COMMA? $aux)* (gathering | gathered | meeting | met | convening | convened | assembling | assembled) (for | at) the? e:EVT
# ("sat down" to talk only when a place follows at once, or talks: not
# "sat down in the front row", "sat down for dinner")
rule en-sent-from-sat-down stage=relation action=with kind=meeting conf=0.6
  (the? (senior | top | high-level | high-ranking | NUM | @adjective)* (officials | delegations | representatives | envoys | negotiators | diplomats | delegates | ministers | leaders | emissaries | DLGW) (from | of | for) the? o:list(the? $body (government | authorities | rebels | "rebel group" | "rebel movement" | group | movement)?) | o:list(DLG)) (COMMA? $aux)* $when* v:("sat down" | "sit down" | "sits down") (again | together)? (for (talks | negotiations))? (in | at) the? $seat? p:$places

# "X joined Foreign Minister A and Foreign Minister B for a trilateral
# meeting in P": the one who joins and those he joins all meet
rule en-joined-for-event stage=relation action=between conf=0.65
  o:$agent (COMMA? $aux)* $when* COMMA? v:(joined | joins) o:$agents (COMMA? $when)* for (a | an | the) (@adjective | @ordinal | trilateral | tripartite | quadrilateral | bilateral | joint | working)* e:EVT (COMMA? $when)* ((in | at) the? $seat? p:$places)?

# "talks took place in Minsk between X and Y",
# "talks between X and Y", "a meeting of X and Y", "talks in Geneva
# between X and Y" (the place between), "talks were held in Minsk between
# representatives of X, Y and Z"
rule event-between stage=relation action=between conf=0.8
  e:EVT ($aux* @event-verb place?)? $when* ((in | at) the? LOC)? $when* (between | among | of) the? ((representatives | officials | delegations | envoys | negotiators) (of | from) the?)? o:$parties
# "the meeting gathered X and Y", "the talks brought together X and Y"
# (meet=few: four or more brought together are a gathering, whose
# parties take part and do not each meet every other)
rule en-event-gathered stage=relation action=between meet=few conf=0.7
  e:EVT ((in | at) the? LOC)? (COMMA? $aux)* (gathered | gathers | "brought together" | "brings together" | "will bring together" | grouped) the? o:$parties
# "X brought together delegations from A and B at the Y Palace in Z":
# the sides meet, where the sentence says; the one who brings them
# together mediates (en-brought-together-mediator)
rule en-brought-together-sides stage=relation action=between kind=meeting conf=0.65
  $agents (COMMA? $aux)* $when* v:(brought | brings | bringing | "has brought") together $when* the? ((delegations | representatives | envoys | negotiators | officials | leaders) (from | of) the?)? o:$parties (COMMA? $when)* p:((in | at) the? $seat? $places (COMMA? $when)*)*
rule en-brought-together-mediator stage=relation action=mediate conf=0.6
  m:list(the? $body | PER) (COMMA? $aux)* $when* v:(brought | brings | bringing | "has brought") together $when* the? ((delegations | representatives | envoys | negotiators | officials | leaders) (from | of) the?)? $parties
# "A three-way summit held in Aqaba on Thursday brought together President
# A of X, President B and King C at the Rehab Palace": the event, where it
# was held, then the leaders it brought together, who all meet (three;
# four or more take part: meet=few), and the venue after them
rule en-event-brought-together-all stage=relation action=meeting kind=meeting plural=s meet=few conf=0.7
  e:EVT (COMMA? (held | convened | hosted) $when* ((in | at) the? $seat? p:$places)? $when* COMMA?)? $when* (COMMA? $aux)* ("brought together" | "brings together" | "will bring together" | "bringing together" | gathered | grouped) the? s:$agents p:($when* (in | at) the? $seat? $places)*
# "talks between the Kenyan government and the rebels": one side named,
# the other a common noun ("and a coalition of rebel groups"): the named
# side takes part
rule event-between-one-named stage=relation action=with conf=0.7
  e:EVT $when* ((in | at) the? LOC)? between the? o:$agent CONJ $the? !AGENT&!PUNCT&!LOC&!ROLE&!EVT&!CAP&!@stop

# "negotiations with Iran", "a call with President X"
# ("a phone call with his counterpart the President of Ghana Mr. X":
# machine-translated Arabic puts the counterpart before his title)
rule event-with stage=relation action=with conf=0.7
  e:EVT $when* with ((his | her | their) ROLE_PEER COMMA?)? o:$parties

# "X-brokered talks" is read by the mediation rules below; "talks
# mediated by Egypt and Qatar", "talks brokered by the UN", "the talks are
# being mediated jointly by A and B" (an adverb before "by"), "the meeting,
# hosted by Turkey in Istanbul, was mediated by the UN" (a participle set
# off by commas between)
# ("co-mediated by the AU and IGAD": a mediator the names do not know
# after the known ones ends the list)
# "Talks between A and B opened in Nairobi on Thursday, mediated by Kenya":
# a participle of mediation after a comma closes the event's clause
rule en-clause-mediated-by stage=relation action=mediate conf=0.7
  e:EVT (!STOP&!EVT&!@mediate&!@speech&!COMMA){1,16} COMMA @mediate (jointly | also)? by the? m:list(the? $body | PER)
# "talks ... opened in Pretoria, with X as chief facilitator", "with X
# serving as chief mediator": the one
# named as the mediator of the sentence's event
rule en-with-as-mediator stage=relation action=mediate conf=0.65
  e:EVT (!STOP&!EVT&!@mediate&!@speech){1,16} COMMA? with (former | @adjective | DEM | ROLE)* m:list(the? $body | PER) (serving | acting)? as (the | a)? (ROLE | chief | lead | main | joint | sole)? (mediator | facilitator | mediators | facilitators)
# ("The meeting, held at the X Palace on the outskirts of Y, was mediated
# by Z": a participle and its venue between commas)
# "held talks in Bahrain's capital, Manama, in January 2024, facilitated
# by Egypt and the UAE": the participle after the event's place and date
rule en-event-place-date-mediated-by stage=relation action=mediate conf=0.7
  e:EVT (in | at) the? (!PUNCT&!EVT&!@mediate){0,4} (COMMA LOC)? COMMA (in | on)? (!PUNCT&!EVT&!@mediate&!AGENT){1,3} COMMA @mediate by the? m:list(the? $body | PER)
# "X is mediating alongside Y" (also the clause of en-who-mediates-
# alongside): both mediate the report's talks
rule en-mediating-alongside stage=relation action=mediate conf=0.6
  m:PER (is | was | has been | had been) also? (mediating | co-mediating) (the? e:EVT)? (alongside | "together with") the? m:$agent
rule mediated-by stage=relation action=mediate conf=0.8
  e:EVT (COMMA (!COMMA&!STOP&!EVT&!@speech&!@mediate){1,12} COMMA)? ((between | among) (!PUNCT&!EVT&!@mediate){1,8} COMMA)? _{0,6} @mediate (jointly | also | directly | largely | mainly)? by? the? m:list(the? $body | PER) (CONJ the? CAP+)?
# "A and B began talks in Z, in an effort mediated by X and Y": the
# effort the talks are part of, and who mediates it
rule en-effort-mediated-by stage=relation action=mediate conf=0.65
  e:EVT (!STOP&!EVT&!@mediate){0,14} COMMA? in (a | an | the) (@adjective)* (effort | process | initiative | bid | push) @mediate (jointly | also)? by the? m:list(the? $body | PER)
# "X is co-mediating the process", "Y, the AU envoy, has been mediating
# the negotiations": the mediators of the article's event
# "The chief mediator, retired Kenyan General X, said ...": the one the
# article names as its talks' mediator
rule en-the-mediator-comma-name stage=relation action=mediate conf=0.6
  the (ROLE&ONEWORD | lead | main | joint | sole)? (mediator | facilitator | @broker) COMMA (!PUNCT&!AGENT&!EVT){0,2} m:PER
rule en-mediating-the-process stage=relation action=mediate conf=0.6
  m:list(the? $body | PER) (COMMA? $aux)* $when* (mediating | co-mediating | co-mediates | facilitating | co-facilitating) the (@adjective)* (process | mediation)
# "talks between A and B, chaired by the UN envoy X": the chair of talks
# between sides is their mediator
rule chaired-between-by stage=relation action=mediate conf=0.7
  e:EVT (between | among) (!PUNCT&!EVT&!@mediate&!@chair){1,8} COMMA? _{0,4} @chair (jointly | also)? by the? m:list(the? $body | PER) (CONJ the? CAP+)?
# "Mediated by the Vatican, the talks between ...": the participle fronted
rule fronted-mediated-by stage=relation action=mediate conf=0.7
  (mediated | brokered | facilitated | sponsored) by the? m:list(the? $body | PER) COMMA $the? (@adjective)* e:EVT
# fronted, its clause after a comma: "Under the auspices of Saudi Arabia,
# the two sides resumed negotiations in Jeddah", "Under the mediation of
# Angola, the parties held talks"
rule en-fronted-under-auspices stage=relation action=mediate conf=0.65
  under the (joint | @adjective)? (auspices | mediation | sponsorship | patronage) of the? m:list(the? $body | PER) COMMA (!EVT&!STOP&!@mediate){0,14} e:EVT
# "the council's meeting, which will be convened in Lima under the
# co-chairmanship of President X and President Y", "talks held under the
# chairmanship of X": those who chair a meeting take part in it (not
# "under the presidency of X": a term of office; but "the co-presidency
# of A and his counterpart B", a translation's joint chair, is no term)
define chairmanship = under the joint? (co-chairmanship | chairmanship | co-presidency) of
rule en-event-under-chairmanship stage=relation action=attend conf=0.65
  e:EVT (!EVT&!STOP){0,14} $chairmanship s:list((the | our)? $exc? HON? PER&TITLED)
# "The council met in Abuja under the chairmanship of H.E. Ambassador X",
# "The ministers met in Kuwait City on Monday, chaired by Y": who chairs
# those who met takes part in their meeting
rule en-met-under-chairmanship stage=relation action=attend kind=meeting conf=0.6
  v:(met | meets | convened | convenes) (!EVT&!STOP&!@meet){0,10} ($chairmanship s:list((the | our)? $exc? HON{0,2} PER&TITLED) | COMMA (chaired | co-chaired | "presided over") by the? s:$attendees)
# "The Fifth Trilateral Meeting ... was held in Istanbul under the
# chairmanship of X, with the participation of Y, title, and Z, title":
# those named after "with the participation of" took part in the event
rule en-event-with-participation-of stage=relation action=attend conf=0.65
  e:EVT (!EVT&!STOP){0,20} COMMA? with the participation of the? s:$attendees
# "The talks passed in X" (machine-translated Russian: took place): the
# talks' place
rule en-talks-passed-in stage=relation action=place conf=0.6
  e:EVT_TALKS passed (in | at) the? $seat? p:$places
# "talks held under the auspices of the African Union", "talks under the
# mediation of Angola", "under the joint mediation of Egypt and Qatar",
# "consultations ... under the facilitation of H.E. X, President of Y",
# "talks held under the sponsorship of Egypt"
# "talks held with mediation from the African Union" (no article, "from")
rule under-auspices stage=relation action=mediate conf=0.75
  e:EVT (!EVT&!STOP){0,14} (under | with) (the (joint | @adjective)? (auspices | mediation | sponsorship | facilitation) of | the? (joint | @adjective)? mediation (from | by)) the? m:list(the? $body | HON{0,2} PER)
# "the consultations between A and B (AB) held in P, Country, on 22 and 23
# May, under the facilitation of H.E. X, President of Y": the parties
# between, the place and the date, then the mediators
rule en-between-held-under-facilitation stage=relation action=mediate conf=0.65
  e:EVT (between | among) $parties (LPAR (!RPAR){1,3} RPAR)? (COMMA? $aux* @event-verb)? ((in | at) the? $seat? $places (COMMA CTRY)?)? COMMA? $when* COMMA? under the (joint | @adjective)? (auspices | mediation | sponsorship | facilitation) of the? m:list(the? $body | HON{0,2} PER)
# "the deal was reached thanks to the good offices of Oman", "through the
# mediation of Qatar": the mediators of the article's event
rule en-good-offices-of stage=relation action=mediate conf=0.65
  (thanks to | through | via | owing to) the (joint | @adjective)? ("good offices" | mediation | "mediation efforts") of the? m:list(the? $body | PER) (COMMA | STOP | CONJ | which | who)
# "met in Beijing under Chinese auspices", "under Egypt's mediation",
# "under Egyptian-Qatari sponsorship" (a hyphenated pair), "under Turkish
# and UN auspices": the
# mediators of the article's event
rule national-auspices stage=relation action=mediate conf=0.65
  under the? joint? m:(list(DEM | CTRY | ORG | CTRY&POSS | ORG&POSS) | DEM+) (auspices | mediation | sponsorship | patronage)
# "X mediated the talks", "X brokered the deal talks", "X chaired the
# meeting", "the Qatari-mediated talks" (a hyphenated word split in two),
# "X and Y are co-sponsoring the Jeddah talks";
# not "X hosted the talks": a host gives the place (host-event), it
# mediates nothing; nor "X and Y co-chaired the meeting": co-chairs are
# its two sides (chaired-event)
# ("Kuwait has offered to host and mediate a new round of negotiations")
# (who chairs talks between sides mediates them; who chairs a session or
# a meeting of a body, "X, who chaired the session", leads it and
# mediates nothing: rule chair-of-talks)
rule mediator-subject stage=relation action=mediate conf=0.7
  m:list(the? $body | PER) COMMA? (which | who)? (COMMA? $aux)* $when* ((offered | offers | offering | agreed | proposed) to (host (CONJ | or))?)? (mediate | mediated | brokered | facilitated | mediating | mediates | brokering | facilitating | sponsored | sponsoring | sponsors | co-sponsored | co-sponsoring | co-sponsor | sponsor | co-mediate | co-mediates | co-mediated | co-mediating) (the | a | an)? (new | @adjective)? e:EVT
# ("Norway hosted a fresh round between the government and the rebels",
# "State Secretary X hosted talks between A and B": a third party who
# hosts talks between two named sides brings them together, and so
# mediates them; "between" right after the event, its place or its time)
rule en-hosted-talks-between stage=relation action=mediate conf=0.65
  m:list(the? (CTRY | ORG | DEM) | PER) (COMMA? $aux)* $when* (hosted | hosts | host | co-hosted | co-hosts | convened | organised | organized) $the? (@ordinal | @adjective | fresh | new | next | another | latest)* e:EVT (of EVT)? ($when | (in | at) the? $seat? $places)* between
rule chair-of-talks stage=relation action=mediate conf=0.65
  m:list(the? $body | PER) COMMA? (which | who)? (COMMA? $aux)* $when* chaired (the | a | an)? (new | @adjective)? e:EVT&EVT_TALKS
# "The talks were chaired by X": the passive, one chair; "The discussions
# are co-chaired by the A, the B and the C": bodies that co-chair talks
# (persons who co-chair consultations are their two sides:
# en-event-co-chaired-by)
rule talks-chaired-by stage=relation action=mediate conf=0.65
  e:EVT&EVT_TALKS (COMMA? $aux)* COMMA? $when* (chaired | "presided over") by the? m:list(the? $body | PER)
rule talks-co-chaired-by-bodies stage=relation action=mediate conf=0.65
  e:EVT&EVT_TALKS (COMMA? $aux)* $when* (co-chaired | "jointly chaired") by m:list(the? ORG)

# "Qatar has been mediating between the government and the rebels",
# "Algeria offered to mediate between Mali and the rebels", "the
# African Union is leading the mediation", "the Foreign Minister of
# Oman, X, mediated between ..." (the comma after an apposition), "the
# foreign ministers of Qatar and Egypt, who have been mediating between
# ..." (officials stand for their countries): mediators of the article's
# event
rule mediating-between stage=relation action=mediate conf=0.7
  m:list(the? $body | PER | RNP) COMMA? (who | which)? (COMMA? $aux)* ((offered | offers | offering | proposed | proposes | ready | willing | agreed | agrees | seeks | seeking | sought | tries | trying | tried | hopes | hoping | wants) to? (COMMA? $aux)*)? (mediating | mediates | mediated | mediate | shuttling | shuttles | shuttled) between
# "X is shuttling between the two sides at the Sheraton hotel in Doha's
# West Bay district": where a mediator goes between the sides is where
# the talks are held, every level the sentence gives
rule en-between-sides-at stage=relation action=place kind=any conf=0.6
  v:(shuttling | shuttles | shuttled | mediating | mediates | mediated) between (the (two | rival | warring)? (sides | parties | delegations | camps) | PAIR) p:((at | in) the? LOC+ ((in | at) the? LOC+)*)
rule leads-mediation stage=relation action=mediate conf=0.7
  m:list(the? $body | PER) (COMMA? $aux)* @lead (the | a)? (@adjective)* (mediation | mediation efforts)
# "the Egyptian mediation efforts", "Qatari mediation": mediation as a
# noun with its mediator's adjective (the document's event)
rule mediation-of stage=relation action=mediate conf=0.65
  m:DEM (mediation | "mediation efforts" | "mediation effort")
# the same, passive: "the mediation led by Kuwait", "mediation efforts
# headed by the African Union"
rule mediation-led-by stage=relation action=mediate conf=0.7
  (mediation | mediation efforts | mediation effort) (led | headed | conducted) by the? m:list(the? $body | PER)
# "mediation efforts by Kuwait and Qatar"
rule mediation-by stage=relation action=mediate conf=0.65
  (mediation | mediation efforts | mediation effort) by the? m:list(the? $body | PER)
# "Kuwait, the main mediator, said", "X, the UN mediator,": an apposition
# of the mediator's role
rule mediator-apposition stage=relation action=mediate conf=0.65
  m:(the? $body | PER) COMMA (the | a | an) (DEM | ORG | main | chief | key | lead | principal | senior | joint | @adjective)* (mediator | broker) (COMMA | STOP | @speech)

# "Norway's role as a facilitator of the talks", "thanked Qatar for its
# role as mediator in the negotiations"
# "thanked Qatar for its role in mediating the talks"
# "thanked Qatar for mediating the talks": the one thanked for it
rule thanked-for-mediating stage=relation action=mediate conf=0.7
  (thanked | thanks | praised | commended | lauded | hailed | welcomed) m:list(the? $body | PER) for (its | his | her | their)? (mediating | brokering | facilitating | hosting) the? (@adjective)* e:EVT
# "thanked President X for his country's mediation between the government
# and the opposition": the mediator of the article's event
rule en-thanked-for-mediation stage=relation action=mediate conf=0.65
  (thanked | thanks | praised | commended | lauded | hailed | welcomed) m:list(the? $body | PER) for (its | his | her | their) (country | government)? (@adjective)* (mediation | "mediation efforts" | "good offices")
# "the mediators Egypt and Qatar presented a proposal": the mediators named
# in apposition, of the article's event
rule en-the-mediators-named stage=relation action=mediate conf=0.65
  the (two | joint | international)? (mediators | mediator) COMMA? m:list(the? $body)
# "The mediator of the African Union Mr. X said", "AU mediator X": a
# person titled mediator mediates the article's event
rule en-mediator-title-name stage=relation action=mediate conf=0.65
  (the | a)? ($body POSS? | DEM)? (chief | lead | joint | @adjective)? mediator ((of | for) the? $body)? COMMA? HON? m:PER
# "Mediators from Egypt and Qatar met Hamas officials": the countries the
# mediators come from
rule en-mediators-from stage=relation action=mediate conf=0.65
  (mediators | mediator | brokers) (from | of) the? m:list(the? $body)
# "Turkish mediators said", "Qatari and Egyptian mediators": the countries
# of the mediators, of the article's event
rule national-mediators stage=relation action=mediate conf=0.65
  m:list(DEM) (mediators | mediator | brokers)
# "the Norwegian government, which is mediating": of the article's event;
# "Kuwait's emir, who is mediating in the dispute," (a title standing for
# its country)
# "Norway and Switzerland, which are mediating the Oslo talks,": the
# mediators' relative clause, the event it names
rule en-which-mediate-event stage=relation action=mediate conf=0.65
  m:list(the? $body | PER) COMMA (which | who) (COMMA? $aux)* (mediating | mediated | mediate | mediates | brokering | brokered | facilitating | facilitated) the? (@adjective | CAP)* e:EVT
# "under the auspices of the UN and the mediation of former President X":
# a second sponsor behind its own noun of mediation
rule en-and-mediation-of stage=relation action=mediate conf=0.7
  e:EVT (!EVT&!STOP){0,16} (auspices | mediation | sponsorship) of the? ($body | PER) CONJ the (joint | @adjective)? (mediation | auspices | sponsorship) of the? @qualifier? m:list(the? $body | PER)
rule which-is-mediating stage=relation action=mediate conf=0.65
  m:(the? $body | the? DEM government | PER | RNP) COMMA (which | who) (COMMA? $aux)* (mediating | mediated | mediates | brokering) ((in | on) the? (!PUNCT&!AGENT&!EVT){1,3})? (STOP | COMMA)
rule role-in-mediating stage=relation action=mediate conf=0.7
  m:list(the? $body | PER) (for | POSS)? (its | his | her | their)? (@adjective)* (role | roles | efforts) in (mediating | brokering | facilitating) the? (@adjective)* e:EVT
# "the efforts of the Sultanate of Oman in mediating the talks": the body
# after "of", then the mediation
rule efforts-of-in-mediating stage=relation action=mediate conf=0.7
  (@adjective)* (role | roles | efforts) of the? m:list(the? $body | PER) in (mediating | brokering) the? (@adjective | recent | latest)* e:EVT
rule role-as-mediator stage=relation action=mediate conf=0.7
  m:list(the? $body | PER) (for | POSS)? (its | his | her | their)? (@adjective)* (role | roles) as (a | the)? (@adjective)* (facilitator | facilitators | mediator | mediators | host) (of | in | for | to) the? (@adjective)* e:EVT
# "Kuwait is playing the role of mediator in the talks" (the English of
# «تقوم X بدور الوسيط في المحادثات»)
rule plays-mediator-role stage=relation action=mediate conf=0.65
  m:list(the? $body | PER) (COMMA? $aux)* (playing | plays | played | play) the (role | part) of (a | the)? (mediator | mediators | facilitator) (in | at | of) the? (@adjective)* e:EVT
# "praised Egypt's role in mediating between the two sides", "Qatar's
# efforts in mediation": no event named, the article's
rule role-in-mediation stage=relation action=mediate conf=0.65
  m:list(the? $body | PER) (for | POSS)? (its | his | her | their)? (@adjective)* (role | roles | efforts | effort) (in | of) (mediating | mediation) (between | among | COMMA | STOP | CONJ)
# "Egyptian mediation efforts", "Kuwait's mediation between the two
# neighbours": the mediators of the article's event
rule national-mediation stage=relation action=mediate conf=0.65
  m:(list(DEM) | CTRY&POSS | ORG&POSS) (mediation | mediating)
# "Kuwait has played a mediating role", "Oman acted as a mediator
# between the two"
rule played-mediating-role stage=relation action=mediate conf=0.65
  m:list(the? $body | PER) (COMMA? $aux)* (played | plays | playing | play) (a | an | the | its | his | her | their)? (@adjective)* (mediating | mediator | mediation | mediator's) role
rule acted-as-mediator stage=relation action=mediate conf=0.65
  m:list(the? $body | PER) (COMMA? $aux)* (acted | acts | acting | act | served | serves | serving | serve) as (a | an | the)? (@adjective)* (mediator | mediators | broker | go-between)
# "the AU appointed X to mediate the dispute", "X was named as mediator"
rule appointed-to-mediate stage=relation action=mediate conf=0.65
  (appointed | appoints | appoint | named | names | tasked | chose | picked | designated) the? m:list(HON? PER) (to (mediate | broker) | as (a | the | its | his | her | their)? (@adjective)* (mediator | mediators | facilitator))
rule was-appointed-to-mediate stage=relation action=mediate conf=0.65
  m:list(HON? PER) (COMMA? $aux)* (appointed | named | tasked | chosen | picked | designated) (to (mediate | broker) | as (a | the)? (@adjective)* (mediator | mediators | facilitator))

# "the ceasefire, brokered by Qatar and Egypt,", "the agreement, signed
# under the mediation of Angola": the mediators of the article's event
# (an agreement is no event of its own)
rule deal-brokered-by stage=relation action=mediate conf=0.65
  (ceasefire | truce | deal | agreement | accord) COMMA? (!PUNCT&!AGENT&!EVT){0,3} ((brokered | mediated | facilitated) by | under the (auspices | mediation) of) the? m:list(the? $body | PER)

rule brokers stage=relation action=mediate conf=0.7
  (e:EVT _{0,6})? with the? m:list($body) @broker

# "X congratulated Y in a phone call", "X thanked Y during a call": the
# one spoken to in the call
rule en-verb-object-in-call stage=relation action=meeting kind=call conf=0.65
  s:$agent (COMMA? $aux)* $when* (congratulated | thanked | briefed | invited | urged | assured | consoled | told) o:$agents $when* (in | during) (a | an | the | their) (@adjective)* @phone? e:EVT_CALL
# "X and his counterpart Y exchanged views in a phone call"
rule en-exchanged-in-call stage=relation action=meeting kind=call plural=s conf=0.65
  s:$agents (COMMA? $aux)* $when* exchanged (!PUNCT&!EVT&!AGENT){0,4} (in | during) (a | an | the | their) (@adjective)* @phone? e:EVT_CALL
# "X received a letter from Y, delivered by Z": the bearer met X, the
# sender did not
rule en-letter-delivered-by stage=relation action=meeting kind=meeting host=s conf=0.65
  s:$agent (COMMA? $aux)* $when* v:(received | receives) (a | an | the)? (@adjective)* (letter | message | invitation) (!STOP&!@meet){1,10} COMMA? (delivered | handed | carried | conveyed) (over)? by the? o:$agents
# "X will attend the talks", "X joined the meeting", "X took part in the
# summit", "X was present at the meeting", "X addressed the conference",
# "X opened the summit" (who opens an event takes part in it)
# "X delivered a speech at the opening session of the conference", "X led
# his country's delegation at the summit"
rule attend stage=relation action=attend conf=0.75
  s:$agents (COMMA? $aux)* COMMA? $when* (@attend | "took part" | "take part" | "taking part" | "present at" | "present in" | addressed | addresses | addressing | told | tells | opened | opens | closed | inaugurated | (delivered | gave | delivers | gives) (a | an | the | his | her)? (@adjective)* (speech | address | statement | keynote | remarks) | @lead (his | her | their) (country's | nation's | government's)? DLGW) (in | at | to | before)? the? ((start | opening | beginning | end | first | part | round) of the? | (opening | closing | plenary | final | inaugural) EVT of the?)? (@adjective | opening | closing | plenary | inaugural)* e:EVT
# "X attended the meeting, as did Y": Y took part too
rule attend-as-did stage=relation action=attend conf=0.7
  @attend the? (@adjective)* e:EVT $when* COMMA (as | so) (did | does | will) s:$agents

# "X told the ministers that ...", "X tells the plenary:", "X told fellow
# delegates": who speaks to those gathered takes part in the report's own
# event (frame=main; not "told reporters", nor "told the ministers in a
# letter": the gathering's word is followed by what was said; the speaker
# opens the sentence, after his title in apposition at most (opens=yes:
# not "In a letter, X told", "Back in Quito, X told his ministers", "At
# the G20 summit last month, X told the leaders"); a live page's time
# may open the entry: "14:20 – X tells the plenary")
rule en-told-the-gathering stage=relation action=attend kind=any frame=main who=persons opens=yes conf=0.6
  (NUM COLON NUM DASH)? (the? ($rank | @adjective)* ROLE+ ((of | for) the? (!PUNCT&!EVT&!PER){1,6})? COMMA)? HON{0,2} s:$agent (COMMA? $aux)* COMMA? $when* v:(told | tells | telling | addressed | addresses) (the | fellow)? (@adjective)* (@audience | ROLE&ROLE_PL | DLGW) (that | COLON)
# "In his opening address, X said", "X, in her closing remarks, thanked
# the hosts": an opening, closing or keynote speech is given at the
# report's own event (frame=main; not "in a televised address"; a verb of
# saying, thanking or urging after the speaker, not "told" another
# audience: "X, in his closing remarks, told the Congress", "had
# promised")
define openverb = said | says | stressed | stresses | underlined | underscored | emphasised | emphasized | noted | notes | thanked | thanks | welcomed | welcomes | urged | urges | called | calls | praised | praises | highlighted | highlights | reaffirmed | reaffirms | expressed | expresses
rule en-in-opening-remarks stage=relation action=attend kind=any frame=main who=persons conf=0.6
  (In | in) (his | her | their) v:@speech-occasion (address | remarks | speech | statement) COMMA s:$agent $when* $openverb
rule en-agent-in-opening-remarks stage=relation action=attend kind=any frame=main who=persons conf=0.6
  s:$agent COMMA in (his | her | their) v:@speech-occasion (address | remarks | speech | statement) COMMA $when* $openverb

# "X opened the meeting alongside Y and Z", "X chaired the talks (in Z) together
# with Y": those beside the one who opens, chairs or addresses the event
# take part in it too
rule en-opened-event-alongside stage=relation action=attend conf=0.65
  s:$agents (COMMA? $aux)* $when* (opened | opens | closed | closes | chaired | chairs | co-chaired | addressed | inaugurated | attended) the? (@adjective)* e:EVT $when* ((in | at) the? $seat? p:$places $when*)? COMMA? (alongside | "together with" | "along with") the? s:$agents
# "X will on Wednesday co-chair the Ministerial Session of the A-B
# Commission in P, together with his counterpart, the Minister of C, Y":
# the two who co-chair an event take part in it and meet
rule en-co-chaired-with-counterpart stage=relation action=attend meet=two conf=0.65
  s:$agent (COMMA? $aux)* ($when | COMMA)* (co-chair | co-chairs | co-chaired | co-chairing) the? (@adjective)* e:EVT (of the? ORG | of the? (!PUNCT&!AGENT&!EVT&!LOC&!STOP){1,6})? (LPAR !PUNCT{1,2} RPAR)? (in the? $seat? p:$places (COMMA (the? Republic of)? p:CTRY)?)? COMMA? ("together with" | alongside | with) (his | her | their) ROLE_PEER COMMA? the? s:$agents
# "X chaired the ministerial meeting of the council", "X and Y co-chaired
# the session", "X chaired the Y emergency summit" (a body's), "The
# High Representative, X, today co-chaired the meeting" (the apposition's
# closing comma): who chairs an event takes part in it
rule en-chaired-event stage=relation action=attend conf=0.65
  s:$agents (COMMA? $aux)* COMMA? $when* (chaired | chairs | chair | co-chaired | co-chairs | "presided over" | presides) the? (CTRY&!POSS | ORG&!POSS | DEM)? (@adjective)* e:EVT
# "More than 30 heads of state attended the summit in Addis Ababa, among
# them President X": some of those counted named after the event
rule en-attended-among-them stage=relation action=attend conf=0.6
  (attended | "took part in" | "participated in") the? (@adjective | CAP)* e:EVT ((in | at) the? $seat? $places)? $when* COMMA ("among them" | including | "among whom were") the? s:$agents
# "The following Heads of State and Government attended the Summit:": a
# list of those present follows, a line each ("- H.E. X, President of
# Y;"), read by attendeeList
# "X will lead a South African delegation comprising the following
# Ministers:", "The delegation includes:": its members follow, a line each
# ("- Minister of Agriculture, Mr X;"), read by attendeeList
rule en-members-follow stage=relation action=member-list conf=0.6
  d:DLG (COMMA? $aux)* $when* (comprising | comprises | comprised | including | includes | included | "consisting of" | "composed of") (the following (!PUNCT&!STOP){0,3})? COLON
rule en-attendees-follow stage=relation action=attend-list conf=0.6
  (attended | "took part in" | "participated in" | "were present at") the? (@adjective)* e:EVT COLON
# a heading of its own line, "Attendees", "(Reference) Attendees", "List
# of Participants:", over the lines of those present at the report's own
# event, each a name and titles with no bullet; a side line ("Japanese
# side:") gives the country of the lines after it
rule en-attendees-heading stage=relation action=attend-list kind=meeting frame=main line=alone conf=0.55
  (LPAR (!PUNCT&!AGENT){1,2} RPAR)? ("list of" | "lists of")? the? v:(attendees | participants | attendance | Attendees | Participants) COLON?
# "The meeting was attended by Their Excellencies:", "The session was
# attended by the following:": the event first, the lines after it name
# those present
rule en-event-attended-by-follow stage=relation action=attend-list conf=0.6
  e:EVT (COMMA? $aux)* $when* attended by (their excellencies | the following (!PUNCT&!STOP&!AGENT){0,3})? COLON
# "The Secretary General of the Secretariat, X, attended together with
# the Director-General of the Community, Y": both took part
rule en-attended-together-with stage=relation action=attend kind=any frame=main conf=0.6
  s:$agents (COMMA? $aux)* v:attended (together | along) with the? s:$agents (COMMA | STOP)
# "X took part via video link in the meeting": how he took part between
rule en-attended-via stage=relation action=attend conf=0.65
  s:$agents (COMMA? $aux)* $when* (@attend | "took part" | "take part" | "takes part" | participated | participates) (via | by | through) (!PUNCT&!AGENT&!EVT&!in&!at){1,3} (in | at)? the? $body? (@adjective)* e:EVT
# "X will represent Senegal at the summit in Abuja": X takes part
rule en-represents-at-event stage=relation action=attend conf=0.65
  s:list(PER) (COMMA? $aux)* (represent | represents | represented | representing) the? ($body | DEM government) (at | in) the? (@adjective)* e:EVT

# "X delivered a speech at the opening of the summit", "X said in his
# speech to the summit", "X represented his country at the summit": who
# speaks at an event or represents his country there takes part in it
rule spoke-at-event stage=relation action=attend conf=0.65
  s:$agents (COMMA? $aux)* $when* (delivered | delivers | gave | gives | made | makes) (a | an | the)? (@adjective | keynote | opening | closing)* (speech | address | statement) (at | to | before | during) the? ((opening | closing | start | end) of the?)? (@adjective)* e:EVT
rule in-his-speech-at-event stage=relation action=attend conf=0.65
  s:$agent COMMA? @speech (in | during) (his | her) (speech | address) (to | at | before) the? ((opening | closing) of the?)? (@adjective)* e:EVT
# "Guyana, which ..., attended as a full member for the first time,
# sending Foreign Minister X": the country and the one it sent take part
# in the report's own event
rule en-attended-sending stage=relation action=attend kind=any frame=main conf=0.6
  s:CTRY (COMMA? $aux)* $when* attended (!PUNCT&!AGENT&!EVT){0,8} COMMA sending the? s:PER&!POSS
rule represented-country-at-event stage=relation action=attend conf=0.65
  s:PER (COMMA? $aux)* $when* (represented | represents | represent) (his | her | CTRY) country? (at | in) the? (@adjective)* e:EVT
# "the talks were attended by X, Y and Z"
# "the meeting was chaired by X", "the meeting, held in Paris, was
# attended by X" (a participle set off by commas between), "the meeting
# was held in Rome and was attended by X"
# ("the summit of Central Asian leaders in Dushanbe, attended by the
# presidents of A and B": what the event is of, then its place; "attended
# by observers from A, B and C": the bodies they come from; "the summit of
# the X Council, held on the sidelines of ..., was attended by": the body
# whose summit it is; the participle's margin may have been set aside with
# its closing comma: margin-phrase; "chaired by X, ..., and attended by
# the Panel members Y and Z": those who attended after the chair; "The
# signing was witnessed by X": those who witness an event attend it)
# "the NATO Summit in The Hague, which Korea attended as a partner", "the
# summit in Lisbon, which Chile attended for the first time": an event
# its attendee follows in a relative clause, the object's
rule en-event-which-attended stage=relation action=attend conf=0.6
  e:EVT ((in | at) the? $seat? $places)? COMMA? (which | that) s:$agents (COMMA? $aux)* $when* (attended | attends | attend | joined)
rule attended-by stage=relation action=attend conf=0.7
  e:EVT (of the? (!PUNCT&!AGENT&!EVT&!LOC&!STOP&!@in){1,4} | of the? ORG)? ((in | at) the? $seat? $places)? (COMMA (!COMMA&!STOP&!EVT&!@speech){1,14} COMMA | COMMA (held | convened | hosted | organised | organized) (!COMMA&!STOP&!EVT&!@speech){0,3})? ((COMMA? $aux)* @event-verb place? $when* ((in | at) the? $seat? $places)* $when* CONJ)? COMMA? (which | that)? $when* (COMMA? $aux)* $when* (attended | joined | chaired | co-chaired | "presided over" | opened | witnessed) (on the (DEM | CTRY POSS) side)? by (the? s:$attendees | $sentfrom) (COMMA? CONJ also? (attended | joined)? by the? (DEM | @adjective | CAP)* (members | member)? s:$attendees)?
# "The consultations were co-chaired by Deputy Minister X and State
# Secretary Y": the two who chair an event together meet each other
# (attendance, so that the event stays the one the report tells)
rule en-event-co-chaired-by stage=relation action=attend meet=two conf=0.65
  e:EVT (COMMA? $aux)* $when* (co-chaired | "jointly chaired") by the? s:$attendees
# "the summit between A, B and C, which was held at the X Palace and
# chaired by President Y": the parties between, then the event's relative
# clause of where it was held and who chaired it
rule en-event-between-held-chaired stage=relation action=attend conf=0.65
  e:EVT (between | among) $parties COMMA (which | that) (COMMA? $aux)* @event-verb (!PUNCT&!EVT&!AGENT&!STOP){0,8} CONJ (was | were)? (chaired | co-chaired | "presided over") by the? s:$attendees
# "The summit was attended by the foreign ministers of the three
# countries, namely A, B and C", "It was also attended by the leaders of
# the four states, A, B and C": those who attended named by a plural
# title, then by name ("it" the article's event)
rule en-attended-by-title-then-names stage=relation action=attend kind=any conf=0.65
  (e:EVT | it | they) (COMMA? $aux)* $when* v:(attended | joined) by the? (DEM | @adjective | NUM | CTRY POSS)* ROLE_PL (of the? (!PUNCT&!AGENT&!EVT&!ROLE){1,4})? COMMA (namely | including | COLON)? s:$agents
# "X opened the summit and was joined by President A of B, President C
# and Prime Minister D": those who joined the one who opened it take part
# ("X, the current chair of the bloc, opened the summit": an apposition
# between commas after the one who opened it)
rule en-event-and-was-joined-by stage=relation action=attend conf=0.65
  e:EVT $when* (COMMA? CONJ | COMMA) (COMMA? $aux)* $when* (joined | accompanied) (there | at it)? by the? s:$agents
rule en-apposition-opened-event stage=relation action=attend conf=0.6
  s:PER COMMA (the | a | an) (!PUNCT&!EVT&!AGENT&!@speech&!@meet){1,8} COMMA (COMMA? $aux)* $when* (opened | closed | chaired | addressed | inaugurated) the? (@adjective)* e:EVT
# "The Vice President was joined by her National Security Advisor, X, and
# by Commerce Secretary Y", "He was accompanied by Foreign Minister X and
# by Ambassador Y": those who join a party of the report's meeting take
# part in it (frame=main), each after his own "by"
rule en-party-joined-by stage=relation action=attend kind=any frame=main conf=0.6
  (PER | the ROLE+ | he | she) (COMMA? $aux)* (was | were) $when* v:(joined | accompanied) $when* ((on | at | for) the (opening | first | second | final | closing | last)? (day | session | sessions | round))? by s:($agents (COMMA? CONJ by $agents)?)
# (the same with a run of titles each before its name: "He was
# accompanied by Minister of Trade, Industry and Small Enterprises Dr. X
# and Director of the Q Service Major General Y")
rule en-party-joined-by-titled-run stage=relation action=attend kind=any frame=main who=persons run=titles conf=0.55
  (PER | the ROLE+ | he | she) (COMMA? $aux)* (was | were) $when* v:(joined | accompanied) $when* by s:$attspanword+
# "X told his counterparts, who included President A, President B and
# Prime Minister C": the peers a party of the report's gathering
# addresses take part in it (frame=main)
rule en-counterparts-included stage=relation action=attend kind=any frame=main who=persons conf=0.55
  (his | her | their) (ROLE_PEER | counterparts | peers | colleagues | (fellow (leaders | ministers | presidents))) COMMA (who | which)? v:(included | include | including) s:$attendees
# "Talks were attended on the American side by presidential adviser X":
# who attends on a country's side is of its delegation
rule en-attended-on-side-by stage=relation action=member conf=0.6
  EVT (COMMA? $aux)* $when* (attended | joined) on the d:DEM side by the? x:list(HON? PER)
# "leaders met in Z for the summit, with King X and President Y in
# attendance": those named in attendance take part in the event
rule en-with-in-attendance stage=relation action=attend conf=0.65
  e:EVT (!STOP&!EVT&!AGENT&!with){0,10} COMMA? with the? s:$agents (also)? "in attendance"
# "the summit was attended by leaders from the region, including
# President X": the named ones of the group; "the summit was held in Z and
# was attended by leaders of 30 countries, including X"
rule attended-by-including stage=relation action=attend conf=0.65
  e:EVT ((in | at) the? $seat? $places)? ((COMMA? $aux)* @event-verb place? $when* ((in | at) the? $seat? $places)? $when* CONJ)? (COMMA? $aux)* $when* attended by (!PUNCT&!EVT&!AGENT){1,8} COMMA? (including | notably | "among them" | "such as") the? s:$agents
# "Among the participants were X and Y", "Among the attendees was X":
# the attendees of the article's event
rule among-participants stage=relation action=attend kind=any conf=0.65
  (among the? | the?) v:(participants | attendees) ((were | are | was | is | "will be" | included | include | includes) COLON? | COMMA) the? s:$agents
# "X and Y were among the participants", "X was among those attending"
# ("X and Y were among those in attendance, as was Z": one more after)
rule among-the-participants stage=relation action=attend kind=any conf=0.65
  s:$agents (COMMA? $aux)* among (the? v:(participants | attendees) | those v:(attending | present | "in attendance")) (COMMA as (was | were) s:$agents)?
# "... for the annual summit, with X and Y among those attending": the
# event the sentence named before
rule en-event-with-among-attending stage=relation action=attend conf=0.65
  e:EVT (!STOP&!EVT&!@speech){0,6} COMMA with s:$agents among (the? (participants | attendees) | those (attending | present))
# "X participated on the Belarusian side", "X took part for the Danish
# side": an attendee of the article's event, for one of its sides
rule en-participated-on-side stage=relation action=attend kind=any conf=0.6
  s:list(PER) (COMMA? $aux)* v:(participated | participates | "took part" | "takes part") (on | for | from) the (DEM | CTRY POSS) side
# fronted: "Attending the talks were X and Y", "Taking part in the meeting
# was X", "Also present at the meeting were X and Y"
rule attending-event-were stage=relation action=attend conf=0.65
  (attending | "taking part in" | "participating in" | also? "present at" | also? "present in") the? e:EVT ((in | at) the? $seat? $places)? ((on | from) the DEM side)? (were | was | are | is | "will be") the? s:$agents
# "the meeting was hosted by Foreign Minister X": a person who hosts takes
# part (a country that hosts gives the place: event-hosted-by)
# ("The meeting, hosted by Foreign Minister X at the Y complex": the
# participle set off by a comma)
rule hosted-by-person stage=relation action=attend conf=0.7
  e:EVT ((in | at) the? $seat? $places)? (COMMA? $aux)* COMMA? $when* hosted by the? s:list(PER)

# "welcomed the participation of UN envoy X in the Oslo talks", "the
# participation of A and B in the summit": those whose part in the event
# is named take part in it
rule en-participation-of-in stage=relation action=attend conf=0.65
  (the | his | her | their)? (participation | attendance | presence) of the? s:$agents (in | at) the? (@adjective | CAP | LOC)* e:EVT

# "X, who attended the talks, said"
# "the meeting was held in the presence of X", "talks with the
# participation of X", machine-translated "held in presence of X": X attends
# ("the meeting was held under the chairmanship of X in the presence of
# Y": a person may stand between; "..., alongside a representative of
# the UN": who joined them, after the list)
rule in-presence-of stage=relation action=attend conf=0.65
  e:EVT (!PUNCT&!EVT){0,12} COMMA? (in the? presence of | with the? participation of | (saw | witnessed | sees | witnesses) the participation of) the? s:$agents (COMMA? ("as well as" | "in addition to" | "along with" | alongside) (a | an | the)? s:$agents)?
# "The conference of Arab energy ministers, which was held at the P in
# Z, closed on Thursday with the participation of the ministers of A and
# B, as well as representatives of C": the event's relative clause
# between commas, then who took part (and who joined them)
rule en-event-clause-with-participation stage=relation action=attend conf=0.65
  e:EVT (!PUNCT&!EVT){0,6} COMMA (which | that)? (!PUNCT&!EVT){1,12} COMMA (!PUNCT&!EVT){0,6} with the? participation of the? s:$agents (COMMA? ("as well as" | "in addition to" | "along with") the? s:$agents)?
# "The summit's closing communique was read by X", "The final statement,
# read out by spokesman X, said ...": who read the closing statement took
# part in the report's own event (frame=main: not in a meeting on its
# margins, nor in the next session it announces)
rule en-closing-statement-read-by stage=relation action=attend kind=any frame=main conf=0.6
  the? e:EVT? (closing | final | concluding) v:(communique | communiqué | statement | declaration) (of the? e:EVT)? COMMA? (COMMA? $aux)* $when* (read | delivered) (out | aloud)? by the? (DEM | CTRY POSS | @portfolio | @org-head)* s:$agents
# "A new round of talks between A and B opened in Doha, under Qatari
# mediation and with the participation of the African Union": who takes
# part beside the mediator, after the mediation
rule en-mediation-and-participation stage=relation action=attend conf=0.6
  e:EVT (!STOP&!EVT){0,14} (under the? (!PUNCT&!EVT&!STOP){0,2} (mediation | auspices) | (mediated | brokered | sponsored) by) (!PUNCT&!EVT&!STOP){0,3} (CONJ | COMMA) with the? participation of the? s:$agents
# machine-translated inversion: "At the opening also was present the head
# of X, Y", "At the talks were present A and B": who attended the event
# the text named before
rule en-at-event-was-present stage=relation action=attend kind=any conf=0.6
  (at | in) the (opening | EVT) (of the? EVT)? also? (was | were) also? v:present the? s:$attendees
# "The meeting was held in Amman. It was attended by X and Y": who took
# part in the event the text named before; so too who chaired it, and who
# joined it ("It was chaired by X", "The ministers were joined for a
# working lunch by Y")
rule it-was-attended-by stage=relation action=attend kind=any conf=0.65
  (it | they | the ROLE_PL) (was | were | is | has been | had been | will be) also? v:(attended | chaired | "presided over" | joined) (for (a | the)? EVT)? by the? s:$attendees (COMMA? CONJ also? by the? s:$attendees)?
# "It was co-chaired by X and Y": the two who chair the event the text
# named before together meet each other (en-event-co-chaired-by)
rule it-was-co-chaired-by stage=relation action=attend meet=two kind=any conf=0.65
  it (was | is | has been | had been | will be) v:(co-chaired | "jointly chaired") by the? s:$attendees
# "X met Y in Accra in the presence of Z": who was present at a meeting
# the verb names
rule met-in-presence-of stage=relation action=attend kind=meeting conf=0.6
  (@meet | @welcome) (!STOP&!EVT){1,14} (in the? presence of | with the? participation of) the? s:$attendees
# "X and Y attended, hosted by Z.", "Leaders of A and B also attended.":
# no event named, the article's event (a verb of any kind)
# ("X attended as an observer": the capacity he attended in)
rule ev-attended-bare stage=relation action=attend kind=any conf=0.6
  s:$agents (COMMA? $aux)* $when* v:attended $when* (as (a | an) (@adjective)* (observer | observers | guest | guests))? (COMMA | STOP)
# "Foreign Minister X was also present.", "X and Y were also in
# attendance", "From the Chilean side, X and Y were present.": present
# at the meeting the report tells
rule en-also-present stage=relation action=attend kind=any conf=0.6
  s:$agents (COMMA? $aux)* (was | were | is | are) also? v:(present | "in attendance") (at the? EVT)? (COMMA | STOP)
# "Also attending were X, Y and Z", "Also present were X and Y",
# "Attending the talks were X and Y": the attendees after a fronted verb;
# "Also in attendance were X, President of the Commission; Y, ...; and
# Z", "Among those present were Senator the Hon. X": the report's
# gathering, each named after a rank or a style
rule en-fronted-attending stage=relation action=attend kind=any frame=main conf=0.6
  (also? v:(attending | present | "in attendance") | among those v:(present | "in attendance" | attending)) ((at | in)? the? (@adjective)* EVT)? (were | was) s:list(ROLE* the? $exc? HON{0,2} $agent t:((of | for | to | on) the? (!PUNCT&!AGENT&!EVT&!CONJ | ROLE | PER&PRON){1,6})?)
# "The following Member States were represented: A, B and C", "The
# following countries were represented at the meeting: ...": a
# communique's roll of the states present at its gathering
rule en-following-represented stage=relation action=attend kind=any frame=main conf=0.6
  the following (!PUNCT&!STOP&!AGENT){0,3} (were | was) v:represented ((at | in) the? (@adjective)* EVT)? COLON s:$agents
# "An observer from the AU and diplomats from A and B are also attending",
# "Envoys from A and B attended": those sent by bodies or countries stand
# for them at the article's event
rule en-envoys-from-attending stage=relation action=attend kind=any conf=0.6
  $sentfrom (COMMA? CONJ $sentfrom)? (COMMA? $aux)* $when* v:(attending | attended | attend | attends | "taking part" | "took part" | "take part")
# "A, B and the C sent observers", "A has dispatched a delegation to the
# talks": the bodies that send people to the report's event take part in
# it through them
rule en-bodies-sent-observers stage=relation action=attend kind=any frame=main conf=0.6
  s:list(the? $body) (COMMA? $aux)* $when* @send (a | an | NUM | their | its)? (@adjective | senior | high-level | technical)* v:(observer | observers | DLGW | representative | representatives | envoy | envoys | delegate | delegates | monitors) ((to | at) the? (@adjective)* EVT)? (STOP | COMMA | as)
# "More than 30 heads of state attended the summit in Algiers, among them
# X": some of those who attend named after a comma
rule en-attended-event-among-them stage=relation action=attend conf=0.65
  @attend the? e:EVT (!STOP&!EVT&!@attend&!COMMA){0,8} COMMA ("among them" | "among whom" | including | notably) the? s:$agents
# "Uganda's intelligence chief X and envoy Y also took part, officials
# said", "X was also present.": people who take part with no event after
# the verb take part in the article's own event
# (what happened, not what may: "took part", "participated", "was
# present", with "also" or "had" before it, no modal nor hope: "Mali may
# take part" is no attendance)
rule en-also-took-part stage=relation action=attend kind=any frame=main conf=0.6
  s:$agents (also | has | have | had | COMMA)* v:("took part" | participated | "was present" | "were present" | "was in attendance" | "were in attendance") also? $when* (COMMA | STOP | according)
# "X addressed the leaders on Saturday", "X spoke to the delegates": who
# speaks to those gathered takes part in the article's own event
rule en-addressed-gathered stage=relation action=attend kind=any frame=main conf=0.6
  s:$agents (COMMA? $aux)* $when* (addressed | addresses | "spoke to" | "speaking to") the? (@adjective)* v:(ROLE_PL | delegates | participants | attendees | delegations | plenary)
rule who-attended stage=relation action=attend conf=0.7
  s:PER COMMA? who $aux* (@attend | "took part" | "take part") (in | at)? the? e:EVT

# "X arrived in Oslo for talks", "X travelled to Oslo"
# "X visited Oslo", "X paid a two-day visit to Oslo"
# "Foreign Secretary X's two-day visit to India"
rule possessor-visit stage=relation action=visit conf=0.65
  s:PER&POSS (!PUNCT&!AGENT&!EVT&!LOC&!@place-gap){0,2} @visit (to | in) the? $seat? p:list(the? LOC)
# "X will head to Santiago tomorrow for meetings with Y", "X heads to
# Rome": "head" before "to" and a place is a verb of travel, not a title
rule en-head-to stage=relation action=visit conf=0.6
  s:$agents (COMMA? $aux)* COMMA? $when* (will | would | is to | is due to)? v:ROLE_HEAD to the? $seat? p:$places $when* (for (a | an | the)? @adjective* e:EVT)?
# ("X began a two-day visit to Oslo", "concluded", "is on an official
# visit to": a verb of beginning, ending or being on the visit)
rule visit stage=relation action=visit conf=0.7
  s:$agents (COMMA? $aux)* COMMA? $when* ((paid | pays | pay | paying | made | makes | make | making | began | begins | begin | started | starts | concluded | concludes | conclude | ended | ends | undertook | undertakes | "wrapped up" | "wraps up" | "kicked off" | "kicks off" | "embarked on" | "embarks on" | on) (a | an | his | her | their)? (!PUNCT&!AGENT&!EVT&!LOC&!@stop | @adjective)?)? @visit (in | to | at)? the? $seat? p:$places ($when* (for | (to | "in order to") (attend | "take part in" | "participate in" | join)) the? e:EVT)?

# "the visit of X to Oslo"
# "X is on a regional tour that includes A, B and C", "X began a tour of
# A, B and C": the tour is held in every place it takes in
rule en-tour-of-places stage=relation action=visit conf=0.6
  s:$agents (COMMA? $aux)* COMMA? $when* (!PUNCT&!AGENT&!EVT&!LOC&!@speech&!@meet){0,4} v:(tour | trip | swing) (that | which)? (COMMA? $aux)* (of | through | (includes | include | including | included | covering | covers) (stops in | visits to)?) p:list(the? LOC)
rule visit-of stage=relation action=visit conf=0.7
  @visit of s:$agents (to | in) the? $seat? p:$places
# "the state visit to Japan by President X": the place first, the
# visitor after "by" (the definite visit, one that took place or is set:
# not "refused a visit to P by X", "a visit to P by X was postponed")
rule en-visit-to-by stage=relation action=visit conf=0.65
  (the | this | his | her | their) (state | official | working | recent | historic | first | @adjective)* @visit (to | in) the? $seat? p:$places $when* by the? $style? s:$agents

# "X held talks with Y, who was in Moscow on a working visit": the
# sentence's event is held where the visitor was
rule en-who-was-in-on-visit stage=relation action=place scope=sentence conf=0.6
  PER COMMA who (is | was | are | were) (in | to) the? $seat? p:$places (on | for) (a | an | his | her | their) (!PUNCT&!AGENT&!EVT&!LOC){0,2} @visit
# "during his visit to Oslo, X met Y": the sentence's event is held there
# (scope=sentence: the place sets the scene of its sentence, whose
# parties meet there)
rule visit-place stage=relation action=place scope=sentence possessor=subject conf=0.65
  (his | her | their) (!PUNCT&!AGENT&!EVT&!LOC&!@place-gap){0,2} @visit (to | in) the? $seat? p:list(the? LOC)

# "X, on an official visit to Beijing, held talks with Y", "X, in Riyadh
# on a working visit, met Y": the visit's place sets the scene of its sentence's meeting
# ("X, who is on a visit to Luanda, met Y": the same in a relative clause)
rule en-on-visit-to stage=relation action=place scope=sentence conf=0.6
  PER COMMA? (who (is | was | are | were))? ((on | during) (a | an | his | her | their) (!PUNCT&!AGENT&!EVT&!LOC&!@stop | @adjective){0,3} @visit (to | in) the? $seat? p:list(the? LOC) | in the? $seat? p:list(the? LOC) $when* (on | for) (a | an | his | her | their) (!PUNCT&!AGENT&!EVT&!LOC&!@stop | @adjective){0,3} @visit)

# "the talks in Geneva", "the meeting will be held in Oslo on Monday",
# "the meeting at the Elysee Palace in Paris" (a building, then its city),
# "the meeting of the Arab ministerial committee held in Amman", "the
# summit of Turkey, Russia and Iran took place in Tehran" (the bodies
# that meet between)
# "talks between the government and the rebels resumed in Doha", "talks
# between Sudan's army and the rebels in Jeddah": parties named by common
# nouns (or a country's) may stand between; "its meeting near Ankara":
# held by the place; "the summit, hosted by Ghana in Accra"; "the talks
# are due to resume in Addis Ababa"; "the meeting took place at the
# ministry headquarters in Baghdad" (a building, no name, then its city);
# "the summit kicked off in the Saudi city of Jeddah"; "the meeting was
# held under the auspices of the AU in Addis Ababa" (its mediator between);
# "the conference for Haiti, co-hosted
# by Canada and Brazil, was held in Ottawa", "talks mediated by Qatar and
# held in Doha" (two participles, the second placing the event)
# ("The summit, co-chaired by Egypt and France, brought together 30 leaders
# in Paris": the event's verb of gathering, those it gathered)
# "talks between X and Y were held on Tuesday at State House, Nairobi": a
# venue the names do not know, then its city after a comma
# ("the Summit of the Americas in Lima", "the Conference of the Great Lakes
# Region in Luanda": a region the event's name holds, then its city)
rule event-at-venue-comma-city stage=relation action=place conf=0.7
  e:EVT (@between | @party-gap | $agents | CONJ | $aux | $when | COMMA)* @event-verb (@place-gap | $when)* at the? (!PUNCT&!AGENT&!EVT&!LOC&!@in){1,3} COMMA p:CITY
# ("took place today in Brussels, at the Europa building": the city,
# then the venue after a comma)
rule event-in stage=relation action=place conf=0.8
  e:EVT ((brought | brings | bring) together (NUM | !PUNCT&!AGENT&!EVT&!LOC&!@in){1,4} | @place-gap | $when | $aux | COMMA | DASH | @mediate | (@mediate | hosted | co-hosted | organised | organized | chaired | co-chaired) by the? $agents CONJ $aux* (held | convened | hosted) | hosted | co-hosted | chaired | co-chaired | convened | organised | organized | sponsored | co-sponsored | by | $agents | under the? joint? (DEM | CTRY | CONJ)+ (auspices | mediation | sponsorship | patronage) | @broker | under the (auspices | mediation | sponsorship | patronage) of the? $agents | @between (!PUNCT&!EVT&!LOC&!STOP&!@event-verb&!@in&!@topic | LOC&POSS){1,8} | @between | @party-gap | from | of the? $agents | of the PLACE | of the? (!PUNCT&!EVT&!LOC&!STOP&!NUM&!@event-verb&!@in&!@place-gap){1,4})* (@event-verb | (kicked | kicks | kick) off)? (@place-gap | $when | $level)* ($venue $outskirts?)? (in | at | near | $outskirts) the? $seat? p:$places $within? (COMMA at the? p:LOC&!CITY&!CTRY&!POSS)?
# "the talks were moved to Nairobi", "the meeting, which had been planned
# for Lisbon, was relocated to Madrid": an event moved is held where it
# is moved to, not where it was planned
rule en-event-moved-to stage=relation action=place conf=0.7
  e:EVT ((between | among) the? ($parties | (!PUNCT&!EVT&!STOP&!LOC&!@in){1,4}))? (COMMA (which | that) (!COMMA&!STOP&!EVT){1,12} COMMA)? $when* (COMMA? $aux)* (moved | relocated | transferred | shifted) (from the? $seat? LOC)? $when* to the? $seat? p:$places
# "The meeting brought together the foreign ministers of A and B, and was
# held in Nairobi": a verb of taking place coordinated after the event's
# clause, its subject the event (which opens the sentence: "X attended the
# meeting and opened in Nairobi a consulate" is X's verb), its place right
# after it
rule en-and-event-held-in stage=relation action=place conf=0.65
  the&FIRST (@adjective | DEM | CAP)* e:EVT (!STOP&!EVT&!@event-verb){0,12} COMMA? CONJ $aux* @event-verb $when* (in | at) the? $seat? p:$places
# "X said at a joint press conference with Y": what one said at an event
# he held with the other
rule said-at-event-with stage=relation action=meeting conf=0.65
  s:$agent COMMA? @speech $when* (at | during | in) $the? (joint | @adjective)* (press | news)? e:EVT (with | alongside) o:$agents
# "the meeting was held at the headquarters of the Arab League in Cairo":
# the seat of a body, then its city
rule event-at-seat-of stage=relation action=place conf=0.7
  e:EVT $when* (COMMA? $aux)* @event-verb (@place-gap | $when)* (at | in) the (headquarters | seat | offices | premises) of the? ORG COMMA? (in | at) the? $seat? p:$places
# "the conference on Syria took place in Brussels", "the round of talks
# between A and B on the dam was held in Khartoum", "talks between the two
# sides on the future of Jerusalem resumed in Washington": a topic between the
# event and the verb that places it; the verb is needed ("talks on the
# situation in Syria" are not held in Syria)
rule event-topic-held-in stage=relation action=place conf=0.7
  e:EVT ((between | among | of) the? ($parties | (!PUNCT&!EVT&!STOP&!LOC&!@event-verb&!@in&!@topic){1,4}))? (on | about | over | regarding | concerning) the? (!PUNCT&!EVT&!STOP&!@event-verb&!@in){1,5} (COMMA (!COMMA&!STOP&!EVT){1,8} COMMA)? $aux* @event-verb place? $when* (in | at) the? $seat? p:$places
# "Speaking from Doha, where the talks are taking place, X said": the
# place a relative "where" names
rule en-place-where-event stage=relation action=place conf=0.7
  p:LOC COMMA where the? (@adjective)* e:EVT (COMMA? $aux)* (@event-verb | taking | take) place?
# "In the Egyptian capital, Cairo, the delegation met Y": a fronted place
# sets the scene of its sentence's meeting ("In Rome on Tuesday, the
# ministers met": a time after the place; a subject that names no party)
# "At his arrival in Doha, X was received by Y", "Upon her arrival in P, X
# met Y": the place of the sentence's meeting
rule en-on-arrival-place stage=relation action=place scope=sentence conf=0.6
  (at | on | upon) (his | her | their) arrival (in | at | to) the? $seat? p:$places $when* COMMA s:$agents (COMMA? $aux)* $when* (@meet | @welcome | received | @call)
rule en-fronted-place stage=relation action=place scope=sentence conf=0.65
  (in | at) the? $seat? p:$places $when* COMMA (s:$agents | $the? (two | three | four | both | all)? (!PUNCT&!AGENT&!EVT&!LOC&!CONJ&!@stop&!@meet&!@welcome&!@call&!held&!hold&!holds){1,3} ($of the? $body+)?) (COMMA? $aux)* $when* (@meet | @welcome | @call | @discuss | hosted | hosts | (held | hold | holds) (a | an)? (@adjective | !PUNCT&!AGENT&!EVT&!LOC&!@stop){0,2} e:EVT)
# "In Doha on Tuesday, the talks between A and B resumed": a fronted place
# before the event's noun
rule en-fronted-place-event stage=relation action=place conf=0.65
  (in&FIRST | at&FIRST) the? $seat? p:$places $when* COMMA the? (@adjective)* e:EVT
# "the Oslo talks", "Vienna's direct talks" (an adjective of talks may
# stand between; a verb may not: "Turkey held talks" is no place's)
rule place-event stage=relation action=place conf=0.75
  p:LOC POSS? (direct | indirect | bilateral | trilateral | tripartite | high-level | formal | informal)? e:EVT
# "Morocco will host the next round of talks in Rabat", "Baghdad hosted on
# Saturday the fourth round of talks", "The Egyptian resort of Sharm
# el-Sheikh will host the summit"
rule host-event stage=relation action=place conf=0.7
  the? $seat? p:(CTRY | CITY) (COMMA? $aux)* $when* @host $when* $the? (@ordinal | @adjective | CAP | !PUNCT&!AGENT&!EVT&!LOC&!@stop){0,2} e:EVT p:($when* (in | at) the? $seat? $places)?

# "President X hosted a summit of East African leaders in Nairobi": a
# person who hosts takes part, and the place after is the event's
# ("X hosted the annual meeting": a word of the event's frequency)
rule person-hosts-event stage=relation action=attend conf=0.7
  s:list(PER) (COMMA? $aux)* $when* (hosted | hosts | host | co-hosted | co-hosts) $the? (next | new | first | second | third | annual | regular | @adjective)? e:EVT
# "Prime Minister X hosted the gathering": who hosts the report's
# gathering, named by no event word, takes part in it
rule en-hosted-the-gathering stage=relation action=attend kind=any frame=main conf=0.6
  s:list(PER) (COMMA? $aux)* $when* (hosted | hosts | co-hosted) the (@adjective)* v:(gathering | event)
rule person-hosted-event-in stage=relation action=place conf=0.7
  PER (COMMA? $aux)* $when* (hosted | hosts | host | co-hosted | co-hosts) $the? (next | new | first | second | third | annual | regular | @adjective)? e:EVT (of the? (!PUNCT&!EVT&!LOC&!STOP&!@in){1,4})? $when* (in | at) the? $seat? p:$places

# "the 12th session of the Jordanian-Iraqi Joint Higher Committee", "the
# Saudi-Omani Coordination Council met": a body named with two nationalities
# joined by a hyphen is the two countries' joint body; its session or
# meeting is theirs
rule en-joint-body-session stage=relation action=bilateral conf=0.65
  e:EVT of the? b:ORG
rule en-joint-body-met stage=relation action=bilateral kind=meeting conf=0.6
  the? b:ORG (COMMA? $aux)* $when* (@meet | v:(convened | convenes | opened)) $when* (in | at | on | COMMA | STOP)

rule event-hosted-by stage=relation action=place conf=0.7
  e:EVT (@place-gap | COMMA)* "hosted by" p:CTRY
# "a forum on fisheries, hosted by Portugal at the X Hall in Lisbon's Y
# district", "talks on the border, organised by the AU in Addis Ababa":
# the event's topic, then the participle of its host and the
# place after it (the topic's own places are not the event's: the comma
# and the participle stand between)
rule en-event-topic-hosted-at stage=relation action=place conf=0.65
  e:EVT (on | about | over | regarding | concerning) the? (!PUNCT&!EVT&!STOP&!LOC&!AGENT&!@event-verb&!@in){1,6} COMMA (hosted | co-hosted | organised | organized | convened | sponsored) by the? (p:CTRY | $agents) (COMMA? CONJ $agents)? (in | at) the? $seat? p:$places $within?

# "on the margins of the NATO summit", "on the sidelines of the G7 meeting"
rule margins stage=relation action=margins conf=0.7
  (on | at) the? (margins | sidelines | margin | sideline) of the? e:EVT

# "X held a bilateral meeting with Y on the sidelines.", "... on the
# sidelines, according to the ministry": the margins of no event named
# (no "of" after them) are the report's own gathering's
rule en-margins-bare stage=relation action=margins kind=any frame=main conf=0.6
  (on | at) the v:(margins | sidelines | fringes) !of&!@in

# titles and bodies beyond the chunk: "X, who heads the Y", "X, who
# chairs the Y" (a title's word read as a verb after "who"; not "X
# chaired the Y emergency summit": the body names the event he chairs)
rule heads-body stage=relation action=leads conf=0.7
  x:PER COMMA? ((who)? @lead | who ROLE&ONEWORD) the? d:ORG !EVT&!@adjective&!ORG

# delegations: "the delegation, led by X", "X heads the delegation",
# "X led the Russian delegation", "the delegation includes X, Y and Z"
# "the Syrian delegation to the talks in Geneva was led by X": where it
# goes may stand between; "a delegation of the IMF led by its Deputy
# Managing Director, X" (a title of several words before the name); "led
# by the Director of General Intelligence Major General X" (a title with
# its portfolio, then the chunk of a rank and the name), "headed by the
# head of its political bureau in Gaza X"
# ("Norway's delegation to the donor conference": a common word before
# the event)
# ("a mediation delegation on Guinea-Bissau, led by X": the place whose
# matter it comes on)
define dlgon = on the? LOC
define dlgto = (to | at) the? (LOC | CAP | @adjective | !PUNCT&!AGENT&!EVT&!LOC&!ROLE&!@stop){0,3} (EVT | ORG&!POSS) ((in | at) the? LOC)?
# a member in a list of members: a title and its body or holder before
# the name, or a common word or two the title list lacks ("the adviser
# of the Minister X", "presidential office head X")
# ("the chief of the general staff, Colonel X": a title the lists lack,
# its comma, then the name)
define mem = $exc? ((a | an) (!PUNCT&!AGENT&!EVT&!LOC&!CAP&!CONJ&!@stop){1,5} COMMA HON{0,2} PER | the? (ROLE_ADV (of | to))? (!PUNCT&!AGENT&!ROLE&!EVT&!LOC&!CAP&!@stop&!CONJ){0,2} HON{0,2} PER | the ($rank | @adjective)* ROLE+ (of the? (!PUNCT&!AGENT&!EVT&!CONJ){1,3})? COMMA ROLE* HON{0,2} PER | (the ($rank | @adjective)* ROLE+ | RNP) ((of | for) the? (!PUNCT&!EVT&!PER){1,8})? COMMA ROLE* HON{0,2} PER)
# "The delegations of Sudan and South Sudan, headed respectively by X and
# Y": each leads one in turn
rule en-delegations-led-respectively stage=relation action=leads pairs=respectively conf=0.75
  d:DLG COMMA? (which | that)? (COMMA? $aux)* @lead respectively by the? x:list(HON? PER)
# "the delegation head, Cabinet Secretary X", "the delegation chief X": the
# head of the delegation the text speaks of
rule en-delegation-head-comma-name stage=relation action=leads conf=0.65
  the d:DLGW x:PER&HEAD
# "Heading the Sudanese delegation to the talks was X": the leader after
# the verb, the phrase of leading fronted
rule en-heading-delegation-was stage=relation action=leads conf=0.7
  (heading&FIRST | leading&FIRST) d:DLG $dlgto? (was | is) x:list(HON? PER)
# machine translation from Russian ("в состав делегации вошли"): "Into
# the composition of the delegation also entered X, Y and Z", "In its
# composition were X and Y" (its: the delegation named last)
rule en-composition-of-delegation stage=relation action=member conf=0.6
  (into | in) the composition of the? d:DLG also? (entered | were | was | are | is | included) also? the? x:list($mem)
rule en-in-its-composition stage=relation action=member conf=0.55
  (into | in) d:(its | their) composition also? (entered | were | was | are | is) also? the? x:list($mem)
rule delegation-led-by stage=relation action=leads conf=0.8
  d:DLG $dlgon? $dlgto? COMMA? (which | that)? (COMMA? $aux)* ($the? (group | team | body | side))? (@lead) by the? (!PUNCT&!AGENT&!EVT&!STOP)? ((ROLE | CAP)* ROLE ((of | for) the? (ROLE | CAP)+ | of (its | his | her | their | the) (!PUNCT&!AGENT&!EVT&!STOP&!ROLE){1,3} ((in | at) the? LOC)?)? COMMA?)? PER&POSS? x:list(HON? PER)
# "A's delegation was led by X, and the B delegation by Y": the second
# delegation's leader, the verb left out
rule delegation-and-by stage=relation action=leads conf=0.7
  DLG (COMMA? $aux)* @lead by the? (ROLE | CAP)* HON? PER COMMA? (CONJ | while) the? d:DLG by the? (ROLE | CAP)* HON? x:PER
# "a Hamas delegation led by politburo member X", "led by senior official
# X", "headed by a member of the central committee, X": a membership the
# titles lack before the name
rule en-delegation-led-by-member stage=relation action=leads conf=0.7
  d:DLG $dlgto? COMMA? (which | that)? (COMMA? $aux)* @lead by (the | a)? (!PUNCT&!AGENT&!EVT&!STOP&!ROLE){0,2} (member | official) (of the? (ORG | !PUNCT&!AGENT&!EVT&!STOP){1,3})? COMMA? x:PER
# "the Danish side was headed by X", "Norway's team was led by X"
rule side-led-by stage=relation action=leads conf=0.75
  the? d:(DEM | CTRY POSS) (side | team | negotiators | negotiating team) (COMMA? $aux)* @lead by the? (!PUNCT&!AGENT&!EVT&!STOP)? x:list(HON? PER)
# fronted: "Heading the Danish delegation was X", "Leading the American
# team is X" (the subject after the verb)
rule heading-delegation-was stage=relation action=leads conf=0.7
  (heading | leading) the? d:DLG (was | is | "will be") the? x:list(HON? PER)
# "Heading the Danish team was X, joined by Y and Z", "the delegation, led
# by X and joined by Y": the ones who join the leader are members
rule en-led-joined-by stage=relation action=member conf=0.65
  ((heading | leading) the? (d:DLG | d:(DEM | CTRY POSS) (side | team | DLGW | negotiators | "negotiating team")) (was | is | "will be") the? HON? PER | d:DLG COMMA? (COMMA? $aux)* @lead by the? HON? PER) COMMA? (CONJ | COMMA)? ("joined by" | "accompanied by" | "assisted by" | "along with" | "together with") x:list($mem)
# "X headed the Egyptian side", "X led Norway's team"
rule leads-side stage=relation action=leads conf=0.7
  x:list(HON? PER) (COMMA? $aux)* @lead the d:(DEM | CTRY POSS) (side | team | DLGW | negotiators | "negotiating team")
# "X, head of the Egyptian delegation, said": a person titled head, of no
# body of its own
rule titled-head-of-delegation stage=relation action=leads conf=0.75
  x:PER&HEAD of the? d:DLG
# "The head of the Hamas delegation, X, said", "Head of the Danish
# delegation X": the title before the name
rule en-head-of-delegation-name stage=relation action=leads conf=0.75
  the? (ROLE_HEAD | chief | leader) of the? d:DLG COMMA? HON? x:PER
# "the two delegations were headed by X of Algeria and Y of Mali": each
# leads his own country's
rule en-delegations-headed-by stage=relation action=leads-own conf=0.65
  the (two | three | both | respective)? DLGW (COMMA? $aux)* @lead by the? x:list(HON? PER)
rule heading-side-was stage=relation action=leads conf=0.7
  (heading | leading) the d:(DEM | CTRY POSS) (side | team | DLGW | negotiators | "negotiating team") (was | is | "will be") the? x:list(HON? PER)

# "the Russian delegation will lead X": a machine-translated passive
# ("will be led by X"); a delegation leads no person
rule delegation-will-lead stage=relation action=leads conf=0.65
  d:DLG (will | would | shall)? @lead x:PER
# "X led the Peruvian delegation", "X headed a five-member Peruvian
# delegation" (one word of size or rank after the article)
define dlgdet = the | (a | an | the | his | her | their) !PUNCT&!AGENT&!EVT&!ROLE&!DLG&!DEM&!@stop?
# "X, Minister of State, heading a high-level UAE delegation, arrived": the
# participle after the apposition's comma
# ("later saw X, who heads the Houthi negotiating team": a relative
# clause on the leader's name)
rule leads-delegation stage=relation action=leads conf=0.8
  x:list(PER) (COMMA? who)? (COMMA? $aux)* COMMA? @lead $dlgdet? d:DLG
# "Peru sent X, its deputy minister, at the head of a delegation that
# also included Y": the one sent heads the sender's delegation, and those
# it included are of it
rule en-sent-at-head-of-delegation stage=relation action=leads conf=0.65
  d:CTRY (COMMA? $aux)* $when* @send x:PER (!STOP&!DLG&!EVT&!PER){0,12} (at | as) the ROLE_HEAD of (a | an) DLG
rule en-sent-delegation-that-included stage=relation action=member conf=0.65
  d:CTRY (COMMA? $aux)* $when* @send PER (!STOP&!DLG&!EVT&!PER){0,12} (at | as) the ROLE_HEAD of (a | an) DLG COMMA? (that | which) (COMMA? $aux)* (included | includes | comprised) x:list($mem)
rule head-of-delegation stage=relation action=leads conf=0.8
  x:PER (COMMA? $aux)* COMMA? $when* (arrived | came | travelled | traveled)? (at | as)? the? ROLE_HEAD of the? d:DLG
# ("the Palestinian delegation to the Doha talks included X": where the
# delegation goes between)
# machine-translated "the delegation includes in its membership X", "the
# delegation of Sudan include also X" (the adverb after the verb)
rule delegation-includes stage=relation action=member conf=0.7
  d:DLG $dlgto? COMMA? (that | which)? (COMMA? $aux)* (@involving | "consists of" | "consisted of" | "consisting of" | "is made up of" | "made up of" | "composed of" | "comprised of" | "comprises of" | "composing of" | "composed from" | includes | included) (also | further)? ("in its membership" | "among its members")? COLON? ((!PUNCT&!AGENT&!EVT){1,5} COMMA? ("along with" | "as well as" | including))? x:list($mem) (COMMA? ("as well as" | "along with" | "together with") x:list($mem))?
# "The X delegation is headed by A. It also includes B and C": "it"
# opening the sentence after the one that named the delegation
rule it-delegation-includes stage=relation action=member conf=0.6
  d:it&FIRST (COMMA? $aux)* (also | further)? (includes | included | include | comprises | comprised | "is made up of" | "was made up of") also? COLON? x:list($mem) (COMMA? ("as well as" | "along with" | "together with") x:list($mem))?
# "the delegation will be led by X and will include Y": the members after
# its leader; "the Chinese delegation at the talks was led by X and
# included Y", "the delegation, headed by X and including Y,"
# ("a delegation led by Speaker X, including MP Y, arrived": the members
# in an apposition after the leader)
# ("The delegation of Peru, headed by X, comprised Y and Z": the verb
# after the leader's apposition)
rule delegation-led-and-includes stage=relation action=member conf=0.65
  d:DLG $dlgto? (COMMA? $aux)* COMMA? @lead by (!PUNCT&!DLG&!CONJ){1,8} (COMMA? CONJ (COMMA? $aux)* (@involving | includes | included) COLON? x:list($mem) | COMMA including x:list($mem) COMMA | COMMA (COMMA? $aux)* (@involving | comprised | comprises | included | includes) also? COLON? x:list($mem))
# machine translation from French ("la délégation conduite par X se
# compose de A et de B"): "The delegation conducted by X is composing of
# A, and of B"
rule en-delegation-conducted-by-composing stage=relation action=member conf=0.6
  d:DLG (conducted | led | headed) by (!PUNCT&!DLG&!CONJ){1,6} (is | was)? (composing | composed | consisting | consists) of x:list(of? $mem)
rule en-delegation-conducted-by stage=relation action=leads conf=0.65
  d:DLG conducted by the? HON{0,2} x:PER

# "the Ukrainian delegation ..., a group led by the chief of staff, X"
rule delegation-group-led-by stage=relation action=leads conf=0.65
  d:DLG _{0,10} COMMA (a | the) (group | team | body) @lead by the? (ROLE COMMA?)? x:PER
# "Members of the Afghan delegation, including X and Y, met ..."
# "Among the members of the delegation were X and Y"
rule among-delegation-members stage=relation action=member conf=0.7
  among the? (members | member) of the? d:DLG (were | was | are | is)? COMMA? the? x:list($mem)
# fronted: "Also in the Omani delegation were X and Y", "In the
# delegation was X"
rule en-in-delegation-were stage=relation action=member conf=0.65
  (also | further)? (in | on) the? d:DLG (also)? (were | was) (also)? the? x:list($mem)
# "Also on the Peruvian side was X", "On the Chilean side were X and Y":
# the side's members, fronted
rule en-on-side-were stage=relation action=member conf=0.6
  (also | further)? (on | from) the d:(DEM side) (also)? (were | was) (also)? the? x:list($mem)
# machine-translated Russian and Arabic readouts put the verb after the
# side and drop its article: "From Russian side in negotiations
# participated Deputy Minister X and Ambassador Y" («ومن الجانب الروسي
# شارك في المباحثات X»)
rule en-from-side-participated stage=relation action=member conf=0.6
  (on | from) the? d:(DEM side) ((in | at) the? (EVT | @adjective)+)? (participated | attended | "took part") ((in | at) the? (@adjective)* EVT)? the? x:list($mem)
# "The Kazakh delegation included X, Deputy Prime Minister; Y, State
# Counsellor; and Z, Ambassador of Kazakhstan to the UAE": each member
# with the rest of his title kept apart by semicolons (a title the lists
# do not know, "State Counsellor", ends no list)
define memsemi = the? ROLE* HON? PER (COMMA? (!SEMI&!STOP&!PER&!DLG){1,10})?
# ("X is leading a Ghanaian delegation to the 4th session of the Joint
# Commission, comprising Ms. A, Deputy Minister; Ambassador B, ...": where
# it goes between the delegation and its members)
rule en-delegation-included-semicolons stage=relation action=member conf=0.65
  d:DLG ((to | for) (!STOP&!DLG&!COLON&!SEMI){1,14} COMMA)? (COMMA? $aux)* (@involving | included | includes | comprised | comprises | comprising) COLON? x:($memsemi (SEMI CONJ? ($memsemi | (!SEMI&!STOP&!DLG){1,8}))+)
# "The talks were attended by H.H. Sheikh X, Deputy Ruler of Y; Dr. Z,
# Diplomatic Adviser to the President; and a number of ministers": those
# present with the rest of each title kept apart by semicolons (persons
# only: the bodies of their titles attended nothing); "attended by the
# following Heads of State: A, President of B; and C, ...": the list
# inline after the colon
# ("was attended, on the Saudi side, by ...": the side between commas)
define onside = (COMMA? on the (DEM | CTRY POSS?) side COMMA?)?
define attsemi = the? ROLE* HON{0,2} PER (COMMA? (!SEMI&!STOP&!PER&!DLG){1,10})?
rule en-attended-by-semicolons stage=relation action=attend who=persons conf=0.65
  e:EVT (COMMA? $aux)* $when* (attended | joined) $onside by (their excellencies | the following (!PUNCT&!STOP&!AGENT&!PER){0,6})? COLON? s:($attsemi (SEMI CONJ? ($attsemi | (!SEMI&!STOP&!DLG){1,8}))+)
# "The meeting was attended by Prime Minister Dr. A, Minister of X, Y and
# Z Dr. B and Director of the Q Service Major General C": a list of
# titles each before its name, whose titles (commas inside them, a
# portfolio the lexicon does not know) the chunks do not all read: every
# person named in the run of titles and names after "attended by" (not one
# after "to" or "of" and a title: "Adviser to President D" names the one
# advised; the run ends at a lower-case word: "who", "where", "a number of")
rule en-attended-by-titled-run stage=relation action=attend who=persons run=titles conf=0.55
  e:EVT (COMMA? $aux)* $when* (attended | joined) $onside by COLON? s:$attspanword+
# "The Kuwaiti delegation included Assistant Foreign Minister for Arab
# Affairs Ambassador A, Director General of the Q Fund B and Kuwait's
# Ambassador to Egypt C", "The delegation headed by the Deputy Minister
# also included ...": the members named in a run of titles each before its
# name, as those who attended are (persons only)
rule en-delegation-included-titled-run stage=relation action=member run=titles conf=0.55
  d:DLG ((headed | led) by the? (ROLE | CAP | HON | PER | of | the)+)? (COMMA? $aux)* (included | includes | comprised | comprises | comprising | "consisted of" | "consists of" | "composed of") COLON? x:$attspanword+
# "The delegation accompanying the Kuwaiti Foreign Minister included A and
# B": the delegation of the country the title names (not the one named
# last), as «الوفد المرافق لوزير الخارجية الكويتي»
rule en-accompanying-delegation-included stage=relation action=member run=titles conf=0.55
  DLGW (accompanying | "accompanying him" | "accompanying her") the? d:RNP (COMMA? $aux)* (included | includes | comprised | comprises | "consisted of" | "composed of") COLON? x:$attspanword+
# those present named the same way after "in the presence of", "with the
# participation of" (the sentence's meeting or event), and after "Also
# present at the meeting were" (the report's gathering)
rule en-met-in-presence-of-titled-run stage=relation action=attend kind=meeting who=persons run=titles conf=0.55
  (@meet | @welcome) (!STOP&!EVT){1,14} (in the? presence of | with the? participation of) the? s:$attspanword+
rule en-event-in-presence-of-titled-run stage=relation action=attend who=persons run=titles conf=0.55
  e:EVT (!PUNCT&!EVT){0,12} COMMA? (in the? presence of | with the? participation of) the? s:$attspanword+
rule en-fronted-attending-titled-run stage=relation action=attend kind=any frame=main who=persons run=titles conf=0.55
  (also? v:(attending | present | "in attendance") | among those v:(present | "in attendance" | attending)) ((at | in)? the? (@adjective)* EVT)? (were | was) s:$attspanword+
rule members-of-delegation-including stage=relation action=member conf=0.7
  (members | member) of the? d:DLG COMMA? (including | notably | "among them" | "such as") the? x:list($mem)
rule members-of-delegation stage=relation action=member conf=0.7
  ((each | both | all) of)? x:list(HON? PER) (are | were | is | was | as | will be | would be)? (members | member | part) of the? d:DLG
# "Members of the Norwegian delegation were X, Y and Z", "the members of
# the delegation included X and Y": the list after the verb
rule members-of-delegation-were stage=relation action=member conf=0.7
  the? (members | member) of the? d:DLG (were | are | was | is | "will be" | included | include | includes) COLON? the? x:list($mem)
# "Other members of the delegation were the Minister of A, Mrs X; B's
# Minister of C, D and E, Professor Y; and the Commissioner for F, Z": a
# list of titled names set apart by semicolons, commas within each (not
# "were received by the Minister of A, Mrs X; ...": the hosts)
define semimem = (!STOP&!PER&!EVT&!@speech&!@welcome&!@meet&!by){0,20} HON{0,2} PER
rule members-of-delegation-semicolons stage=relation action=member conf=0.65
  the? other? (members | member) of the? d:DLG (were | are | was | is | included | include | includes) COLON? x:($semimem (SEMI $semimem)+ (SEMI? CONJ $semimem)?)
# "X and Y were also members of the Ethiopian delegation", "X was part of
# the delegation": the members named first
rule en-were-members-of-delegation stage=relation action=member conf=0.65
  x:list($mem) (COMMA? $aux)* (were | was | are | is) also? (members | "a member" | part) of the? d:DLG
rule joins-delegation stage=relation action=member conf=0.65
  x:list(PER) (COMMA? $aux)* (joined | join | accompanied | accompany) the? d:DLG
# "Taking part in the talks on the Russian side were X and Y": the side's
# members (and attendees: attending-event-were)
rule en-side-members-were stage=relation action=member conf=0.65
  (attending | "taking part in" | "participating in") the? EVT (on | from) the d:(DEM side) (were | was | are | is) the? x:list($mem)
# "On the Russian side, the talks were attended by X", "On the Omani
# side, it was attended by HE X": the side's members
# "the Jordanian side included Prime Minister X and Foreign Minister Y": a
# side's members after its verb of including
rule en-side-included stage=relation action=member conf=0.65
  the d:(DEM side) (COMMA? $aux)* (included | includes | comprised | comprises) the? x:list($mem)
rule side-attended-by stage=relation action=member conf=0.65
  (on | from) the d:(DEM side) COMMA (the? EVT | it) (COMMA? $aux)* (attended | joined) by the? x:list($mem)
# "participated in the meeting from the Egyptian side X and Y", the
# machine-translated "It was participated in the meeting from the Egyptian
# side the Minister X": the side's members after it
# machine-translated "The meeting was attended from the side of the League
# the Ambassador X", "And attended the meeting from the side of Egypt the
# Ambassador Y" («وحضر اللقاء من جانب P السفير X»): those present for a
# side of the report's meeting
rule en-attended-from-side-of stage=relation action=attend conf=0.6
  e:EVT (COMMA? $aux)* $when* attended (from | on) the side of the? (CTRY | ORG | !PUNCT&!AGENT&!PER&!EVT){1,3} COMMA? s:list(the? HON? PER&TITLED)
rule en-attended-event-from-side-of stage=relation action=attend conf=0.6
  (attended | "took part in" | "participated in") the? (@adjective)* e:EVT (from | on) the side of the? (CTRY | ORG | !PUNCT&!AGENT&!PER&!EVT){1,3} COMMA? s:list(the? HON? PER&TITLED) (COMMA? CONJ (from | on) the side of the? (CTRY | ORG | !PUNCT&!AGENT&!PER&!EVT){1,3} COMMA? s:list(the? HON? PER&TITLED))?
rule en-participated-from-side stage=relation action=member conf=0.65
  (participated | "took part" | attended) (in the? EVT)? (on | from | for) the d:(DEM side) COMMA? the? x:list($mem)
rule represented-side stage=relation action=member conf=0.7
  x:list(PER) (COMMA? $aux)* represented the? d:(DLG | DEM side | CTRY)

# fronted: "Representing Egypt at the talks were X and Y"
rule en-representing-were stage=relation action=member conf=0.65
  representing the? d:(CTRY | DEM side | DLG) ((at | in) the? (@adjective)* EVT)? (were | was | are | is | "will be") the? x:list($mem)
# "Norway was represented by X and Y", "the delegation, led by X, also
# included Y" ("Bolivia was represented at the meeting by a senior
# ministry official, X": an indefinite description, then the name;
# "Chile, the bloc's newest member, was represented by X": an apposition
# of the country between commas; "X is again represented at a
# non-political level, by Y": the level of its representation)
rule represented-by stage=relation action=member conf=0.7
  d:(DLG | the? DEM side | CTRY) (COMMA (its | the | a | an) (!PUNCT&!AGENT&!EVT&!ROLE){1,5} COMMA)? (COMMA? $aux)* (again | also | once again)? represented (at the? EVT | at (a | the) (!PUNCT&!AGENT&!EVT&!ROLE){1,3} level)? COMMA? by the? x:list($mem)
# the verb said once for several countries: "Chile was represented by X,
# Peru by Y, and Ghana by Z", "Chile was represented by X and Peru by Y":
# each country by its own, in turn
rule en-represented-by-gapped stage=relation action=member pairs=respectively conf=0.65
  d:CTRY (COMMA? $aux)* represented (at the? EVT)? by the? x:$mem (COMMA d:CTRY by the? x:$mem)? COMMA? CONJ d:CTRY by the? x:$mem
# "The African Union was represented by X, its special envoy": a body
# that sends a representative to the article's event takes part in it,
# and so does the one it sent (a country's representatives are its
# delegation, above)
rule en-body-represented-by stage=relation action=attend kind=any conf=0.6
  the? s:ORG (COMMA? $aux)* $when* v:represented (at the? EVT)? by (the? s:list($mem) | (its | their) (@adjective | !PUNCT&!AGENT&!ROLE&!EVT&!LOC&!CAP&!@stop){0,2} ROLE+ COMMA? HON? s:PER)
# ("The Congolese side was represented by its Foreign Minister, X": the
# title and name after "its" are one chunk, the-title-comma-name)
rule led-and-included stage=relation action=member conf=0.65
  d:DLG (COMMA? $aux)* COMMA? @lead by the? PER COMMA? CONJ? $aux* (includes | included) (!PUNCT&!AGENT&!EVT){0,4} x:list($mem)

# "Omar Haddad of the Social Democratic Party said": a person of a body
rule person-of-body stage=relation action=member conf=0.6
  x:PER&!POSS of the d:ORG (COMMA | @speech | said | says | told)

# membership of a body: "X, a member of the Y", "Y member X"
rule member-of-body stage=relation action=member conf=0.7
  x:PER COMMA also? (a | an | the)? (senior | leading | founding | @qualifier)? (member | members) of the? d:ORG
# "X, a member of the delegation, said": the delegation named before
rule en-member-of-the-delegation stage=relation action=member conf=0.65
  x:PER COMMA also? (a | an | the)? (senior | @qualifier)? (member | members) of (the | his | her | its | their) (@adjective)* d:DLG
# a member of one of a body's organs: "X, a member of Hamas's political
# bureau", "X, a member of the central committee of the party Y"
rule member-of-organ stage=relation action=member conf=0.65
  x:PER COMMA also? (a | an | the)? (senior | leading | founding | @qualifier)? (member | members) of (d:ORG&POSS (!PUNCT&!AGENT&!EVT&!ROLE&!@stop){1,3} | the? (!PUNCT&!AGENT&!EVT&!ROLE&!@stop){1,3} of the? d:ORG)

# a second title with its body in apposition after a titled name, which
# the chunks left: "Kenya's President X, the current chairperson of the
# union, opened the summit" (read in the apposition's clause)
# a relative clause that opens on its title: "Chile, whose President X
# spoke with Y, will host the talks", "the union, whose chairperson X
# opened the session": the body before "whose" is the title's
rule en-whose-title stage=relation action=titles-body conf=0.7
  b:(CTRY | ORG) COMMA? whose x:PER&TITLED
# the side a readout lists its officials from: "From the Chilean side,
# Mr. X, Minister of Finance, and Ms. Y, Minister of Defense, were
# present", "Mr. X, Minister of Finance, attended from the Chilean side":
# the country of the titles that name none
rule en-from-the-side-titles stage=relation action=titles-body conf=0.65
  (from | on) the b:DEM side COMMA? x:list(HON? PER&TITLED)
rule en-titles-from-the-side stage=relation action=titles-body conf=0.65
  x:list(HON? PER&TITLED) COMMA? (!PUNCT&!AGENT&!DEM){1,6} (from | on) the b:DEM side
# a list's entry with the country in brackets after a titled name:
# "High Commissioner X (Ghana)", "Ambassador Y (Poland)": the country of
# the title that names none (not an envoy's: "Special Envoy X (Sudan)" is
# where he serves)
rule en-titled-name-bracketed-country stage=relation action=titles-body conf=0.65
  x:PER&TITLED&!ROLE_ENVOY LPAR b:CTRY RPAR

rule en-titled-name-apposed-title stage=relation action=title conf=0.7
  x:PER&TITLED COMMA? (the | a | an)? (current | @qualifier | $rank)? r:RNP&!PLURAL&!ROLE_ADV&!ROLE_ENVOY

# advisers: "X, adviser to President Y", "Y's aide X", "an aide to Y, X"
rule adviser-to stage=relation action=advises conf=0.8
  x:PER&ADV (to | of) the? p:list(HON? PER)
rule aide-possessive stage=relation action=advises conf=0.75
  p:PER&POSS x:PER&ADV
# "Y's adviser, X,", "Y's chief economic adviser, X": the adviser's name
# set off by commas; "X, who advises Y"
rule aide-possessive-comma stage=relation action=advises conf=0.7
  p:PER&POSS (!PUNCT&!AGENT&!EVT&!ROLE)? ROLE* ROLE_ADV COMMA HON? x:PER
# "Adviser to President Y, X, said": the title fronted; "Advisor to the
# Prime Minister Y for foreign affairs, X, said" (a portfolio after Y)
rule fronted-adviser-to stage=relation action=advises conf=0.7
  (the | a | an)? ($rank | @adjective)* ROLE_ADV (to | of) the? p:list(HON? PER) ((for | on) (!PUNCT&!AGENT&!EVT){1,3})? COMMA HON? x:PER (COMMA | STOP | @speech)
# "Presidential adviser X, a close aide to President Y, said": a second
# adviser's title in apposition names the one advised
rule en-adviser-comma-aide-to stage=relation action=advises conf=0.7
  x:PER&ADV COMMA? (a | an | the)? ($rank | @adjective)* ROLE_ADV (to | of) the? p:list(HON? PER)
# "X was joined by her national security adviser, Y", "X and his
# adviser Y": the adviser of the one the pronoun names
rule en-joined-by-own-adviser stage=relation action=advises conf=0.65
  p:PER ((COMMA? $aux)* (joined | accompanied | assisted) by | CONJ) x:PER&ADV&OWN
# "X was accompanied by his deputy, Y", "X and her deputy Y": Y is the
# deputy in X's office (the body of X's title)
rule en-joined-by-own-deputy stage=relation action=deputy conf=0.65
  p:PER ((COMMA? $aux)* (joined | accompanied | assisted) by | CONJ) x:PER&OWN
# ("X, who advises the president": a bare title for the one named before)
rule who-advises stage=relation action=advises conf=0.7
  x:PER COMMA who (COMMA? $aux)* (advises | advised) the? p:list(HON? PER)
# "X, whose chief adviser Y sat beside him,": the adviser named in a
# relative clause of possession advises the one it opens on
rule en-whose-adviser stage=relation action=advises conf=0.7
  p:PER COMMA whose x:PER&ADV

# "X and Y led the delegations": each leads his own country's
rule leaders-of-delegations stage=relation action=leads-own conf=0.7
  x:list(PER) (COMMA? $aux)* @lead $dlgdet? DLGW
# "the emir received President X and his accompanying delegation", "X and
# the delegation accompanying him": the guest leads his country's
rule en-and-accompanying-delegation stage=relation action=leads-own conf=0.7
  x:PER COMMA? CONJ (his | her | the) (accompanying DLGW | DLGW accompanying PRON)
# "X made an official visit to P, at the head of a Brazilian delegation
# that included Y": the delegation named by its country, which he leads
# (the subject, not a person named after a preposition between: "at the
# invitation of Foreign Minister Z")
rule en-at-head-of-named-delegation stage=relation action=leads conf=0.7
  x:PER (COMMA? $aux)* (!STOP&!PER&!DLG&!@lead | (of | by | with) the? (DEM | CTRY)? ROLE* HON? PER){0,16} COMMA (at | as) the ROLE_HEAD of (a | an | the) d:DLG
# "X arrived in Riyadh at the head of a high-level delegation", "X left
# Baghdad heading to Tehran at the head of a delegation", "Prime Minister
# X, at the head of a ministerial delegation, arrived" (set off by commas)
rule head-of-a-delegation stage=relation action=leads-own conf=0.7
  x:PER COMMA? (COMMA? $aux)* $when* (@visit (in | to | at)? the? $seat? $places | (left | leaves | leaving | departed | departs) the? $places COMMA? (heading | headed | bound)? (to | for) the? $places)? $when* (at | as) the ROLE_HEAD of ($dlgdet | the (!PUNCT&!AGENT&!EVT&!ROLE&!DLG&!DEM&!@stop){2,3})? DLGW
# "X arrived in Doha on Monday, accompanied by a high-level delegation":
# the delegation that came with him, as "and his accompanying delegation"
# (not "accompanied by a delegation headed by Y": Y leads it)
rule accompanied-by-delegation stage=relation action=leads-own conf=0.65
  x:PER (COMMA? $aux)* $when* (@visit (in | to | at)? the? $seat? $places)? $when* COMMA? accompanied by $dlgdet? DLGW !@lead
# "President X arrived in Rome, accompanied by Foreign Minister Y and Z":
# those who came with him are his delegation's members
rule en-arrived-accompanied-by stage=relation action=accompany conf=0.6
  o:PER (COMMA? $aux)* $when* @visit (in | to | at)? the? $seat? $places $when* COMMA accompanied by x:list(the? ROLE* HON? PER)
# "The Prime Minister is joined by Business Secretary X, Culture
# Secretary Y and Trade Minister Z" (a visit told in the present): those
# who travel with the leader are members of the leader's delegation (a
# past "was joined by" tells who joined a meeting: en-party-joined-by)
rule en-leader-is-joined-by stage=relation action=accompany conf=0.6
  o:PER (is | are | "will be") $when* joined $when* (on (the | this | his | her) (trip | visit | tour | mission))? by x:list(the? ROLE* HON? PER)
# "She is accompanied by a delegation comprising Y and Z", "X was
# accompanied by a delegation headed by Y, which also included Z": the
# people of the delegation that came with X, of X's country
rule en-accompanied-by-delegation-of stage=relation action=accompany conf=0.6
  o:PER (COMMA? $aux)* $when* (@visit (in | to | at)? the? $seat? $places)? $when* COMMA? accompanied by $dlgdet? DLGW (@lead by x:list($mem) COMMA?)? (that | which | who)? (COMMA? $aux)* (@involving | comprising | including | includes | included | "consisting of" | "made up of" | "composed of") x:list($mem)

# "X arrived in Riyadh at the head of a high-level delegation that includes
# Y and Z": the members of his delegation
rule en-head-of-a-delegation-including stage=relation action=accompany conf=0.65
  o:PER (COMMA? $aux)* $when* (@visit (in | to | at)? the? $seat? $places)? $when* (at | as) the ROLE_HEAD of ($dlgdet | the (!PUNCT&!AGENT&!EVT&!ROLE&!DLG&!DEM&!@stop){2,3})? DLGW COMMA? (that | which | who)? (COMMA? $aux)* (@involving | "consisting of" | "made up of" | "composed of") x:list($mem)
# "X of Peru led a delegation comprising Y and Z to Quito", "X travelled
# with a delegation of senior officials, among them Y": the people of the
# delegation X led
rule en-led-delegation-comprising stage=relation action=accompany conf=0.6
  o:PER (COMMA? $aux)* $when* (@lead | (travelled | traveled | arrived | came) (with | at the head of)) $dlgdet? (@adjective | high-level | senior)* DLGW (of (!PUNCT&!AGENT&!EVT){1,3})? COMMA? (@involving | comprising | including | "consisting of" | "made up of" | "among them" | "among whom were") x:list($mem)
# "Y and Z joined Peru's Foreign Minister X on the trip to Quito": those
# who joined him on his journey are of his delegation
rule en-joined-on-trip stage=relation action=accompany conf=0.6
  x:list($mem) (COMMA? $aux)* joined o:PER (on | for) (the | his | her) (@adjective)* (trip | visit | tour | journey | mission)
# "X was accompanied by Y and Z", "Y and Z accompanied X": the members of
# the leader's delegation
# "X arrived in Tehran on Monday, accompanied by Y and Z" (a participle
# after the comma); "X was joined in the delegation by Y and Z";
# fronted: "Accompanying him were Y and Z", "Accompanying the minister
# were Y and Z" (a pronoun or a bare title for the leader)
rule accompanied-by stage=relation action=accompany conf=0.65
  o:PER ((COMMA? $aux)* | (!AGENT&!STOP&!EVT&!@speech&!@meet&!@welcome){1,6} COMMA) accompanied by x:list(PER)
# "X was accompanied on his visit to P by Y and Z": the visit and its
# place between the verb and "by"
rule en-accompanied-on-visit-by stage=relation action=accompany conf=0.6
  o:PER (COMMA? $aux)* accompanied (on | during) (his | her) (official | state)? (visit | tour | trip) ((to | in) the? $places)? by x:list($mem)
rule en-joined-in-delegation-by stage=relation action=accompany conf=0.65
  o:PER (COMMA? $aux)* joined (in | on) the DLG by x:list($mem)
rule en-accompanying-were stage=relation action=accompany conf=0.6
  accompanying o:PER (were | was | are | is) the? x:list($mem)
rule accompanied stage=relation action=accompany conf=0.6
  x:list(PER) (COMMA? $aux)* accompanied o:PER

# places: "Riyadh, Saudi Arabia", "Doha, the Qatari capital", "Bali in Indonesia"
rule city-comma-country stage=relation action=located conf=0.85
  x:(CITY | PLACE) COMMA the? p:CTRY
# "Heathrow Airport, London, United Kingdom": a place, its city and its
# country (a place lies in a country, not in a city)
rule place-city-country stage=relation action=located conf=0.8
  x:PLACE COMMA CITY COMMA the? p:CTRY
# ("Aqaba, the Jordanian port city", "X, the Sudanese border town": a
# word or two of what kind of city between the adjective and the noun)
define kindword = port | border | coastal | resort | oil | market | garrison | frontier | desert | mountain | river | seaside | holy | historic | ancient | southern | northern | eastern | western | central | island
rule city-capital stage=relation action=located conf=0.85
  x:(CITY | PLACE) COMMA the? p:DEM $kindword? (capital | city | town | region | province)
# "X, the Greek Ionian island town", "X, the Turkish Black Sea city": the
# sea or region it lies on between the adjective and the kind of town (a
# chunk may take the kind word in: "Ionian island")
rule city-adjective-sea-kind stage=relation action=located conf=0.8
  x:(CITY | PLACE) COMMA the? p:DEM (PLACE | CAP&!AGENT&!ROLE){1,2} $kindword? (capital | city | town)
# "Niamey, the quiet capital of Niger" ("Asmara, Eritrea's capital" is
# city-comma-country)
rule city-capital-of stage=relation action=located conf=0.8
  x:(CITY | PLACE) COMMA $the? (!PUNCT&!AGENT&!LOC&!EVT&!@stop){0,2} (capital | city | town | region | province | port) (of | in) the? p:(CTRY | PLACE)
# "in X, Indonesia": X is a place, whatever a tagger thought
rule place-comma-country stage=relation action=located retype=x conf=0.7
  (in | at | near | from | to) x:PER COMMA the? p:CTRY

# "the Omani capital Muscat", "the Syrian city of Aleppo", "Egypt's
# capital, Cairo", "the Saudi city of Jeddah", "the Egyptian resort town
# of Sharm el-Sheikh"
rule capital-name stage=relation action=located conf=0.8
  p:(DEM | CTRY POSS?) (!PUNCT&!AGENT&!LOC&!EVT&!@stop)? (capital | city | port | town) (COMMA | of)? x:(CITY | PLACE)

# "Idlib in northern Syria", "Idlib, northern Syria", "Malakal in the
# north of South Sudan", "the X region of eastern Chad", "Benghazi, in
# eastern Libya,"
# "X, located in Y", "X, which lies in northern Y", "X, situated in the Y
# region": the text says where the place lies
rule place-lying-in stage=relation action=located conf=0.7
  x:(CITY | PLACE) COMMA ((which | that) (lies | is | sits) | located | situated | lying) (in | on)? the? (@compass (part of)?)? (of the?)? p:(CTRY | PLACE)
# "X, in Y's Z region": a town in a country's division is in the division
rule place-in-countrys-division stage=relation action=located conf=0.7
  x:(CITY | PLACE) COMMA in CTRY&POSS p:PLACE
rule place-compass-country stage=relation action=located conf=0.75
  x:(CITY | PLACE) (COMMA? (in | of) | COMMA)? the? @compass (of the?)? p:CTRY
rule place-in-the-compass-of stage=relation action=located conf=0.75
  x:(CITY | PLACE) COMMA? in the @compass of the? p:CTRY

# "Bali in Indonesia", "X in Lakeside state"
rule place-in-country stage=relation action=located conf=0.7
  x:(CITY | PLACE) (in | of) the? p:(CTRY | PLACE)
rule territory-including stage=relation action=located conf=0.7
  p:DEM (territory | territories | lands | soil) COMMA? (including | notably | such as) x:list(the? (CITY | PLACE))

# "the states of Jubek, Lakes and Warrap", "the provinces of X and Y":
# divisions of the country the story is about, when the text gives them
# no other (the document's end settles the country)
rule divisions-listed stage=relation action=division conf=0.6
  the? @division of the? p:list(LOC)

# "the summit we are attending", "here at the conference": the speakers
# are at the event, held where the transcript was given (its place line)
# when the text gives it no place
rule event-we-attend stage=relation action=here conf=0.7
  e:EVT (that | which)? we (are | were)? (attending | attend | hosting | host | at)
rule here-at-event stage=relation action=here conf=0.7
  here (at | for) the? e:EVT
# a wire report's "X met with Y here on Tuesday", "the talks held here":
# the event is held in the city of the report's dateline (a quoted name on
# the way, not a quotation "here" is in)
rule en-event-here stage=relation action=here conf=0.6
  (e:EVT | @meet | @welcome) (!STOP&!EVT&!@in&!@meet&!@welcome&!QUOTE&!COLON&!@speech | QUOTE (!QUOTE&!STOP){1,6} QUOTE){0,10} here
