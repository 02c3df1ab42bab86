"""Dutch words that mark a deal, its parties, its status, and what is no deal at all.

Read by ``extractors.deals.cues``. Tables are text: one line per deal type, ``type: entry,
entry, ...``; an entry is one word or a phrase of words. A word matches a token when it equals
the token's lower-cased form or its lemma (the spacy-lookups-data Dutch lemma table, so
"garandeerde" matches "garanderen"); the table misses many strong forms ("nam", "sloot",
"houdt"), so those are listed as they are written. A separable verb is written ``verb+particle``
("nemen+over"): the verb with the particle later in the clause ("nam ... over") or joined into
one word ("overnemen", "overgenomen"). Lexicons are whitespace-separated words.

Source of every list: Dutch financial news and newsletters about deals (FD, NOS, IEX, Beursduivel,
company press releases), written down by hand; each list says what it misses.
"""

# Verbs whose subject is the source of the deal: "Nvidia investeert $5 miljard in Intel",
# "Google garandeerde $3,2 miljard voor TeraWulf", "ABN AMRO neemt NIBC over". In the passive
# ("werd overgenomen door Prosus") the agent after AGENT_PREPS is the source and the subject
# the target. Misses verbs that only make a deal with a particular object ("zette ... om in
# aandelen").
AGENT_VERBS = """
investment: investeren, steken, pompen, stoppen, inbrengen, bijleggen, legde+bij, leggen+bij,
  instappen, stappen+in, stapten+in, stapte+in, deelnemen, nemen+deel, nam+deel, namen+deel,
  participeren, kapitaliseren, toezeggen, zeggen+toe, zegde+toe, zegden+toe, injecteren,
  committeren, financieringsronde leiden, ronde leiden, steunen, bijdragen, zetten+opzij,
  zette+opzij, zetten+apart, zette+apart, doen+mee, doet+mee, deed+mee, deden+mee, inschrijven,
  schrijven+in, schrijft+in, schreef+in, schreven+in
stake: houden, houdt, hield, hielden, bezitten, bezit, bezat, vasthouden, aanhouden,
  verwerven, verwierf, verwierven, nemen, nam, namen, genomen, opbouwen, bouwen+op, bouwde+op, krijgen,
  hebben, heeft, had, hadden
guarantee: garanderen, gegarandeerd, garant+staan, staan+garant, staat+garant, stond+garant, borg+staan,
  staan+borg, staat+borg, stond+borg, waarborgen, indekken, afdekken
financing: lenen, leende, leenden, uitlenen, financieren, financierde, verstrekken, verschaffen,
  herfinancieren, voorschieten
joint_venture: samenwerken, samenspannen, bundelen, samen
acquisition: overnemen, nemen+over, nam+over, namen+over, kopen, kocht, kochten, opkopen, fuseren,
  fuseert, fuseerde, fuseerden,
  aankopen, inlijven, ingelijfd, overnam, bieden, bood, boden, uitkopen, kopen+uit, kocht+uit,
  neerleggen, leggen+neer, legt+neer, legde+neer, legden+neer, leggen+tafel, legt+tafel,
  legde+tafel, legden+tafel, betalen+voor, betaalt+voor, betaalde+voor, betaalden+voor
lease: verhuren, doorverhuren, doorverhuurt, doorverhuurde, leveren, aanbieden, bouwen+voor, beschikbaar+stellen, stelt+beschikbaar
purchase_commitment: afnemen, nemen+af, nam+af, namen+af, bestellen, bestelde, inkopen, kopen, kocht,
  kochten,
  verplichten, verplichtte, verplicht, afnameverplichting, aanschaffen, schaffen+aan, schaft+aan, schafte+aan
issuance: uitgeven, geven+uit, gaf+uit, gaven+uit, plaatsen, plaatste, plaatsten, emitteren,
  uitschrijven, onderbrengen, brengen+onder, bracht+onder, brachten+onder, aantrekken, trekken+aan,
  trok+aan, trokken+aan,
  ophalen, halen+op, haalde+op, haalden+op, lanceren
"""

# Verbs whose subject is the target and whose source follows RECIPIENT_PREPS: "TeraWulf kreeg
# een garantie van Google", "Nscale haalde $1,1 miljard op bij Aker", "Meta huurt capaciteit
# bij CoreWeave". Misses receiving verbs that need their object to say what was received
# ("kreeg ... binnen").
RECIPIENT_VERBS = """
investment: ophalen, halen+op, haalde+op, haalden+op, binnenhalen, halen+binnen, haalde+binnen, ophaalde, opgehaald,
  financieren+laten, laat+financieren, aantrekken, trekken+aan, trok+aan, trokken+aan, trekt+aan
financing: lenen+van, leende+van, lenen+bij, krijgen+krediet
lease: huren, huurt, huurde, huurden, inhuren, afhuren, terughuren, huren+terug, huurt+terug
stake: in handen van, in handen is van, in handen zijn van, in handen was van, in handen waren van,
  eigendom van, eigendom is van, eigendom zijn van, eigendom was van, dochter van, dochterbedrijf van
"""

# Verbs whose subject sells: "Intel verkocht 51 procent van Altera aan Silver Lake" is an
# acquisition by the party after TRANSFER_PREPS of the object; "deed zijn winkels van de hand
# aan Les Mousquetaires" too (the verb with "hand" later). Misses "afstoten" with no buyer.
SELLER_VERBS = """
acquisition: verkopen, verkocht, verkochten, afstoten, overdragen, dragen+over, droeg+over, doen+hand,
  doet+hand, deed+hand, deden+hand, gedaan+hand
"""

# Nouns that name a deal: "een investering van 5 miljard dollar in Intel", "de overname van Just
# Eat Takeaway door Prosus", "een joint venture met Blue Owl". The party before the noun (or its
# possessive) is the source, the party after NOUN_TARGET_PREPS the target.
NOUNS = """
investment: investering, investeringen, financieringsronde, kapitaalronde, ronde,
  kapitaalinjectie, kapitaalspritz, belegging, deelneming, participatie, toezegging
stake: belang, belangen, aandelenbelang, minderheidsbelang, meerderheidsbelang, deelneming
guarantee: garantie, garanties, borg, borgstelling, backstop, restwaardegarantie, waarborg
financing: lening, leningen, krediet, kredietfaciliteit, kredietfaciliteiten, kredietlijn, kredietlijnen, bankkrediet,
  banklening, bankleningen, overbruggingskrediet, overbruggingslening, leningpakket, financiering,
  projectfinanciering
joint_venture: joint venture, joint-venture, samenwerkingsverband, partnerschap, samenwerking,
  alliantie
acquisition: overname, overnames, koop, aankoop, bod, overnamebod, acquisitie, uitkoop, fusie, fusies
lease: huurovereenkomst, huurovereenkomsten, huurcontract, huurcontracten, leasecontract,
  colocatieovereenkomst, hostingcontract, capaciteitscontract, clouddeal, clouddeals
purchase_commitment: afnameverplichting, afnamecontract, bestelling, bestellingen, order,
  orders, inkoopcontract, stroomafnamecontract, stroomafnamecontracten, stroomafnameovereenkomst,
  stroomafnameovereenkomsten, afnamecontracten, ppa
issuance: emissie, obligatie-emissie, aandelenemissie, uitgifte, obligatie, obligaties,
  obligatielening, bedrijfsobligaties, plaatsing, warrants, warrant, converteerbare, notes,
  claimemissie, kapitaalverhoging, aandelenplaatsing
"""
# Investment verbs that also mean support ("Vela steunt het bod van Tarn"): an investment only
# with a money amount in their clause ("steunde Tarn met €300 miljoen").
VERBS_NEEDING_AMOUNT = """
steunen steunt steunde steunden gesteund
"""

# Contract words that are a deal only with a capacity word in the clause: then a lease
# ("een vijfjarig contract om GPU-capaciteit te leveren aan Microsoft").
CONTRACT_NOUNS = """
contract contracten overeenkomst overeenkomsten deal deals akkoord afspraak afspraken
"""
# Verbs of signing with no contract noun: a lease when a capacity provider and a tenant and an
# amount are in the clause ("Meta tekende bij CoreWeave voor $14,2 miljard").
CONTRACT_VERBS = """
tekenen tekent tekende tekenden
"""
# What is bought under a purchase commitment rather than taken over as a business: "neemt voor
# $300 miljard rekenkracht af", "koopt stroom van Brookfield". Misses goods named only by a
# product name.
GOODS_WORDS = """
capaciteit rekenkracht rekencapaciteit stroom elektriciteit energie chips gpu's processors
servers systemen diensten clouddiensten megawatt gigawatt apparatuur gas lng brandstof
geheugenchips ton vaten ladingen
"""
# Issuance verbs that need no instrument named: what they place with a sum is securities ("Meta
# plaatste eind oktober USD 30 miljard"); the other issuance verbs ("verkopen", "ophalen") need one.
PLACING_VERBS = """
plaatsen plaatste plaatsten geplaatst
"""
# Equipment: bought, it is an order from its maker ("bestelde 90 Airbus-toestellen"), a purchase
# commitment like goods; sold, an asset sale ("verkocht vier toestellen aan Avolon").
EQUIPMENT_WORDS = """
toestellen vliegtuigen motoren turbines schepen tankers treinen locomotieven vrachtwagens
voertuigen satellieten
"""
# ... unless the goods are a business: "6 gigawatt aan gascentrales" is an acquisition.
BUSINESS_WORDS = """
centrale centrales gascentrales bedrijf bedrijven divisie tak activiteiten portefeuille belang
aandelen
"""

CAPACITY_WORDS = """
capaciteit rekenkracht rekencapaciteit gpu-capaciteit cloudcapaciteit clouddiensten
datacentercapaciteit huur huurder huurders colocatie hosting ai-infrastructuur infrastructuur
megawatt gigawatt mw gw cloud cloudcomputing servers verhuren
"""

# After a deal word, the preposition that brings in the target, per deal type ("in Intel",
# "voor TeraWulf", "met Blue Owl", "aan Microsoft", "bij Oracle").
TARGET_PREPS = """
investment: in, voor
stake: in, van
guarantee: voor, van
financing: aan, voor
joint_venture: met
acquisition: van, voor, op
lease: aan, met, voor, bij
purchase_commitment: bij, van, via, met
issuance: aan, bij
"""

# Verbs with a target preposition of their own, besides their type's, written as in the verb
# tables: "Vela stapte in bij Tarn". One "entry entry: preposition, preposition" a line.
VERB_TARGET_PREPS = """
instappen stappen+in stapte+in stapten+in: bij
"""

# The passive agent and "onder leiding van": the source ("overgenomen door Prosus").
AGENT_PREPS = """
door, onder leiding van, onder aanvoering van, geleid door, geregeld door, via
"""

# Between a separable particle and its verb in an infinitive ("af te nemen", "over te nemen").
INFINITIVE_MARKERS = """
te
"""

# After a passive agent, the preposition of a group's members ("door een consortium van A en B").
MEMBER_PREPS = """
van
"""

# A holding "of the venture" or "van het project" has no company as target; without such a
# word a holding with no target is not reported. Misses ventures named only by a proper name.
VENTURE_WORDS = """
venture joint project complex campus vehikel fabriek datacenter datacentercomplex
"""
# Of these, the words for a project rather than a company: a holding "van het project" is one in
# the project named before it (Hyperion), one "van de joint venture" in no company named.
PROJECT_WORDS = """
project complex campus fabriek datacenter datacentercomplex
"""
# Words of a merger: the subject takes over the party after MERGER_PREPS ("Vela fuseert met Tarn",
# "de fusie van Vela met Tarn"), as the press reports the bidder first. Misses a merger whose
# parties are only listed ("de fusie van A en B").
MERGER_WORDS = """
fuseren fuseert fuseerde fuseerden fusie fusies
"""
MERGER_PREPS = """met"""

# With RECIPIENT_VERBS, the preposition of the party that gives ("van Google", "bij Aker").
RECIPIENT_PREPS = """
van, bij, door, onder leiding van, onder aanvoering van, uit handen van, met deelname van
"""

# With SELLER_VERBS, the preposition of the buyer ("aan Silver Lake").
TRANSFER_PREPS = """
aan
"""

# With an acquisition verb whose object is no company ("kocht twee centrales van Engie"), the
# preposition of the seller: the deal is then with the seller.
SELLER_PREPS = """
van
"""

# In a subject with no company of its own, the companies that lead it act for it: "Een groep
# banken onder leiding van JPMorgan en MUFG verstrekt $38 miljard".
LEADER_PREPS = """
onder leiding van, onder aanvoering van, geleid door, aangevoerd door, beheerd door
"""

# After a loan noun, the preposition of the lender: the subject borrows ("Tarn sloot een
# kredietfaciliteit van €2 miljard af bij ING").
LENDER_PREPS = """
bij
"""

# Phrases whose deal word names no deal: "belang" as importance or concern, not a holding.
IDIOMS = """
van belang, van groot belang, in het belang van, belang bij
"""

# Nouns of a round of funding: the company that raises it is its possessor or follows ROUND_PREPS
# ("nam deel aan een financieringsronde van Mistral AI", "Anthropic's ronde"), and invests in
# nothing itself.
ROUND_NOUNS = """
ronde rondes financieringsronde financieringsrondes kapitaalronde kapitaalrondes
investeringsronde investeringsrondes groeironde series
"""
ROUND_PREPS = """
van
"""

# Verbs that put a deal next in a series, with no deal word of its own ("SoftBank volgde met $2
# miljard", "Twee maanden later volgde een contract van 3 miljard dollar met Meta"): another deal
# of the type of the one before. "gevolgd door" is no such verb.
SEQUEL_VERBS = """
volgde volgden volgt volgen voorgegaan voorgingen voorging
"""
# The preposition of the company a following deal is made with.
SEQUEL_PREPS = """
met
"""
# Verbs of taking part, written as in AGENT_VERBS: wie meedoet aan een eerder genoemde ronde
# ("Ook Nvidia en Bpifrance deden mee") gets none of its amount, the round's whole size.
PARTICIPATION_VERBS = """
deelnemen nemen+deel nam+deel namen+deel participeren doen+mee doet+mee deed+mee deden+mee
"""
# Verbs of leading a round, written as in AGENT_VERBS: the leader of a round takes its whole size
# ("Vela leidde een ronde van €300 miljoen in Tarn"), unlike who only takes part.
LEADING_VERBS = """
financieringsronde leiden, ronde leiden
"""

# Beside a leader, the prepositions of those who took part: they get no share of the amount
# ("een ronde onder leiding van Aker, met deelname van Nvidia en Nokia").
PARTICIPANT_PREPS = """
met, samen met, met deelname van
"""
# Nouns for those who took part in a deal, and the verbs that list them
# ("Andere deelnemers waren onder meer Nvidia en Bpifrance"): each company listed takes part in the deal of
# that type named just before, its own share unstated.
PARTICIPANT_NOUNS = """
investment: deelnemers, investeerders, medeinvesteerders, geldgevers
financing: geldschieters, kredietverstrekkers
"""
LISTING_VERBS = """
waren zijn omvatten omvatte
"""

# Verbs of promising: with a deal verb of another type in an infinitive in their clause they
# state that deal, not one of their own ("OpenAI zegde Oracle toe om voor $300 miljard aan rekenkracht af te nemen").
PROMISE_VERBS = """
toezeggen zeggen zegt zegde zegden toegezegd beloven belooft beloofde beloofden beloofd committeren
"""

# Words right after a relative pronoun that make the clause about every party of the list before
# it: "een joint venture van Vela en Tarn, die ieder de helft van de aandelen houden".
DISTRIBUTIVE_WORDS = """
ieder elk beide allebei
"""

# "samen" is a joint venture only with one of these verbs in its clause: "de fabriek die TSMC
# samen met Bosch bouwt", not "samen goed voor 40%".
JOINT_ADVERBS = """
samen
"""
BUILD_VERBS = """
bouwen bouwt bouwde bouwden opzetten opzet zetten zet zette zetten+op oprichten richten richt
richtte richtten ontwikkelen ontwikkelt ontwikkelde lanceren lanceert lanceerde financieren
exploiteren
"""

# After a venture noun, the prepositions of its partners: "een joint venture van NXP en VIS".
VENTURE_MEMBER_PREPS = """
van, tussen
"""
# The issuer of bonds bought stands after these ("obligaties van Meta").
ISSUER_PREPS = """
van
"""
# The owner of what a loan is for stands after these ("leningen voor twee campussen van Vantage"):
# the borrower.
OWNER_PREPS = """
van
"""

# Relative words with a preposition in them: what the clause's deal is in or of is the word
# before ("Stargate Norway, waarin beide partijen elk 50% houden").
PREPOSITIONAL_RELATIVES = """
waarin waarvan waaraan
"""

# Buying shares is an investment ("nam voor $5 miljard aandelen Intel over"), unless all or the
# rest of them are bought ("nam de resterende aandelen van Telenet over").
SHARE_WORDS = """
aandelen aandeel
"""
# Money gestoken "in" the subject's own things ("gaat €5 mld steken in zijn datacenters") is
# spending, no deal; "schreef in voor zijn volledige deel" is no such thing.
INTO_PREPS = """
in
"""
# A holding verb whose object is one of these keeps a rate, not a share: "De ECB hield de
# depositorente op 2 procent". Compounds are listed as written.
RATE_WORDS = """
rente rentes depositorente beleidsrente basisrente rentevoet coupon rendement inflatie dividend
uitkeringspercentage
"""
# Before an issuing verb, these make it an adjective of the shares ("nieuw uitgegeven aandelen Nokia"):
# the issuer is named with the shares.
NEW_ISSUE_WORDS = """
nieuw nieuwe vers
"""
WHOLE_WORDS = """
alle resterende overige volledige
"""
# A stake sold with these words, or above half, is a takeover ("sold a majority stake in X to Y").
MAJORITY_WORDS = """
meerderheidsbelang meerderheid controlerend controlerende
"""
# Verbs of taking: a stake with a word of control that one of these takes is a takeover
# ("nam een meerderheidsbelang").
TAKING_VERBS = """
nemen nam namen neemt genomen verwerven verwierf verworven kopen kocht kochten gekocht
"""
# Shares after these are the payment, not what is bought ("bood $9 miljard in aandelen").
PAYMENT_PREPS = """
in
"""

# Words that give a description its name after a comma: "het moederbedrijf, inmiddels omgedoopt
# tot OpenAI Foundation," is that organisation, not a reference to be resolved.
NAMING_WORDS = """
omgedoopt tot genaamd heet nu thans voorheen later inmiddels naam
"""

# Nouns that name a holder: "Grootaandeelhouder JAB Holding" holds a stake in the company whose
# shareholder it is ("van JDE Peet's", "zijn grootaandeelhouder"); HOLDER_OPENERS put the holder
# before them ("Nvidia een van de grootste aandeelhouders"). Misses holders named elsewhere.
HOLDER_NOUNS = """
aandeelhouder aandeelhouders grootaandeelhouder grootaandeelhouders eigenaar eigenaren
investeerder investeerders geldschieter
"""
HOLDER_OPENERS = """
een als
"""
# Before an opener, these make the subject of the clause the holder ("Nvidia wordt een van de grootste aandeelhouders").
COPULAS = """
wordt werd worden is was blijft bleef
"""

# Time words complete a preposition of their own: in "In mei richtten MGX en Nvidia ..." the
# "in" is the month's, not MGX's (the months come from ``dates``).
TIME_WORDS = """
dag dagen week weken maand maanden jaar jaren kwartaal voorjaar najaar zomer winter herfst lente begin
eind half helft jaargang
"""

# After a deal word's target preposition with no company ("in andere bedrijven"), the words that
# bring in the companies meant: "..., waaronder Intel, OpenAI en Nscale".
INCLUSION_PREPS = """
waaronder, zoals
"""

# A party after these is neither source nor target: the speaker, a comparison, the place.
NON_PARTY_PREPS = """
volgens, naar, zoals, als, dan, behalve, sinds, tegenover, namens, vergeleken, net, uit, buiten
"""

# Passive auxiliaries: with a past participle trigger and no subject, roles flip.
PASSIVE_AUX = """
word wordt worden werd werden is zijn was waren geworden
"""

# Words between the parts of a list of deals ("$100 miljoen in CoreWeave, $2 miljard in xAI
# en $5 miljard in Intel").
LIST_JOINERS = """
, en alsmede evenals plus ; zowel als
"""

# Words that end a clause: the roles of a deal word do not reach past them.
CLAUSE_BREAKS = """
terwijl maar waarna doordat omdat hoewel zodat nadat waardoor ; – — want
"""

# Words that end a clause only after a comma or at the start of the sentence ("..., toen Exor
# kocht"); after a verb they are adverbs and the clause goes on ("Exor kocht toen een belang").
COMMA_BREAKS = """
toen
"""

# Relative pronouns after a comma: "Google, dat ... investeert": the antecedent is the subject.
RELATIVE_PRONOUNS = """
dat die dat's wie waarmee waarbij waarin
"""

# Articles and possessives that may stand between a preposition and its party.
DETERMINERS = """
de het een het's zijn haar hun diens wiens dit deze dat die
"""

# Descriptions and pronouns that refer back to an organisation ("het bedrijf", "de chipreus").
# The referent is the organisation most recently named as a party. Misses descriptions that
# name a place or kind only the reader knows ("het Amsterdamse bedrijf" works, "de Franse
# ontwikkelaar" does too, "de start-up" does not).
DESCRIPTION_NOUNS = """
bedrijf concern chipreus chipmaker chipfabrikant chipontwerper techreus techgigant techbedrijf
techconcern techinvesteerder groep onderneming firma softwarebedrijf cloudbedrijf
cloudaanbieder ai-cloudaanbieder ai-bedrijf ai-ontwikkelaar ontwikkelaar vermogensbeheerder
investeerder maaltijdbezorger verzekeraar bank netwerkleverancier chipmachinemaker
datacenterbouwer netwerkbouwer start-up startup hyperscaler miner bitcoinminer neocloud
vehikel dochter moederbedrijf cloudgigant gigant belegger geldschieter staatsfonds maker
maatschappij netbeheerder lessor
"""
# Nouns that stand for the organisation the text named with them ("Beignet Investor, het
# vehikel achter de joint venture", "de joint venture, met de naam Beignet Investor"); "venture"
# stands for nothing else, since most ventures are never named.
NAMED_NOUNS = """
venture vehikel
"""
DESCRIPTION_DETERMINERS = """
het de dat die deze dit
"""

# Pronoun subjects that refer back to the most recent organisation. None in Dutch: "het" is
# far more often an article, "zij"/"ze" as often plural.
PRONOUNS = """
"""
# Words that are a pronoun only right before a deal verb, or right after one before an amount,
# where they cannot be an article: "Het kocht in 2015 Altera", "Eerder nam het Infinera over",
# "In juni betaalde het $14 miljard voor een belang".
VERB_PRONOUNS = """
het
"""
# Auxiliary and modal verbs: the verb they go with comes at the end of the clause, after its
# object ("Vela heeft Tarn overgenomen", "In 2023 heeft Vela Tarn overgenomen").
AUXILIARIES = """
heeft hebben had hadden zal zullen zou zouden wil wilde willen kan kon kunnen moet moest gaat ging
"""

# Words that are a pronoun for an organisation right after a conjunction that opens a
# subordinate clause, as its subject: "De bank maakte bekend dat zij NIBC overneemt" (a "de"
# word is "zij"). Elsewhere "zij" is as often plural. Misses "ze", too often plural.
CLAUSE_PRONOUNS = """
zij
"""
SUBORDINATORS = """
dat omdat nadat zodat doordat terwijl
"""
# Pronominal adverbs: a preposition joined to "het" ("daarin" = "in het"), standing for the
# organisation named most recently before, not the clause's own subject ("OpenAI wordt een
# bv; Microsoft houdt daarin 27%"). One "word: preposition" a line. Misses "daar ... in"
# split around other words and bare "daar" (mostly "there"); "daarvan" is mostly "of those
# bonds" (ISSUE_REFERENCES).
PRONOMINAL_ADVERBS = """
daarin: in
erin: in
hierin: in
daarvoor: voor
ervoor: voor
daaraan: aan
daarmee: met
"""

# A possessive pronoun right before a deal noun stands for the organisation ("zijn belang in
# Nvidia"); elsewhere it is not read.
POSSESSIVE_PRONOUNS = """
zijn
"""

# Dutch is verb-second: after an opening adverbial the subject follows the finite verb
# ("Daarnaast kondigde Nvidia ... aan", "In ruil kreeg de techgigant warrants").
VERB_SECOND = True

# Verbs of receiving: a deal noun as their object turns the roles round ("TeraWulf kreeg een
# garantie van Google": Google is the source). Misses "binnenslepen" of a deal by the seller.
RECEIVING_VERBS = """
krijgen krijgt kreeg kregen gekregen ontvangen ontvangt ontving ontvingen verkrijgen verkrijgt verkreeg
verwerven verwerft
"""
# A deal noun that is the object of these is judged by the subject, not made by it ("De
# toezichthouder keurde de overname goed").
JUDGING_VERBS = """
goedkeuren keurde keurden goedgekeurd blokkeren blokkeerde blokkeerden verbieden verbood wees afgewezen
steunt steunen steunde steunden gesteund
"""

# Verbs of holding: with an issued instrument as object ("houdt warrants"), the subject is its
# holder, not its issuer.
HOLDING_VERBS = """
houden houdt hield hielden bezitten bezit bezat
"""
# Verbs of owning: with a company as their object they state a holding without a percentage
# ("Prosus bezit Tencent-aandelen"); other stake verbs need one.
OWNING_VERBS = """
bezit bezitten bezat bezaten
"""

# Words that stand for the securities of the issue just named, after a verb of buying or
# taking: its buyer lends to that issuer ("Pimco nam daarvan $18 miljard").
ISSUE_REFERENCES = """
daarvan
"""

# Instruments named with a deal ("junk bond", "warrants", "converteerbare obligaties"); the
# longest one in the clause is the deal's instrument. Also the words that make "plaatsen" or
# "ophalen" an issuance rather than a sale or a round.
INSTRUMENTS = """
junk bond, junkbond, obligaties, obligatie, bedrijfsobligaties, senior obligaties, gedekte
obligaties, converteerbare obligaties, converteerbare, warrants, warrant, aandelenopties,
aandelen, nieuwe aandelen, leningen, lening, leningpakket, kredietfaciliteit, private credit,
notes, senior notes, obligatie-emissie, aandelenemissie, emissie, schuldpapier, hoogrentende
obligaties, restwaardegarantie, claimemissie, kapitaalverhoging, aandelenplaatsing
"""

# Words by which a later sentence gives the amount of the deal just named ("De deal heeft een
# waarde van ongeveer 5,5 miljard dollar", "De waarde bedraagt ...").
DEAL_REFERENCES = """
de deal, het contract, de overeenkomst, de contracten, de overeenkomsten, de transactie,
de waarde, waarde van, ter waarde van, goed voor, de overname, het akkoord, de lening
"""

# A deal noun after these (and an article) is the contract of a deal named before, no new deal:
# "de betalingen op grond van de huurcontracten worden gegarandeerd door Google". Misses "onder"
# ("onder de overeenkomst"), left out because it is also "onder leiding van".
CONTRACT_PREPS = """
krachtens, op grond van, uit hoofde van, in het kader van
"""

# A deal verb inside these is a purpose, not a deal ("Om de groei te financieren, plaatste
# Besi ..."): the deal is the main clause's.
PURPOSE_CUES = """
te financieren, te betalen, te bekostigen, om te investeren
"""
# A sentence opening with these opens with a purpose clause, up to its first comma ("Om die capaciteit te kunnen leveren, bestelde het bedrijf servers bij Dell").
PURPOSE_OPENERS = """
om
"""

# Word shapes that end the look-back from a party to its preposition: a verb stands between
# ("In september haalde het bedrijf": "in" is not the company's preposition). A word whose
# lemma differs from it and ends in one of these is taken for a verb.
VERB_LEMMA_ENDINGS = """en"""

# Before a year, these give a deal's horizon ("tot 2032", "vanaf 2027", "met een looptijd tot
# 2031"). Misses durations without a year ("over vijf jaar").
HORIZON_CUES = """
tot en met, tot, vanaf, looptijd tot, per, uiterlijk in, in de periode tot
"""

# Planned, rumoured, announced and completed deals. A deal with none of these is completed when
# its verb is in the past tense, else its status is left open.
PLANNED_CUES = """
zal, zullen, gaat, gaan, wil, willen, plan, plannen, van plan, is van plan, voornemens,
verwacht te, moet, moeten, straks, beoogt
"""
RUMOURED_CUES = """
naar verluidt, volgens ingewijden, volgens bronnen, zou, zouden, volgens berichten,
geruchten, gerucht, zou willen, volgens mensen
"""
ANNOUNCED_CUES = """
kondigde, kondigden, kondigt, bekend, aangekondigd, bekendgemaakt, meldde, meldt, aankondiging,
sloot, sluit, tekende, akkoord
"""
COMPLETED_CUES = """
rondde, rondden, afgerond, voltooid, definitief, afgesloten, inmiddels, eerder, vorig jaar
"""

# The deal is not (yet) there: talks, hypotheticals, conditions, negations. Not "afgezien": "afgezien
# van" is also "apart from".
NEGATION_CUES = """
niet, geen, nooit, noch, afgeblazen, afgewezen, wees af, stemde tegen, stemden tegen,
tegengestemd, zag af, ziet af, afzien, afziet, afgezien, af te zien, uitgesloten, gestrand, strandde, mislukt, mislukte,
vermeden, vermeed, vermijdt, vermijden
"""
# Separable verbs of refusing, ``verb+particle``: the verb before the deal word, its particle
# anywhere after it up to just past the deal word ("Shell sluit een bod op BP uit", "ziet
# voorlopig af van een overname", "blies de fusie af"). Misses a particle further on.
NEGATION_VERBS = """
sluiten+uit, sluit+uit, sloot+uit, sloten+uit, zien+af, ziet+af, zag+af, zagen+af, blazen+af,
blaast+af, blies+af, bliezen+af, trekken+terug, trekt+terug, trok+terug, trokken+terug
"""
HYPOTHETICAL_CUES = """
zou kunnen, zouden kunnen, mocht, mochten, indien, stel dat, in gesprek, in gesprekken,
onderhandelt, onderhandelen, onderhandelingen, overweegt, overwegen, denkt na, zou moeten,
zouden moeten, eventueel, zou kunnen investeren
"""

# Forecasts, estimates and market sizes: a sentence with these reports no deal.
FORECAST_CUES = """
verwacht, verwachten, verwachting, voorspelt, voorspelling, schat, schatten, schatting,
raming, raamt, prognose, naar schatting, marktomvang, tegen 2026, tegen 2027, tegen 2028,
tegen 2029, tegen 2030, tegen 2035, tegen 2040, in totaal nodig, nodig hebben, moeten investeren
"""

# Right before an amount ("op een waarde van €11,7 mld", "tegen $20,47") or right after it
# ("€20,30 per aandeel", "100 miljard dollar omzet"), these make it no deal amount: prices,
# valuations, revenue, profit, costs. The deal keeps its own amount. Misses a valuation written
# far from its amount.
NON_DEAL_BEFORE = """
op een waarde van, tegen een waarde van, waardering van, gewaardeerd op, waardeerde, koers van, koersdoel van, tegen,
uitoefenprijs van, kostenplaatje, omzet van, winst van, verlies van, kasstroom van, marktwaarde
van, beurswaarde van, orders van, inschrijvingen van, vraag van, omzet, totaal van, schuld van,
schulden van, bedraagt de schuld, omgerekend, omgerekend naar
"""
NON_DEAL_AFTER = """
per aandeel, per stuk, omzet, winst, verlies, kasstroom, aan omzet, aan winst, per jaar,
per kwartaal, jaaromzet, dividend
"""
# Right before an amount, these make it the value a deal was changed from, no deal amount:
# "verhoogd van aanvankelijk $800 miljoen", "tegen eerder €1,8 miljard". Plain "van" is no
# such word ("een investering van $5 miljard"), only with "naar" after the amount (CHANGE_PREPS).
EARLIER_VALUE_BEFORE = """
van aanvankelijk, van eerder, van oorspronkelijk, tegen aanvankelijk, tegen eerder, vanaf
"""
# "van $1,8 miljard naar $3,2 miljard": the first amount is the value before the change.
CHANGE_PREPS = """van naar"""
# An amount shortly after these is a valuation: no deal amount, except the value of a whole
# takeover that states no price of its own ("een transactie die het bedrijf op $33 miljard waardeerde").
VALUATION_WORDS = """
waardeerde waardeert gewaardeerd waardering waarde
"""

# A deal word opening these names the collateral, not a deal ("een lening gedekt door chips").
COLLATERAL_CUES = """
gedekt door, gedekt met, zekergesteld op
"""

# Subscription offers and other boilerplate: never deals. Not "korting" alone: "nieuwe aandelen
# tegen 66,6 kroon, een korting van bijna 70%" prices a share issue.
BOILERPLATE_CUES = """
abonnement, abonneer, abonneren, proefabonnement, nu tot, voor slechts, kortingscode, lid worden,
aanmelden, inloggen, signaaldiensten, nieuwsbrief
"""

# Fractions that state a share as a percentage does, right before FRACTION_PREPS: "die ieder de
# helft van de aandelen houden", "verkocht een kwart van Tarn". Not before a year or a time word
# ("de eerste helft van 2026", "de helft van het jaar"). One "fraction: percent" a line.
FRACTIONS = """
de helft: 50
helft: 50
een derde: 33.3
twee derde: 66.7
een kwart: 25
driekwart: 75
drie kwart: 75
een vijfde: 20
"""
FRACTION_PREPS = """
van
"""

# Plural references: a count word, then a plural noun ("beide partners", "de drie Europese
# partners"), stand for the organisations last named together, as many as the count says.
# One "word: count" a line. A bare count word counts only right before a deal verb.
PLURAL_COUNTS = """
beide: 2
twee: 2
drie: 3
vier: 4
"""
PLURAL_NOUNS = """
partners partijen bedrijven ondernemingen concerns groepen aandeelhouders investeerders banken
fondsen
"""

# The preposition of a vehicle that holds for the subject ("bezit via NLFI 30% van ABN AMRO"):
# the vehicle holds the stake directly, the subject through it; both are holders.
INTERMEDIARY_PREPS = """
via, middels, door middel van
"""
