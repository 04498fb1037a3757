#include "demo/demo_battlecard_phrases.h"

#include <array>

namespace pmm::demo {

namespace {

constexpr std::array<std::string_view, 10> kOverviews = {
    "{C} sells a broad suite to central IT in {S} and usually arrives through an existing "
    "enterprise agreement.|They lead with breadth and a single contract, and they discount "
    "hard when a renewal is at stake.|We meet them in about a third of {S} deals.",
    "{C} is the incumbent in many {S} accounts: installed years ago, heavily customised, "
    "owned by a team that built its career on it.|They rarely win a new evaluation on merit; "
    "they win by making switching look risky.",
    "{C} is the fast-growing challenger in {S}.|Slick demos, a free tier and aggressive "
    "founders' sales motion.|They win early-stage champions and lose when procurement, "
    "security or scale enters the conversation.",
    "{C} positions itself as the analyst-recommended choice for {S}.|Expect them to quote "
    "reports and reference logos; expect us to win on time to value and on what customers "
    "actually run in production.",
    "{C} bundles a lighter version of what {P} does into a larger platform.|The buyer often "
    "believes it is free.|Our job is to show what the bundle leaves out and what it costs to "
    "fill the gaps.",
    "{C} is a services-heavy vendor: strong relationships, long implementations, a large "
    "partner ecosystem in {S}.|They sell certainty; we sell speed and a product the "
    "customer's own team can run.",
    "{C} entered {S} last year with a price-led offer.|Little reference base, a small "
    "support team, but a roadmap that promises everything.|Ask for proof in production.",
    "{C} focuses on the data team rather than the business buyer.|They win technical "
    "bake-offs with flexibility and lose when the business asks who will maintain it.",
    "{C} is strongest where compliance dominates the decision.|They hold certifications we "
    "are still completing in some regions; in {S} that matters in roughly one deal in five.",
    "{C} sells through resellers in {S}; the reseller often owns the relationship and the "
    "margin.|Find out who really makes the decision before pricing comes up.",
};

constexpr std::array<std::string_view, 18> kWhyWeWin = {
    "Live in weeks, not quarters: median time to first value is {M} weeks for {P}",
    "Security reviews pass without a custom questionnaire: SOC 2 Type II and ISO 27001",
    "Business users build their own workflows; no ticket to IT for every change",
    "One price per workspace, no surprise add-ons for API access or audit logs",
    "Native integrations with the CRM and the data warehouse {S} teams already use",
    "Support answers in under an hour, with named engineers for strategic accounts",
    "Usage analytics show adoption per team, so the champion can prove the value",
    "Migration tooling moves historical data in days, with a rollback plan",
    "Role-based access and field-level permissions out of the box",
    "A roadmap shaped by a customer council that {S} customers sit on",
    "Uptime of 99.95 % over the last twelve months, published on our status page",
    "Templates built for {S}, so the first project starts from best practice",
    "Admins can configure everything in the product; {C} needs a consultant for the same",
    "Mobile apps with full functionality, not a read-only companion",
    "Data residency in the EU, the US and APAC, chosen per workspace",
    "An open API with the same capabilities as the user interface",
    "Customers renew: net revenue retention in {S} is above 115 %",
    "Onboarding includes enablement for end users, not only for administrators",
};

constexpr std::array<std::string_view, 12> kWhyWeLose = {
    "List price is higher than {C} on small deals below 50 seats",
    "{C} is already paid for inside an enterprise agreement",
    "We lack a certification that public buyers in {S} sometimes require",
    "Their partner owns the relationship and recommends them by default",
    "Offline mode is limited compared with {C}",
    "Our reporting needs an export for very large data sets",
    "We arrive late, after {C} has shaped the requirements document",
    "Fewer local-language resources than {C} in some regions",
    "The champion leaves mid-cycle and nobody else has seen the value",
    "{C} promises custom development we will not commit to",
    "Procurement compares line items and our bundle looks expensive",
    "Their installed base makes the switching cost look higher than it is",
};

constexpr std::array<std::string_view, 16> kObjections = {
    "You are more expensive than {C}|Compare the three-year total cost, not the first "
    "invoice: implementation, add-ons and admin time included|TCO model shared by {Q}: {N} % "
    "lower over three years",
    "{C} is already included in our contract|Included is not the same as adopted: ask how "
    "many teams use it today and what the gaps cost|{Q} ran both for a quarter; {N} % of "
    "users chose {P}",
    "Switching is too risky for us right now|Migration runs in parallel with a rollback plan; "
    "nothing is switched off until the team signs off|{Q} migrated {M} years of data in {M} "
    "days",
    "The analysts rank {C} higher|Ask which criteria matter for this project; on time to "
    "value and usability we lead|Peer review scores: 4.7 against 4.1",
    "We need on-premises deployment|Ask what drives it: most needs are data residency and "
    "control, which our regional hosting covers|{Q} passed their regulator's review on our "
    "EU hosting",
    "{C} has more features|More features is not more value: map the three workflows that "
    "matter and show them live|Win/loss: buyers cite ease of use in {N} % of our wins",
    "Your company is smaller than {C}|We are profitable and growing; the product team is "
    "close to customers in {S}|Customer council with {M} {S} members",
    "We do not have time for an evaluation|Offer a two-week pilot with success criteria "
    "agreed up front|Pilots convert at {N} % in {S}",
    "Our IT team prefers {C}|Bring IT in early: admin controls and security documentation "
    "answer most concerns|{Q}'s IT lead became our reference",
    "The integration with our CRM looks limited|Show the native connector and the sync in a "
    "live demo with their own fields|{M} thousand records synced per minute at {Q}",
    "{C} offered a {N} % discount|Discounts end at renewal; ask for their renewal terms in "
    "writing|Two {S} customers came back after a price rise at {C}",
    "We are worried about support in our time zone|Follow-the-sun support with local "
    "engineers, named contacts for strategic accounts|Median first response: {M} minutes",
    "Your reporting is not flexible enough|Show the warehouse connector; their analysts keep "
    "their own tools|{Q} built {M} dashboards in their own BI tool",
    "{C} will build the feature for us|Custom builds become the customer's maintenance "
    "problem; ask who supports it in year two|{Q} left {C} after a custom build broke",
    "We already tried a tool like this and it failed|Ask why it failed; usually adoption. "
    "Our onboarding trains end users, not only admins|Adoption at {Q}: {N} % weekly active",
    "Security will never approve a new vendor this year|Our security pack answers the "
    "standard questionnaire; offer a call with our security team|Average security review: "
    "{M} days in {S}",
};

constexpr std::array<std::string_view, 14> kLandmines = {
    "How long did your last upgrade of {C} take, and who had to be involved?",
    "Which add-ons are you paying for on top of the base licence today?",
    "How many of your teams actually log in every week?",
    "What happens to your customisations when {C} releases a new version?",
    "Who maintains the integrations today, and what happens when that person leaves?",
    "How long did the security review take for your last tool?",
    "What does your renewal price look like after the first-year discount?",
    "Can a business user change a workflow without filing a ticket?",
    "Where is your data stored, and can you choose the region?",
    "How do you measure adoption today, and who sees it?",
    "What did the last implementation cost in services, compared with the licence?",
    "How quickly does support answer when something breaks on a Friday?",
    "Which reports does leadership ask for that you cannot produce today?",
    "What would you stop paying for if this project succeeds?",
};

constexpr std::array<std::string_view, 12> kProofPoints = {
    "{Q} replaced {C} across {M} regions in one quarter|{N} % faster onboarding",
    "{Q} cut the time to close a {S} deal after switching to {P}|{N} % shorter sales cycle",
    "{Q} consolidated three tools into {P}|{N} % lower annual spend",
    "{Q} passed its security review in {M} days|no custom questionnaire",
    "{Q} reached full adoption without a single consultant day|{N} % weekly active users",
    "{Q} moved {M} years of history from {C} over a weekend|zero data loss",
    "{Q} grew from one team to the whole company in a year|{M}x seats",
    "{Q} reduced admin time after leaving {C}|{M} hours saved per week",
    "{Q} launched in {M} countries with regional hosting|{N} % of users on mobile",
    "{Q} renewed early and expanded|{N} % expansion in year two",
    "{Q} recovered a stalled rollout that {C} had started|live in {M} weeks",
    "{Q} replaced spreadsheets and {C} reports with one dashboard|{N} % fewer status meetings",
};

constexpr std::array<std::string_view, 10> kPricingNotes = {
    "{C} lists at about {N} % below us per seat but charges separately for API access, SSO "
    "and audit logs. Quote our bundle against their full line items.",
    "{C} discounts up to {N} % at quarter end. Hold our price; offer a longer term or an "
    "extra onboarding package instead of a deeper discount.",
    "Their enterprise agreement hides the real cost: ask for the per-product allocation. "
    "Deal desk approves up to 15 % for multi-year commitments.",
    "{C} moved to usage-based pricing this year; heavy users in {S} see bills {M}x higher "
    "at renewal. Model their growth with them.",
    "Expect a free first year from {C} in competitive deals. Position total three-year cost "
    "and the switching cost they will face in year two.",
    "Our list price holds in {S}. Approved levers: annual prepay (5 %), multi-year (up to 10 "
    "%), reference commitment (5 %).",
    "{C} sells through resellers who keep {N} % margin; the customer rarely sees our "
    "comparable direct price. Offer a direct quote early.",
    "Services are where {C} makes its money: their implementations typically cost {M}x the "
    "first-year licence.",
    "Do not match {C} on price below 50 seats; qualify out unless a strategic logo is at "
    "stake.",
    "Price per workspace, not per feature. Lead with what is included before the buyer "
    "compares line items.",
};

// Lines only the team sees: floors, approvals, account politics.
constexpr std::array<std::string_view, 6> kInternalPricing = {
    "Internal: our floor price in {S} is {N} % below list; below that the CRO signs.",
    "Internal: deal desk approves up to {M} % extra discount when {C} is confirmed in the deal.",
    "Internal: {C} margins are thin at this price; expect them to walk away below {N} % off.",
    "Internal: never quote the partner price to the buyer; resellers see it as a breach.",
    "Internal: we matched {C} at {Q} last quarter; do not use it as a precedent.",
    "Internal: finance reviews every {S} deal above {N} % discount before the quote goes out.",
};

constexpr std::array<std::string_view, 4> kInternalOverviews = {
    "Internal: {C} poached two of our account executives this year; expect them to know our "
    "playbook.",
    "Internal: {C} is rumoured to be for sale; do not repeat it to customers.",
    "Internal: product is closing the gap {C} exploits in {S} next quarter; no dates to buyers.",
    "Internal: our win rate against {C} in {S} dropped {M} points since their last launch.",
};

constexpr std::array<std::string_view, 14> kAngles = {
    "Security review comes first|Compliance and control|We pass without a custom "
    "questionnaire and {C} usually needs two rounds",
    "Procurement leads and compares line items|Three-year total cost|Their add-ons and "
    "services double the first invoice",
    "A business champion with an IT skeptic|Admin controls and governance|IT objections "
    "decide these deals late",
    "{C} is the incumbent and the renewal is close|Switching plan with a parallel run|The "
    "fear of migration is the real competitor",
    "The buyer asks for a long feature list|Three workflows that matter, shown live|Feature "
    "checklists favour {C}; outcomes favour us",
    "Early-stage team with a small budget|Time to value and the starter plan|They need "
    "results this quarter, not a platform",
    "Multi-region rollout|Regional hosting and local support|{C} serves {S} from one region",
    "The data team drives the evaluation|Open API and warehouse connector|They want "
    "control over their data more than a dashboard",
    "An analyst report is on the table|Peer reviews and customer references in {S}|Reports "
    "lag the product by a year",
    "A partner is steering the deal|Joint value with the partner, direct pricing|The "
    "partner's margin shapes their recommendation",
    "The executive sponsor wants a quick win|A two-week pilot with agreed success "
    "criteria|A pilot turns opinions into evidence",
    "The customer failed with a similar tool before|End-user onboarding and adoption "
    "analytics|Failure was adoption, not software",
    "Heavy usage expected to grow fast|Predictable pricing per workspace|Usage-based "
    "pricing punishes success",
    "Regulated buyer with audit needs|Audit logs and data residency included|{C} charges "
    "extra for both",
};

constexpr std::array<std::string_view, 20> kCustomers = {"Northbeam Logistics",
                                                         "Halden Health",
                                                         "Corvid Bank",
                                                         "Brightwater Retail",
                                                         "Kestrel Energy",
                                                         "Mariner Foods",
                                                         "Oakridge Insurance",
                                                         "Lumen Telecom",
                                                         "Pioneer Freight",
                                                         "Sable Pharma",
                                                         "Tidewater Capital",
                                                         "Vantage Media",
                                                         "Wrenfield Schools",
                                                         "Garc\xC3\xAD"
                                                         "a Retail",
                                                         "Ashgrove Hotels",
                                                         "Bluepeak Manufacturing",
                                                         "Cedar Lane Clinics",
                                                         "Driftwood Travel",
                                                         "Ember Software",
                                                         "Foxglove Mutual"};

constexpr std::array<std::string_view, 10> kLaunches = {
    "Usage-based pricing for all plans|Expect bills that look cheaper in year one; price "
    "objections in renewals",
    "AI assistant bundled into every seat|Buyers will ask for our AI story in the first call",
    "Free tier for teams up to 10 users|More champions arrive with {C} already in use",
    "EU data residency|Our regional hosting is no longer unique in regulated deals",
    "Acquired a workflow start-up|Their suite claim gets broader; integration is months away",
    "New partner programme with 30 % margin|Partners will steer mid-market deals to them",
    "Native CRM connector|Integration objections weaken; show depth, not presence",
    "Enterprise plan with audit logs included|Our compliance angle needs new proof",
    "Price cut of 20 % on the base plan|Procurement-led deals will compare line items",
    "Mobile app rebuilt from scratch|Mobile is no longer a clear win for us",
};

}  // namespace

const DemoCardPhrases& demoCardPhrases() {
    static const DemoCardPhrases phrases{
        kOverviews,    kWhyWeWin, kWhyWeLose, kObjections, kLandmines,         kProofPoints,
        kPricingNotes, kAngles,   kCustomers, kLaunches,   kInternalOverviews, kInternalPricing};
    return phrases;
}

}  // namespace pmm::demo
