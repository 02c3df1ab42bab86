"""English words that mark a deal, its parties, its status, and what is no deal at all.

Read by ``extractors.deals.cues``. Tables are text: one line per deal type, ``type: entry,
entry, ...``; an entry is one word or a phrase of words. A word matches a token when it equals
the token's lower-cased form or its lemma (the spacy-lookups-data English lemma table, so
"guaranteed" matches "guarantee"); forms the table misses ("backstopped", "co-led") are listed
as written. ``verb+particle`` is a phrasal verb whose particle follows later in the clause
("took ... private", "put ... in").

Source of every list: English financial news about deals (Reuters, Bloomberg, FT, company press
releases), written down by hand; each list says what it misses.
"""

# Verbs whose subject is the source: "Nvidia invested $5 billion in Intel", "Google guaranteed
# $1.4 billion of Fluidstack's obligations", "CoreWeave bought Weights & Biases". In the passive
# ("was acquired by Prosus") the agent after AGENT_PREPS is the source and the subject the
# target. Misses verbs that only make a deal with a particular object ("converted grants into
# shares").
AGENT_VERBS = """
investment: invest, invested, put+in, put+into, pour, pump, inject, commit, committed, back,
  backed, fund, co-invest, participate, write+cheque, write+cheques, contribute,
  lead+round, led+round, co-lead, co-led, subscribe, subscribed, take+up, took+up, take+part,
  took+part, taken+part
stake: hold, own, keep, retain, control, controls, take+stake, took+stake, acquire+stake, build+stake
guarantee: guarantee, guaranteed, backstop, backstopped, backstops, stand+behind, stands+behind,
  stood+behind, underwrite, underwrote, underwritten, insure, cover
financing: lend, lent, finance, financed, provide+loan, provided+loan, extend+credit,
  refinance, arrange+loan, fund
joint_venture: team+up, teamed+up, partner+with, partners+with, partnered+with, join+forces,
  joined+forces, together, jointly
acquisition: acquire, buy, bought, purchase, take+over, took+over, take+private, took+private,
  snap+up, snapped+up, absorb, merge, merges, merged, combine with, combines with, offer+buy, bid,
  pay+for, paid+for
lease: lease+to, rent+to, supply, supplied, provide, provided, host, give+access, build+for
purchase_commitment: buy, bought, purchase, order, ordered, offtake, deploy, spend+on
issuance: issue, issued, sell, sold, place, placed, priced, raise, raised, float, launch,
  tap, market
"""

# Verbs whose subject is the target and whose source follows RECIPIENT_PREPS: "TeraWulf received
# a guarantee from Google", "Nscale raised $1.1 billion from Aker", "Meta leases capacity from
# CoreWeave". Misses receiving verbs that need their object to say what was received. "secure"
# only as a verb form ("secured", "secures"): the bare word is mostly the adjective ("the merger
# looks secure").
RECIPIENT_VERBS = """
investment: raise, raised, secured, secures, securing, land, landed
financing: borrow, borrowed, secure+loan, secured+loan, take+loan, took+loan
lease: lease, leased, leases, rent, rents, rented, lease+back, leases+back
stake: owned by, controlled by, majority-owned by, wholly owned by, part-owned by
"""

# Verbs whose subject sells: "Intel sold 51% of Altera to Silver Lake" is an acquisition by the
# party after TRANSFER_PREPS of the object. Misses "divest" with no buyer named.
SELLER_VERBS = """
acquisition: sell, sold, divest, divested, offload, offloaded, dispose, disposed, sells, selling
"""

# Nouns that name a deal: "Nvidia's $5 billion investment in Intel", "the acquisition of X by
# Y", "a joint venture with Blue Owl". The party before the noun (or its possessive) is the
# source, the party after NOUN_TARGET_PREPS the target.
NOUNS = """
investment: investment, investments, funding round, round, series a, series b, series c,
  series d, series e, series f, equity raise, capital injection, cheque, check, stake purchase,
  commitment, commitments
stake: stake, stakes, holding, holdings, shareholding, equity stake, interest
guarantee: guarantee, guarantees, backstop, backstops, credit support, residual value guarantee
financing: loan, loans, credit facility, facility, credit line, credit lines,
  bridge loan, loan package, financing, project finance,
  private credit, term loan, debt package
joint_venture: joint venture, joint-venture, partnership, alliance, consortium, founding partners,
  co-founders
acquisition: acquisition, takeover, purchase, buyout, bid, offer, merger, take-private
lease: lease, leases, colocation agreement, colocation agreements, hosting agreement, hosting
  contract, capacity agreement, capacity deal, cloud deal, cloud contract
purchase_commitment: purchase commitment, offtake agreement, order, orders, purchase agreement,
  power purchase agreement, power purchase agreements, ppa, ppas, offtake agreements
issuance: bond, bonds, notes, senior notes, bond issue, bond sale, offering, placement, issue,
  warrants, warrant, convertible notes, convertibles, debt offering, share sale, paper
"""

# Deal nouns that also name a thing ("its own facilities"): a deal only with a money amount in
# their clause ("a $2.6 billion facility").
NOUNS_NEEDING_AMOUNT = """
facility facilities
"""
# Investment verbs that also mean support ("Vela backs Tarn's bid for Orbis"): an investment only
# with a money amount in their clause ("backed Tarn with $300 million").
VERBS_NEEDING_AMOUNT = """
back backs backed backing
"""

# Contract words that are a deal only with a capacity word in the clause: then a lease
# ("a five-year agreement to give Microsoft access to GB300 systems").
CONTRACT_NOUNS = """
contract contracts agreement agreements deal deals arrangement
"""
# Verbs of signing with no contract noun: a lease when a capacity provider and a tenant and an
# amount are in the clause ("Nebius signed $17.4 billion with Microsoft").
CONTRACT_VERBS = """
sign signed signs signing
"""
# What is bought under a purchase commitment rather than acquired as a business: "agreed to buy
# $300 billion of computing capacity from Oracle", "buy up to 3,000 megawatts of power from
# Brookfield". Misses goods named only by a product name ("18,000 GB300s").
GOODS_WORDS = """
capacity compute computing power electricity energy output chips gpus processors accelerators
servers systems services cloud megawatts gigawatts units equipment gas lng fuel hardware tpus
wafers tonnes tons barrels cargoes
"""
# Issuance verbs that need no instrument named: what they place or price with a sum is
# securities ("Meta priced $30 billion in late October"); the other issuance verbs ("sold",
# "raised") need one.
PLACING_VERBS = """
place placed places priced
"""
# Equipment: bought, it is an order from its maker ("committed to buy 90 Airbus aircraft"), a
# purchase commitment like goods; sold, an asset sale ("sold four aircraft to Avolon").
EQUIPMENT_WORDS = """
aircraft airliners planes jets widebodies engines turbines vessels ships tankers locomotives
trucks vehicles satellites
"""
# ... unless the goods are a business: "13 gigawatts of gas plants" is an acquisition.
BUSINESS_WORDS = """
plant plants business businesses division operations portfolio stake stakes shares company
"""

CAPACITY_WORDS = """
capacity compute computing infrastructure gpu gpus data-centre data-center colocation hosting
cloud megawatts gigawatts mw gw tenant tenants lease leases rent
"""

# After a deal word, the preposition that brings in the target, per deal type ("in Intel",
# "for TeraWulf", "with Blue Owl", "to Microsoft", "from Oracle").
TARGET_PREPS = """
investment: in, into, to, for
stake: in, of
guarantee: for, of
financing: to, for
joint_venture: with
acquisition: of, for
lease: to, with, for
purchase_commitment: from, on, with
issuance: to
"""

# The passive agent and "led by": the source ("acquired by Prosus").
AGENT_PREPS = """
by, led by, co-led by, arranged by, provided by
"""

# After a passive agent, the preposition of a group's members ("by a consortium of A and B").
MEMBER_PREPS = """
of
"""

# A holding "of the venture" or "of the project" has no company as target; without such a word
# a holding with no target is not reported. Misses ventures named only by a proper name.
VENTURE_WORDS = """
venture joint project complex campus vehicle fab plant site
"""
# Of these, the words for a project rather than a company: a holding "of the project" is one in
# the project named before it (Hyperion), one "of the joint venture" in no company named.
PROJECT_WORDS = """
project complex campus fab plant site
"""
# Words of a merger: the subject takes over the party after MERGER_PREPS ("Skyworks agreed to
# combine with Qorvo", "Anglo American's merger with Teck"), as the press reports the bidder
# first. Misses a merger whose parties are only listed ("the merger of A and B").
MERGER_WORDS = """
merge merges merged merging merger mergers combine combines
"""
MERGER_PREPS = """with"""

# With RECIPIENT_VERBS, the preposition of the party that gives ("from Google").
RECIPIENT_PREPS = """
from, by, led by, with
"""

# With SELLER_VERBS, the preposition of the buyer ("to Silver Lake").
TRANSFER_PREPS = """
to
"""

# With an acquisition verb whose object is no company ("agreed to buy two plants from Caithness"), the
# preposition of the seller: the deal is then with the seller.
SELLER_PREPS = """
from
"""

# In a subject with no company of its own, the companies that lead it act for it: "A group of
# banks led by JPMorgan and MUFG is arranging a loan".
LEADER_PREPS = """
led by, co-led by, headed by, managed by, run by
"""

# After a loan noun, the preposition of the lender: the subject borrows ("Crusoe has drawn on a
# $750 million credit line from Brookfield").
LENDER_PREPS = """
from
"""

# Phrases whose deal word names no deal: "interest" as the price of money or as attention, not
# a holding; "control of" as a noun ("bought control of Aligned" is said by its verb).
IDIOMS = """
interest income, interest rate, interest rates, net interest, interest payments, interest expense,
interest costs, interest cover, in the interest of, in the interests of, expressed interest,
shown interest, showed interest, interest from, control of
"""

# Nouns of a round of funding: the company that raises it is its possessor or follows ROUND_PREPS
# ("took part in Anthropic's Series F", "a round of xAI"), and invests in nothing itself.
ROUND_NOUNS = """
round rounds series fundraise fundraising
"""
ROUND_PREPS = """
of
"""

# Verbs that put a deal next in a series, with no deal word of its own ("SoftBank followed with
# $2 billion", "A $3 billion contract with Meta followed in November"): another deal of the type
# of the one before. "followed by" is passive and no such verb.
SEQUEL_VERBS = """
followed follows follow
"""
# The preposition of the company a following deal is made with.
SEQUEL_PREPS = """
with
"""
# Verbs of taking part, written as in AGENT_VERBS: who takes part in a round named before ("RA
# Capital and Wellington also took part") gets none of its amount, the round's whole size.
PARTICIPATION_VERBS = """
participate participated participates take+part took+part taken+part
"""
# Verbs of leading a round, written as in AGENT_VERBS: the leader of a round takes its whole
# size ("Vela led a $300 million round in Tarn"), unlike who only takes part.
LEADING_VERBS = """
lead+round, led+round
"""

# Beside a leader, the prepositions of those who took part: they get no share of the amount
# ("a round led by Aker, with Nvidia and Nokia").
PARTICIPANT_PREPS = """
with, alongside
"""
# Nouns for those who took part in a deal, and the verbs that list them
# ("Other participants included Nvidia and Bpifrance"): each company listed takes part in the deal of
# that type named just before, its own share unstated.
PARTICIPANT_NOUNS = """
investment: participants, investors, co-investors, backers
financing: lenders, creditors
"""
LISTING_VERBS = """
included include includes were are comprised
"""

# The word that marks an infinitive ("committed to buy").
INFINITIVE_MARKERS = """
to
"""

# Verbs of promising: with a deal verb of another type in an infinitive in their clause they
# state that deal, not one of their own ("OpenAI committed to buy $300 billion of capacity from Oracle").
PROMISE_VERBS = """
commit commits committed pledge pledges pledged promise promises promised
"""

# Words right after a relative pronoun that make the clause about every party of the list before
# it: "a joint venture of Vela and Tarn, which each hold half of the shares".
DISTRIBUTIVE_WORDS = """
each both
"""

# "together" is a joint venture only with one of these verbs in its clause: "the plant TSMC is
# building together with Bosch", not "together worth 40%".
JOINT_ADVERBS = """
together jointly
"""
BUILD_VERBS = """
build builds building built develop develops developing developed set setting establish
establishes established form forms formed create creates created launch launches launched
run runs operate operates fund funds funded
"""

# After a venture noun, the prepositions of its partners: "a joint venture of NXP and VIS".
VENTURE_MEMBER_PREPS = """
of, between
"""
# The issuer of bonds bought stands after these ("bonds of Meta").
ISSUER_PREPS = """
of
"""
# The owner of what a loan is for stands after these ("loans for two campuses of Vantage"):
# the borrower.
OWNER_PREPS = """
of
"""

# Buying shares is an investment ("bought $5 billion of Intel shares"), unless all or the rest
# of them are bought ("bought the remaining shares of Telenet").
SHARE_WORDS = """
shares stock
"""
# Money put "in" or "into" the subject's own things ("will invest €5 billion in its data centres")
# is spending, no deal; "took up its full allocation" is no such thing.
INTO_PREPS = """
in into
"""
# A holding verb whose object is one of these keeps a rate, not a share: "The ECB has kept its
# deposit rate at 2%", "held rates at 4.5%".
RATE_WORDS = """
rate rates yield yields coupon coupons inflation dividend payout
"""
# Before an issuing verb, these make it an adjective of the shares ("newly issued Nokia shares"):
# the issuer is named with the shares.
NEW_ISSUE_WORDS = """
newly freshly
"""
WHOLE_WORDS = """
all remaining rest outstanding
"""
# A stake sold with these words, or above half, is a takeover ("sold a majority stake in X to Y").
MAJORITY_WORDS = """
majority controlling
"""
# Verbs of taking: a stake with a word of control that one of these takes is a takeover
# ("took a controlling stake").
TAKING_VERBS = """
take took taken acquire acquired buy bought purchase purchased
"""
# Shares after these are the payment, not what is bought ("offered $9 billion in stock").
PAYMENT_PREPS = """
in
"""

# Words that give a description its name after a comma: "the non-profit parent, renamed the
# OpenAI Foundation," is that organisation, not a reference to be resolved.
NAMING_WORDS = """
renamed called named now formerly known as later name
"""

# Nouns that name a holder: "Metro's largest shareholder, the investor Jaime Gilinski" is a
# stake in Metro; HOLDER_OPENERS put the holder before them ("Nvidia one of its largest
# shareholders"). Misses holders named in another sentence.
HOLDER_NOUNS = """
shareholder shareholders stakeholder owner owners investor investors backer backers
"""
HOLDER_OPENERS = """
one as
"""
# Before an opener, these make the subject of the clause the holder ("LS Power will become one
# of NRG's largest shareholders").
COPULAS = """
become becomes became be is was remains remained
"""

# Time words complete a preposition of their own: in "In May MGX and Nvidia set up ..." the "in"
# is the month's, not MGX's (the months come from ``dates``).
TIME_WORDS = """
day days week weeks month months year years quarter spring summer autumn fall winter
"""

# After a deal word's target preposition with no company ("in other start-ups"), the words that
# bring in the companies meant: "..., including Mistral AI and Nscale".
INCLUSION_PREPS = """
including, such as, among them
"""

# A party after these is neither source nor target: the speaker, a comparison, the place.
NON_PARTY_PREPS = """
according to, like, such as, than, as, unlike, including, since, versus, vs, per, outside, beyond
"""

# Passive auxiliaries: with a past participle trigger, roles flip.
PASSIVE_AUX = """
be is are was were been being get got gets
"""
# After an auxiliary, a verb with these endings is active ("is buying", not "was bought").
PRESENT_PARTICIPLE_ENDINGS = """
ing
"""

# Words between the parts of a list of deals ("$100 million in CoreWeave, $2 billion in xAI and
# $5 billion in Intel").
LIST_JOINERS = """
, and as well as plus ;
"""

# Auxiliary and modal verbs: between a subject and its deal verb they keep the subject the
# verb's own (", Sempra will keep 25%").
AUXILIARIES = """
will would shall should can could may might must has have had does did
"""

# Words that end a clause: the roles of a deal word do not reach past them.
CLAUSE_BREAKS = """
while whereas but although though because after before since so ; – — when
"""

# Relative pronouns after a comma: "Google, which owns 14%": the antecedent is the subject.
RELATIVE_PRONOUNS = """
which who that whose
"""

# Articles and possessives that may stand between a preposition and its party.
DETERMINERS = """
the a an its their his her this that these those
"""

# Descriptions that refer back to an organisation ("the company", "the chipmaker"). The
# referent is the organisation most recently named as a party. Misses descriptions only the
# reader can resolve ("the Finnish group" works by recency, not by nationality).
DESCRIPTION_NOUNS = """
company group chipmaker chipmaker's firm giant tech-giant manufacturer designer developer
start-up startup lender bank insurer operator provider investor maker retailer business
neocloud hyperscaler miner vehicle parent subsidiary conglomerate platform generator utility arm
fund carrier airline lessor
"""
# Nouns that stand for the organisation the text named with them ("Beignet Investor, the
# vehicle behind the venture", "the joint venture, named Beignet Investor"); "venture" stands
# for nothing else, since most ventures are never named.
NAMED_NOUNS = """
venture vehicle
"""
DESCRIPTION_DETERMINERS = """
the that this
"""

# Pronoun subjects that refer back to the most recent organisation.
PRONOUNS = """
it
"""
# A possessive pronoun right before a deal noun stands for the organisation ("its purchase of
# AirTrunk"); elsewhere it is not read.
POSSESSIVE_PRONOUNS = """
its
"""

# English is not verb-second: a party right after the verb is its object.
VERB_SECOND = False

# Verbs of receiving: a deal noun as their object turns the roles round ("TeraWulf received a
# guarantee from Google": Google is the source).
RECEIVING_VERBS = """
receive received receives get got gets obtain obtained win won secure secured
"""
# A deal noun that is the object of these is judged by the subject, not made by it ("The
# regulator approved the merger").
JUDGING_VERBS = """
approve approved approves approving clear cleared clears block blocked blocks reject rejected rejects oppose opposed
opposes support supports supported backs backed welcomed
"""

# Verbs of holding: with an issued instrument as object ("holds warrants"), the subject is its
# holder, not its issuer.
HOLDING_VERBS = """
hold holds held own owns owned
"""
# Verbs of owning: with a company as their object they state a holding without a percentage
# ("The PIF already owns Scopely"); other stake verbs need one.
OWNING_VERBS = """
own owns owned control controls controlled
"""

# Words that stand for the securities of the issue just named, after a verb of buying or
# taking: its buyer lends to that issuer ("Pimco bought $18 billion of them").
ISSUE_REFERENCES = """
of them
"""

# Instruments named with a deal; the longest one in the clause is the deal's instrument. Also
# the words that make "sold" or "raised" an issuance rather than a sale or a round.
INSTRUMENTS = """
junk bond, junk bonds, high-yield bonds, bonds, bond, senior notes, senior secured notes,
secured notes, notes, convertible notes, convertibles, convertible bonds, warrants, warrant,
shares, new shares, stock, term loans, term loan, loans, loan, private credit, paper,
investment-grade bonds, debt, equity, commercial paper, residual value guarantee, rights issue,
rights offering, share placement, placing, capital increase
"""

# Words by which a later sentence gives the amount of the deal just named ("The deal is worth
# about $5.5 billion", "The agreement is valued at ...").
DEAL_REFERENCES = """
the deal, the agreement, the contract, the contracts, the agreements, the transaction,
the lease, the loan, the acquisition, the purchase, worth, valued at, the value
"""

# A deal noun after these (and an article) is the contract of a deal named before, no new deal:
# "Fluidstack's obligations under the leases were backstopped by Google".
CONTRACT_PREPS = """
under, pursuant to, in accordance with
"""

# A deal verb inside these is a purpose, not a deal ("To finance the build, the company sold
# ..."): the deal is the main clause's.
PURPOSE_CUES = """
to finance, to fund, to pay for, in order to
"""
# A sentence opening with these opens with a purpose clause, up to its first comma ("To supply
# that capacity, the company ordered servers from Dell").
PURPOSE_OPENERS = """
to
"""

# Word shapes that end the look-back from a party to its preposition: a verb stands between.
# A word whose lemma differs from it and that ends in one of these is taken for a verb.
VERB_FORM_ENDINGS = """ed ing"""

# Before a year, these give a deal's horizon ("through 2031", "due 2030", "starting in 2027").
# Misses durations without a year ("over five years").
HORIZON_CUES = """
through, until, till, due, starting in, from, by, to, running until, maturing in
"""

# Planned, rumoured, announced and completed deals.
PLANNED_CUES = """
will, plans, plan, planned, plans to, intends, intend, aims, is to, are to, would, set to,
is expected to, are expected to, up to, as much as
"""
RUMOURED_CUES = """
reportedly, is said to, are said to, according to people, people familiar, sources said,
rumoured, rumored, reports, reported, is expected to
"""
ANNOUNCED_CUES = """
announced, announces, announce, agreed, agrees, disclosed, unveiled, signed, said it would
"""
COMPLETED_CUES = """
completed, closed, finalised, finalized, has invested, already, earlier, last year
"""

# The deal is not (yet) there: talks, hypotheticals, conditions, negations.
NEGATION_CUES = """
not, no, never, n't, neither, nor, declined, rejected, voted down, walked away, abandoned,
scrapped, called off, collapsed, failed, stalled, blocked, ruled out, rules out, rule out, terminated,
avoided, avoids, avoid, avoiding
"""
HYPOTHETICAL_CUES = """
could, might, if, in talks, negotiating, negotiations, considering, consider,
exploring, weighing, would need, should, potential, possible, possibly, unless
"""

# Forecasts, estimates and market sizes: a sentence with these reports no deal.
FORECAST_CUES = """
expects, expected that, forecast, forecasts, predicts, estimate, estimates, estimated,
projected, projects, projection, market size, by 2026, by 2027, by 2028, by 2029, by 2030,
by 2035, by 2040, will need, needs to raise
"""

# Right before an amount ("valued at $183 billion", "at $23.28") or right after it ("$23 a
# share", "$13 billion of revenue"), these make it no deal amount. Misses a valuation written far
# from its amount.
NON_DEAL_BEFORE = """
was valued at, is valued at, were valued at, valuing it at, valuation of, a valuation of,
priced at, at, market value of, revenue of, revenues of, profit of, loss of, sales of, orders of,
orders worth, demand of, debt of, cost of, costs of, total debt, worth of, share price of,
exercise price of, cash flow of, costing
"""
NON_DEAL_AFTER = """
a share, per share, each, in revenue, of revenue, in sales, in profit, a year, per year,
of orders, in orders, in cash flow, market value
"""
# Right before an amount, these make it the value a deal was changed from, no deal amount:
# "upsized from an initial $800m", "raised its backstop to $3.2bn, from $1.8bn".
EARLIER_VALUE_BEFORE = """
from, up from, down from, from an initial, from an original, from an earlier, from a planned,
from the initial, from the original, from a previous, from the previous
"""
# "from $1.8 billion to $3.2 billion": the first amount is the value before the change.
CHANGE_PREPS = """from to"""
# An amount shortly after these is a valuation: no deal amount, except the value of a whole
# takeover that states no price of its own ("in a transaction that valued the social network at $33 billion").
VALUATION_WORDS = """
valued valuing valuation values value
"""

# A deal word opening these names the collateral, not a deal ("a loan secured on Nvidia chips").
COLLATERAL_CUES = """
secured on, secured against
"""

# Subscription offers and other boilerplate: never deals. Not "discount" alone: "new shares at
# 1,240p, a 6% discount to Monday's close" prices a share sale.
BOILERPLATE_CUES = """
subscription, subscriber, free trial, newsletter, discount code, only for, special offer
"""

# Boilerplate only when they open the sentence, as a call to the reader ("Subscribe to The
# Ledger for $4"): "Nvidia will subscribe for 166 million new shares" is a deal.
BOILERPLATE_OPENERS = """
subscribe, sign up, log in
"""

# Fractions that state a share as a percentage does, right before FRACTION_PREPS: "owns about a
# fifth of Morgan Stanley", "paid €7.1 billion for half of Oak Holdings". Not before a year or a
# time word ("the first half of 2026", "half of the year"). One "fraction: percent" a line.
FRACTIONS = """
half: 50
a half: 50
a third: 33.3
one third: 33.3
two thirds: 66.7
two - thirds: 66.7
a quarter: 25
one quarter: 25
three quarters: 75
three - quarters: 75
a fifth: 20
one fifth: 20
"""
FRACTION_PREPS = """
of
"""

# Plural references: a count word, then a plural noun ("both partners", "the three European
# partners"), stand for the organisations last named together, as many as the count says.
# One "word: count" a line. A bare count word counts only right before a deal verb ("Both
# took part in the round").
PLURAL_COUNTS = """
both: 2
two: 2
three: 3
four: 4
"""
PLURAL_NOUNS = """
partners parties companies groups firms shareholders investors banks funds
"""

# The preposition of a vehicle that holds for the subject ("owns 30% of ABN AMRO through NLFI"):
# the vehicle holds the stake directly, the subject through it; both are holders.
INTERMEDIARY_PREPS = """
through, via
"""
